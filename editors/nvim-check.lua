-- Neovim 0.7+ headless check of `kmap lsp`: run from the repository root with
--   KMAP=.build/debug/kmap MAP=maps/literacy-network.kmap LINE=41 COL=9 OUT=nvim.out nvim --headless -u NONE -c "luafile editors/nvim-check.lua"
-- It starts the server for the map, waits for diagnostics, asks for hover, definition and formatting, and writes what came back to OUT.
local kmap = vim.env.KMAP
local client_id = vim.lsp.start_client({ name = "kmap", cmd = { kmap, "lsp" }, root_dir = vim.fn.getcwd() })
vim.cmd("edit " .. vim.env.MAP)
vim.bo.filetype = "kmap"
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
table.insert(out, "diagnostics: " .. #vim.diagnostic.get(0) .. " (waited ok=" .. tostring(ok) .. ")")
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, string.format("  %d:%d %s %s", d.lnum + 1, d.col + 1, d.code or "", d.message:sub(1, 70))) end
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = tonumber(vim.env.LINE), character = tonumber(vim.env.COL) } }
local hover = vim.lsp.buf_request_sync(0, "textDocument/hover", params, 10000)
for _, r in pairs(hover or {}) do table.insert(out, "hover: " .. (r.result and r.result.contents.value:gsub("\n", " | ") or vim.inspect(r.err))) end
local def = vim.lsp.buf_request_sync(0, "textDocument/definition", params, 10000)
for _, r in pairs(def or {}) do table.insert(out, "definition: " .. vim.inspect(r.result and (r.result.range or r.result[1].range).start)) end
local fmt = vim.lsp.buf_request_sync(0, "textDocument/formatting", { textDocument = params.textDocument, options = { tabSize = 2, insertSpaces = true } }, 10000)
for _, r in pairs(fmt or {}) do table.insert(out, "formatting edits: " .. #(r.result or {})) end
vim.fn.writefile(out, vim.env.OUT)
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
vim.cmd("qa!")
