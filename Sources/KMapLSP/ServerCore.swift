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
    /// Whether the client lets the server register a watcher for `.kmap.yml` files itself.
    var registersFileWatchers = false
    /// Whether the client reads Markdown in hovers (its `hover.contentFormat` prefers it, or it
    /// says nothing); otherwise hovers are plain text.
    var hoversInMarkdown = true
    /// The project files whose diagnostics were published (each is published once it matters,
    /// then again whenever it changes).
    var publishedProjectFiles: Set<String> = []
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
            return notify(method, params)
        case .success(.request(let id, let method, let params)):
            return [respond(id: id, method: method, params: params)]
        }
    }

    /// The diagnostics notifications for every map waiting for them, then for the project files
    /// that changed or govern an open map and were not published yet (an empty list for one that
    /// no longer matters, so the editor clears it).
    public mutating func publishPending() -> [RPCOutgoing] {
        let pending = pendingDiagnostics
        pendingDiagnostics.removeAll()
        let maps = pending.filter { !LanguageService.isProjectFile($0) }.sorted().compactMap { uri in
            service.diagnostics(uri).map { publication(uri, $0) }
        }
        let current = service.projectFiles()
        let due = current.filter { pending.contains($0) || !publishedProjectFiles.contains($0) }
        let gone = publishedProjectFiles.subtracting(current).intersection(pending).sorted()
        publishedProjectFiles.formUnion(due)
        publishedProjectFiles.subtract(gone)
        return maps + due.map { publication($0, service.projectFileDiagnostics($0)) } + gone.map { publication($0, []) }
    }

    private func publication(_ uri: String, _ diagnostics: [LanguageDiagnostic]) -> RPCOutgoing {
        var params: [String: JSON] = ["uri": .string(uri), "diagnostics": .array(diagnostics.map(ProtocolValues.json))]
        if let version = service.text(of: uri)?.version { params["version"] = .number(Double(version)) }
        return .notification(method: "textDocument/publishDiagnostics", params: .object(params))
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

    private mutating func notify(_ method: String, _ params: JSON?) -> [RPCOutgoing] {
        if method == "exit" {
            exitStatus = state == .shutDown ? 0 : 1
            return []
        }
        guard state == .running else { return [] }
        if method == "initialized", registersFileWatchers { return [Self.projectFileWatcher] }
        do {
            try handleNotification(method, params)
        } catch {
            log.append("\(method): \(error.message)")
        }
        return []
    }

    /// `client/registerCapability` for `workspace/didChangeWatchedFiles` on every `.kmap.yml`, sent
    /// after `initialized` when the client allows it: a project file changed outside the editor
    /// then re-checks the open maps as one changed in the editor does.
    static let projectFileWatcher = RPCOutgoing.request(id: "kmap-watch-project-files", method: "client/registerCapability", params: [
        "registrations": [[
            "id": "kmap-project-files", "method": "workspace/didChangeWatchedFiles",
            "registerOptions": ["watchers": [["globPattern": .string(LanguageService.projectFilePattern)]]],
        ]],
    ])

    mutating func schedule(_ uri: String) { pendingDiagnostics.insert(uri) }

    /// After a project file changed: every open map, and every project file that may have changed.
    mutating func scheduleAllOpen() {
        pendingDiagnostics.formUnion(service.openDocuments)
        pendingDiagnostics.formUnion(service.projectFiles())
        pendingDiagnostics.formUnion(publishedProjectFiles)
    }

    private mutating func initialize(_ params: JSON?) -> JSON {
        if let url = params?["initializationOptions"]?["rulesURL"]?.string { service.rulesURL = url }
        let folders = params?["workspaceFolders"]?.array?.compactMap { $0["uri"]?.string } ?? []
        self.folders = (folders.isEmpty ? [params?["rootUri"]?.string].compactMap { $0 } : folders).map(DocumentURI.path(of:))
        registersFileWatchers = params?["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool == true
        let formats = params?["capabilities"]?["textDocument"]?["hover"]?["contentFormat"]?.array?.compactMap(\.string) ?? []
        hoversInMarkdown = formats.first.map { $0 == "markdown" } ?? true
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
