import KMapLSP
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
}
