import KMapLanguageService

/// The methods of the protocol the server answers, each reading its params and calling the
/// language service.
extension ServerCore {
    mutating func handleNotification(_ method: String, _ params: JSON?) throws(RPCError) {
        switch method {
        case "textDocument/didOpen":
            let item = params?["textDocument"]
            guard let uri = item?["uri"]?.string, let text = item?["text"]?.string else { throw .invalidParams("didOpen needs textDocument.uri and .text") }
            service.open(uri, version: item?["version"]?.int ?? 0, text: text)
            changed(uri)
        case "textDocument/didChange":
            let uri = try uri(params)
            guard let changes = params?["contentChanges"]?.array else { throw .invalidParams("didChange needs contentChanges") }
            let edits = try changes.map { change throws(RPCError) -> DocumentChange in
                guard let text = change["text"]?.string else { throw .invalidParams("a content change has a text") }
                return DocumentChange(range: change["range"] == nil ? nil : try ProtocolValues.range(change["range"]), text: text)
            }
            guard service.change(uri, version: params?["textDocument"]?["version"]?.int ?? 0, changes: edits) else {
                throw .invalidParams("'\(uri)' is not open")
            }
            changed(uri)
        case "textDocument/didClose":
            let uri = try uri(params)
            service.close(uri)
            pendingDiagnostics.remove(uri)
            if LanguageService.isProjectFile(uri) { service.projectFileChanged(); scheduleAllOpen() }
        case "textDocument/didSave":
            if LanguageService.isProjectFile(try uri(params)) { service.projectFileChanged(); scheduleAllOpen() }
        case "workspace/didChangeWatchedFiles":
            let uris = params?["changes"]?.array?.compactMap { $0["uri"]?.string } ?? []
            if uris.contains(where: LanguageService.isProjectFile) { service.projectFileChanged(); scheduleAllOpen() }
        default:
            break // `initialized`, `$/cancelRequest`, `$/setTrace` and others need nothing.
        }
    }

    private mutating func changed(_ uri: String) {
        if LanguageService.isProjectFile(uri) { scheduleAllOpen() } else { schedule(uri) }
    }

    mutating func handle(_ method: String, _ params: JSON?) throws(RPCError) -> JSON {
        if method == "workspace/symbol" {
            let query = params?["query"]?.string ?? ""
            let maps = folders.isEmpty ? service.openDocuments.compactMap(service.text(of:)) : folders.flatMap(service.folderMaps)
            return .array(WorkspaceSymbols.search(query, in: maps).map(ProtocolValues.json))
        }
        guard Self.documentMethods.contains(method) else { throw .methodNotFound(method) }
        let uri = try uri(params)
        guard let document = service.document(uri) else { return .null }
        switch method {
        case "textDocument/completion":
            return .array(document.completions(at: try ProtocolValues.position(params?["position"])).map(ProtocolValues.json))
        case "textDocument/hover":
            guard let hover = document.hover(at: try ProtocolValues.position(params?["position"])) else { return .null }
            let contents: JSON = hoversInMarkdown
                ? ["kind": "markdown", "value": .string(hover.markdown)]
                : ["kind": "plaintext", "value": .string(PlainHover.text(of: hover.markdown))]
            return ["contents": contents, "range": ProtocolValues.json(hover.range)]
        case "textDocument/definition":
            return document.definition(at: try ProtocolValues.position(params?["position"])).map(ProtocolValues.json) ?? .null
        case "textDocument/references":
            let declaration = params?["context"]?["includeDeclaration"]?.bool ?? true
            return .array(document.references(at: try ProtocolValues.position(params?["position"]), includeDeclaration: declaration).map(ProtocolValues.json))
        case "textDocument/prepareRename":
            guard let target = document.prepareRename(at: try ProtocolValues.position(params?["position"])) else { return .null }
            return ["range": ProtocolValues.json(target.range), "placeholder": .string(target.placeholder)]
        case "textDocument/rename":
            guard let newName = params?["newName"]?.string else { throw .invalidParams("rename needs newName") }
            switch document.rename(at: try ProtocolValues.position(params?["position"]), to: newName) {
            case .success(let edits): return ProtocolValues.workspaceEdit(edits, uri: uri)
            case .failure(let refusal): throw .requestFailed(refusal.message)
            }
        case "textDocument/documentSymbol":
            return .array(document.outline().map(ProtocolValues.json))
        case "textDocument/codeAction":
            let actions = document.codeActions(in: try ProtocolValues.range(params?["range"]), rulesURL: service.rulesURL)
            return .array(actions.map { ProtocolValues.json($0, uri: uri) })
        case "textDocument/formatting":
            return .array(document.formatted().map { [ProtocolValues.json($0)] } ?? [])
        default:
            throw .methodNotFound(method)
        }
    }

    static let documentMethods: Set<String> = [
        "textDocument/completion", "textDocument/hover", "textDocument/definition", "textDocument/references",
        "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol", "textDocument/codeAction",
        "textDocument/formatting",
    ]

    private func uri(_ params: JSON?) throws(RPCError) -> String {
        guard let uri = params?["textDocument"]?["uri"]?.string else { throw .invalidParams("the params need textDocument.uri") }
        return uri
    }
}
