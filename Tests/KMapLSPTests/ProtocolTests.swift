import Foundation
import KMapLSP
import KMapTestSupport
import Testing

/// `kmap lsp` spawned and spoken to as an editor does, one whole session per test: initialize,
/// open a map, edit it, ask for each feature at marked positions, shut down and exit.
@Suite(.serialized) struct ProtocolTests {
    static let uri = "file:///tmp/kmap-protocol/network.kmap"
    static let map = MarkedText("""
    stakeholder ⟨teachers⟩teachers "Classroom teachers"
    stakeholder coaches "Instructional coaches" broker

    generation pdsa "PDSA cycles" by ⟨by⟩teachers every week
    consolidation huddle "Site huddle" by teachers, coaches
    capture brief "Change brief" by coaches for teachers
    ⟨flow⟩pdsa -> huddle -> ⟨brief⟩brief

    """)

    private func position(_ name: String) -> JSON {
        let mark = Self.map.marks[name]!
        return ["line": .number(Double(mark.line)), "character": .number(Double(mark.character))]
    }

    private func at(_ name: String, _ extra: [String: JSON] = [:]) -> JSON {
        .object(["textDocument": ["uri": .string(Self.uri)], "position": position(name)].merging(extra) { $1 })
    }

    private func started() throws -> LSPClient {
        let client = try LSPClient(arguments: ["--rules-url", "https://example.org/RULES.md"])
        let initialized = try client.request("initialize", ["processId": .null, "rootUri": .null, "capabilities": [:]])
        #expect(initialized["result"]?["capabilities"]?["textDocumentSync"]?["change"]?.int == 2)
        #expect(initialized["result"]?["serverInfo"]?["name"]?.string == "kmap")
        client.notify("initialized")
        client.notify("textDocument/didOpen", ["textDocument": [
            "uri": .string(Self.uri), "languageId": "kmap", "version": 1, "text": .string(Self.map.text),
        ]])
        return client
    }

    private func stop(_ client: LSPClient) throws {
        #expect(try client.request("shutdown")["result"] == .null)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func diagnosticsArePublishedAfterOpenAndAfterAnIncrementalChange() throws {
        let client = try started()
        let opened = try client.diagnostics(for: Self.uri)
        let codes = opened["diagnostics"]?.array?.compactMap { $0["code"]?.string } ?? []
        #expect(codes.contains("KM011") == false) // brief has an audience
        let finding = opened["diagnostics"]?.array?.first { $0["code"]?.string?.hasPrefix("KM") == true }
        let code = finding?["code"]?.string?.lowercased() ?? "?"
        #expect(finding?["codeDescription"]?["href"]?.string?.hasPrefix("https://example.org/RULES.md#\(code)-") == true)
        #expect(finding?["source"]?.string == "kmap")

        // Misspell `teachers` after `by`: an incremental change of one range.
        let start = Self.map.marks["by"]!
        let range: JSON = ["start": ["line": .number(Double(start.line)), "character": .number(Double(start.character + 7))],
                           "end": ["line": .number(Double(start.line)), "character": .number(Double(start.character + 8))]]
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(Self.uri), "version": 2],
            "contentChanges": [["range": range, "text": ""]],
        ])
        let changed = try client.diagnostics(for: Self.uri)
        #expect(changed["version"]?.int == 2)
        let error = changed["diagnostics"]?.array?.first { $0["severity"]?.int == 1 }
        #expect(error?["message"]?.string?.contains("did you mean 'teachers'") == true)
        #expect(error?["range"]?["start"]?["line"]?.int == start.line)

        // The fix-it comes back as a quick fix.
        let actions = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(Self.uri)], "range": error?["range"] ?? .null, "context": ["diagnostics": []],
        ])["result"]?.array ?? []
        let fix = actions.first { $0["isPreferred"]?.bool == true }
        #expect(fix?["edit"]?["changes"]?[Self.uri]?.array?.first?["newText"]?.string == "teachers")
        try stop(client)
    }

    @Test func completionHoverDefinitionReferencesAndRename() throws {
        let client = try started()
        let completion = try client.request("textDocument/completion", at("by"))["result"]?.array ?? []
        #expect(completion.compactMap { $0["label"]?.string } == ["teachers", "coaches"])

        let hover = try client.request("textDocument/hover", at("by"))["result"]
        #expect(hover?["contents"]?["value"]?.string?.hasPrefix("**Classroom teachers** (stakeholder `teachers`)") == true)

        let definition = try client.request("textDocument/definition", at("by"))["result"]
        #expect(definition?["range"]?["start"] == position("teachers"))
        #expect(definition?["uri"]?.string == Self.uri)

        let references = try client.request("textDocument/references", at("teachers", ["context": ["includeDeclaration": true]]))["result"]
        #expect(references?.array?.count == 4)

        let prepared = try client.request("textDocument/prepareRename", at("flow"))["result"]
        #expect(prepared?["placeholder"]?.string == "pdsa")
        let renamed = try client.request("textDocument/rename", at("flow", ["newName": "inquiry"]))["result"]
        #expect(renamed?["changes"]?[Self.uri]?.array?.count == 2)
        let refused = try client.request("textDocument/rename", at("flow", ["newName": "brief"]))
        #expect(refused["error"]?["code"]?.int == -32803)
        #expect(refused["error"]?["message"]?.string?.contains("already names") == true)
        try stop(client)
    }

    @Test func outlineCodeActionsAndFormatting() throws {
        let client = try started()
        let symbols = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.uri)]])["result"]?.array ?? []
        #expect(symbols.compactMap { $0["name"]?.string } == ["teachers", "coaches", "Activities"])

        let diagnostics = try client.diagnostics(for: Self.uri)["diagnostics"]?.array ?? []
        let open = try #require(diagnostics.first { $0["code"]?.string?.hasPrefix("KM") == true })
        let actions = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(Self.uri)], "range": open["range"] ?? .null, "context": ["diagnostics": [open]],
        ])["result"]?.array ?? []
        let suppress = actions.first { $0["title"]?.string?.hasPrefix("Suppress") == true }
        #expect(suppress?["edit"]?["changes"]?[Self.uri]?.array?.first?["newText"]?.string?.contains("# kmap: ignore ") == true)

        let formatting = try client.request("textDocument/formatting", [
            "textDocument": ["uri": .string(Self.uri)], "options": ["tabSize": 2, "insertSpaces": true],
        ])["result"]?.array ?? []
        #expect(formatting.first?["newText"]?.string?.contains("stakeholder teachers \"Classroom teachers\"") == true)
        try stop(client)
    }

    @Test func badInputIsAnsweredAndTheServerLivesOn() throws {
        let client = try LSPClient()
        #expect(try client.request("textDocument/hover", at("by"))["error"]?["code"]?.int == -32002)
        _ = try client.request("initialize", ["capabilities": [:]])
        client.write(FrameDecoder.frame("{not json"))
        #expect(try client.next { $0["error"]?["code"]?.int == -32700 }["id"] == .null)
        client.write(Array("Content-Length: many\r\n\r\n".utf8))
        #expect(try client.next { $0["error"]?["code"]?.int == -32700 }["error"]?["message"]?.string?.contains("many") == true)
        client.write(FrameDecoder.frame(#"{"jsonrpc":"1.0","id":7,"method":"shutdown"}"#))
        #expect(try client.next { $0["id"]?.int == 7 }["error"]?["code"]?.int == -32600)
        #expect(try client.request("no/such/method")["error"]?["code"]?.int == -32601)
        #expect(try client.request("textDocument/hover", ["position": ["line": 0, "character": 0]])["error"]?["code"]?.int == -32602)
        // Still serving.
        #expect(try client.request("workspace/symbol", ["query": "x"])["result"] == [])
        #expect(try client.request("shutdown")["result"] == .null)
        #expect(try client.request("textDocument/hover", at("by"))["error"]?["code"]?.int == -32600)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func exitWithoutShutdownEndsWithStatusOne() throws {
        let client = try LSPClient()
        _ = try client.request("initialize", ["capabilities": [:]])
        client.notify("exit")
        #expect(client.waitForExit() == 1)
    }
}
