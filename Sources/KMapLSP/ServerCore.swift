import KMapLanguageService

/// The server's state and its answer to each message, with no input or output of its own: the
/// transport (``StdioServer``) feeds it messages and writes what it returns.
///
/// Lifecycle (LSP 3.17): requests before `initialize` are refused with -32002, notifications
/// dropped; after `shutdown` every request but `exit` is refused with -32600.
public struct ServerCore: Sendable {
    public enum State: Sendable { case created, running, shutDown }

    public private(set) var state: State = .created
    /// Set by `exit`: the process ends with this status (0 after `shutdown`, 1 without).
    public private(set) var exitStatus: Int32?
    /// Maps whose diagnostics are due, published when the edits pause.
    public internal(set) var pendingDiagnostics: Set<String> = []
    var service: LanguageService
    /// The folders of the workspace, for workspace symbols.
    var folders: [String] = []
    /// What went wrong in handlers since the transport last took it, for the log.
    public var log: [String] = []

    public init(rulesURL: String? = nil) {
        service = LanguageService(rulesURL: rulesURL)
    }

    /// Handles one message's content; returns what to write back.
    public mutating func receive(_ content: [UInt8]) -> [RPCOutgoing] {
        switch RPCMessage.decode(content) {
        case .failure(let failure):
            return [.error(id: failure.id, failure.error)]
        case .success(.response):
            return []
        case .success(.notification(let method, let params)):
            notify(method, params)
            return []
        case .success(.request(let id, let method, let params)):
            return [respond(id: id, method: method, params: params)]
        }
    }

    /// The diagnostics notifications for every map waiting for them.
    public mutating func publishPending() -> [RPCOutgoing] {
        let uris = pendingDiagnostics.sorted()
        pendingDiagnostics.removeAll()
        return uris.compactMap { uri in
            guard let diagnostics = service.diagnostics(uri) else { return nil }
            var params: [String: JSON] = ["uri": .string(uri), "diagnostics": .array(diagnostics.map(ProtocolValues.json))]
            if let version = service.text(of: uri)?.version { params["version"] = .number(Double(version)) }
            return .notification(method: "textDocument/publishDiagnostics", params: .object(params))
        }
    }

    private mutating func respond(id: JSON, method: String, params: JSON?) -> RPCOutgoing {
        switch (state, method) {
        case (.created, "initialize"):
            state = .running
            return .result(id: id, initialize(params))
        case (.created, _):
            return .error(id: id, .serverNotInitialized)
        case (.running, "initialize"):
            return .error(id: id, .invalidRequest("the server is already initialized"))
        case (.running, "shutdown"):
            state = .shutDown
            return .result(id: id, .null)
        case (.shutDown, _):
            return .error(id: id, .invalidRequest("the server is shut down; only 'exit' is accepted"))
        case (.running, _):
            do {
                return .result(id: id, try handle(method, params))
            } catch {
                log.append("\(method) failed (\(error.code)): \(error.message)")
                return .error(id: id, error)
            }
        }
    }

    private mutating func notify(_ method: String, _ params: JSON?) {
        if method == "exit" {
            exitStatus = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        do {
            try handleNotification(method, params)
        } catch {
            log.append("\(method): \(error.message)")
        }
    }

    mutating func schedule(_ uri: String) { pendingDiagnostics.insert(uri) }

    mutating func scheduleAllOpen() {
        for uri in service.openDocuments where !LanguageService.isProjectFile(uri) { pendingDiagnostics.insert(uri) }
    }

    private mutating func initialize(_ params: JSON?) -> JSON {
        if let url = params?["initializationOptions"]?["rulesURL"]?.string { service.rulesURL = url }
        let folders = params?["workspaceFolders"]?.array?.compactMap { $0["uri"]?.string } ?? []
        self.folders = (folders.isEmpty ? [params?["rootUri"]?.string].compactMap { $0 } : folders).map(DocumentURI.path(of:))
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "completionProvider": ["triggerCharacters": [" ", ","]],
                "hoverProvider": true,
                "definitionProvider": true,
                "referencesProvider": true,
                "renameProvider": ["prepareProvider": true],
                "documentSymbolProvider": true,
                "workspaceSymbolProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "documentFormattingProvider": true,
            ],
            "serverInfo": ["name": "kmap", "version": "0.1.0"],
        ]
    }
}
