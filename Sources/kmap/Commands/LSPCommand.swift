import ArgumentParser
import Foundation
import KMapLSP

/// `kmap lsp`: the Language Server Protocol server editors start, on standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server for editors (Language Server Protocol 3.17 on standard input and output).",
        discussion: """
            Editors start this command themselves; see docs/LSP.md for VS Code, Neovim, Helix and Emacs. \
            It prints nothing but protocol messages on standard output, and its log on standard error.
            """
    )

    @Option(name: .customLong("rules-url"), help: "The page the rules are documented on; each finding links to its rule there (default: docs/RULES.md of the checkout kmap was built in, when there is one).")
    var rulesURL: String?

    func run() throws {
        let server = StdioServer(core: ServerCore(rulesURL: rulesURL ?? Self.rulesPageOfCheckout()))
        let status = server.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// `docs/RULES.md` of the source tree the binary was built in (`.build/<config>/kmap`), as a file URL.
    static func rulesPageOfCheckout() -> String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let page = folder.appendingPathComponent("docs/RULES.md")
            if FileManager.default.fileExists(atPath: page.path) { return page.absoluteString }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
