import Foundation
import KMapLSP
import KMapTestSupport
import Testing

/// The server's answers without a process: lifecycle and debounced publication.
@Suite struct ServerCoreTests {
    private func send(_ core: inout ServerCore, _ json: JSON) -> [RPCOutgoing] {
        core.receive(Array(json.serialized.utf8))
    }

    @Test func changesWaitToBePublishedOnceForTheLatestText() {
        var core = ServerCore()
        _ = send(&core, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        let uri: JSON = "file:///tmp/m.kmap"
        _ = send(&core, ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "version": 1, "text": "generation pdsa \"P\"\n"]]])
        for version in 2...5 {
            _ = send(&core, ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": uri, "version": .number(Double(version))], "contentChanges": [["text": "generation pdsa \"P\" by x\n"]],
            ]])
        }
        #expect(core.pendingDiagnostics == ["file:///tmp/m.kmap"])
        let published = core.publishPending()
        #expect(published.count == 1)
        guard case .notification(let method, let params) = published.first else { return }
        #expect(method == "textDocument/publishDiagnostics")
        #expect(params["version"]?.int == 5)
        #expect(params["diagnostics"]?.array?.contains { $0["severity"]?.int == 1 } == true)
        #expect(core.pendingDiagnostics.isEmpty)
    }

    @Test func notificationsBeforeInitializeAreDropped() {
        var core = ServerCore()
        _ = send(&core, ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": "file:///m.kmap", "version": 1, "text": ""]]])
        #expect(core.pendingDiagnostics.isEmpty)
        #expect(core.state == .created)
    }

    @Test func aClientThatAllowsItIsAskedToWatchProjectFilesOnceInitialized() {
        var watched = ServerCore()
        let capabilities: JSON = ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]
        _ = send(&watched, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": capabilities]])
        let asked = send(&watched, ["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        #expect(asked.count == 1)
        guard case .request(let id, let method, let params) = asked.first else {
            Issue.record("no request after initialized: \(asked)")
            return
        }
        #expect(method == "client/registerCapability")
        let registration = params["registrations"]?.array?.first
        #expect(registration?["method"]?.string == "workspace/didChangeWatchedFiles")
        #expect(registration?["registerOptions"]?["watchers"]?.array?.first?["globPattern"]?.string == "**/.kmap.yml")
        // The client's answer is read and dropped.
        #expect(send(&watched, ["jsonrpc": "2.0", "id": id, "result": .null]).isEmpty)

        var unwatched = ServerCore()
        _ = send(&unwatched, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        #expect(send(&unwatched, ["jsonrpc": "2.0", "method": "initialized", "params": [:]]).isEmpty)
    }

    @Test func aProjectFileIsPublishedWhenItGovernsAnOpenMapAndAgainWhenItChanges() throws {
        let folder = try ChildProcess.temporaryFolder(prefix: "kmap-core")
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent(".kmap.yml")
        try "disabled_rules: [no-brokr]\n".write(to: project, atomically: true, encoding: .utf8)
        var core = ServerCore()
        _ = send(&core, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        let map = JSON.string(folder.appendingPathComponent("m.kmap").absoluteString)
        _ = send(&core, ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": map, "version": 1, "text": "generation pdsa \"P\"\n"]]])
        let first = published(core.publishPending())
        #expect(first.keys.sorted() == [map.string!, project.absoluteString].sorted())
        #expect(first[project.absoluteString] == ["W003"])
        // A second change of the map publishes the map alone.
        _ = send(&core, ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": map, "version": 2], "contentChanges": [["text": "generation pdsa \"Q\"\n"]],
        ]])
        #expect(Array(published(core.publishPending()).keys) == [map.string!])
        try "disabled_rules: [no-broker]\n".write(to: project, atomically: true, encoding: .utf8)
        _ = send(&core, ["jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": [
            "changes": [["uri": .string(project.absoluteString), "type": 2]],
        ]])
        let after = published(core.publishPending())
        #expect(after[project.absoluteString] == [])
        #expect(after[map.string!] != nil)
    }

    /// The codes published for each URI.
    @Test func hoversAreMarkdownUnlessTheClientAsksForPlainText() {
        func hover(capabilities: JSON) -> JSON? {
            var core = ServerCore()
            _ = send(&core, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": capabilities]])
            let uri: JSON = "file:///tmp/h.kmap"
            _ = send(&core, ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "version": 1, "text": "generation pdsa \"PDSA cycles\"\n"]]])
            let answer = send(&core, ["jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": [
                "textDocument": ["uri": uri], "position": ["line": 0, "character": 12],
            ]])
            guard case .result(_, let result)? = answer.first else { return nil }
            return result["contents"]
        }
        let markdown = hover(capabilities: [:])
        #expect(markdown?["kind"]?.string == "markdown")
        #expect(markdown?["value"]?.string?.contains("**PDSA cycles**") == true)
        let plain = hover(capabilities: ["textDocument": ["hover": ["contentFormat": ["plaintext", "markdown"]]]])
        #expect(plain?["kind"]?.string == "plaintext")
        #expect(plain?["value"]?.string?.contains("PDSA cycles") == true)
        #expect(plain?["value"]?.string?.contains("**") == false)
        #expect(plain?["value"]?.string?.contains("`") == false)
    }

    /// Emacs's jsonrpc writes `"params": null` on shutdown and exit.
    @Test func shutdownWithNullParamsIsAnsweredAndExitEndsCleanly() {
        var core = ServerCore()
        _ = send(&core, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        let answer = send(&core, ["jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": .null])
        #expect(answer == [.result(id: 2, .null)])
    }

    private func published(_ messages: [RPCOutgoing]) -> [String: [String]] {
        var codes: [String: [String]] = [:]
        for case .notification("textDocument/publishDiagnostics", let params) in messages {
            codes[params["uri"]?.string ?? ""] = params["diagnostics"]?.array?.compactMap { $0["code"]?.string } ?? []
        }
        return codes
    }
}

