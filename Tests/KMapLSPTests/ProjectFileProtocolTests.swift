import Foundation
import KMapLSP
import KMapTestSupport
import Testing

/// `kmap lsp` and the project file, spoken to as an editor does: the server asks to watch
/// `.kmap.yml` files, publishes the project file's own problems on it, and re-checks the open
/// map when the watcher reports a change on disk.
@Suite(.serialized) struct ProjectFileProtocolTests {
    @Test func theProjectFileIsWatchedCheckedAndHonouredAfterAChangeOnDisk() throws {
        let folder = try ChildProcess.temporaryFolder(prefix: "kmap-lsp-project")
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent(".kmap.yml")
        try "disabled_rules: [no-brokr]\nseverity:\n  open-loop: loud\n".write(to: project, atomically: true, encoding: .utf8)
        let mapURI = folder.appendingPathComponent("m.kmap").absoluteString, projectURI = project.absoluteString

        let client = try LSPClient()
        let capabilities: JSON = ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]
        _ = try client.request("initialize", ["processId": .null, "rootUri": .string(folder.absoluteString), "capabilities": capabilities])
        client.notify("initialized")
        let registration = try client.next { $0["method"]?.string == "client/registerCapability" }
        let watcher = registration["params"]?["registrations"]?.array?.first
        #expect(watcher?["method"]?.string == "workspace/didChangeWatchedFiles")
        #expect(watcher?["registerOptions"]?["watchers"]?.array?.first?["globPattern"]?.string == "**/.kmap.yml")
        client.write(FrameDecoder.frame(JSON.object(["jsonrpc": "2.0", "id": registration["id"] ?? .null, "result": .null]).serialized))

        let text = "map \"M\" {\n  rules {\n    severity orphan-activity error\n  }\n}\nstakeholder teachers \"Teachers\"\ngeneration pdsa \"PDSA\" by teachers\n"
        client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(mapURI), "languageId": "kmap", "version": 1, "text": .string(text)]])
        let projectProblems = try client.diagnostics(for: projectURI)["diagnostics"]?.array ?? []
        #expect(projectProblems.compactMap { $0["code"]?.string }.sorted() == ["E018", "W003"])
        let unknown = projectProblems.first { $0["code"]?.string == "W003" }
        #expect(unknown?["message"]?.string == "unknown rule 'no-brokr'; did you mean 'no-broker'?")
        #expect(unknown?["range"]?["start"]?["line"]?.int == 0 && unknown?["range"]?["start"]?["character"]?.int == 17)
        let before = try client.diagnostics(for: mapURI)["diagnostics"]?.array ?? []
        #expect(before.contains { $0["code"]?.string == "KM004" && $0["severity"]?.int == 1 }, "\(before)")

        // Hover on the rule the rules block names: its rationale and remedy.
        let hover = try client.request("textDocument/hover", [
            "textDocument": ["uri": .string(mapURI)], "position": ["line": 2, "character": 16],
        ])["result"]?["contents"]?["value"]?.string ?? ""
        #expect(hover.hasPrefix("**KM004 orphan-activity**") && hover.contains("**What to do:**"), "\(hover)")

        // Fixed on disk, outside the editor: the watcher's notice re-checks both.
        try "disabled_rules: [orphan-activity]\n".write(to: project, atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(projectURI), "type": 2]]])
        let after = try client.diagnostics(for: mapURI)["diagnostics"]?.array ?? []
        #expect(!after.contains { $0["code"]?.string == "KM004" }, "the project file disables orphan-activity: \(after)")
        #expect(try client.diagnostics(for: projectURI)["diagnostics"]?.array?.isEmpty == true)

        #expect(try client.request("shutdown")["result"] == .null)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }
}
