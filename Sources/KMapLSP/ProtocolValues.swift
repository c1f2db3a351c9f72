import KMapLanguage
import KMapLanguageService

/// The language service's values as the protocol writes them, and positions read from it.
enum ProtocolValues {
    static func position(_ json: JSON?) throws(RPCError) -> TextPosition {
        guard let line = json?["line"]?.int, let character = json?["character"]?.int, line >= 0, character >= 0 else {
            throw .invalidParams("a position is {line, character} with whole numbers from 0")
        }
        return TextPosition(line: line, character: character)
    }

    static func range(_ json: JSON?) throws(RPCError) -> TextRange {
        TextRange(start: try position(json?["start"]), end: try position(json?["end"]))
    }

    static func json(_ position: TextPosition) -> JSON {
        ["line": .number(Double(position.line)), "character": .number(Double(position.character))]
    }

    static func json(_ range: TextRange) -> JSON { ["start": json(range.start), "end": json(range.end)] }

    static func json(_ location: DocumentLocation) -> JSON { ["uri": .string(location.uri), "range": json(location.range)] }

    static func json(_ edit: TextEdit) -> JSON { ["range": json(edit.range), "newText": .string(edit.newText)] }

    static func workspaceEdit(_ edits: [TextEdit], uri: String) -> JSON {
        ["changes": .object([uri: .array(edits.map(json))])]
    }

    /// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> JSON {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    static func json(_ diagnostic: LanguageDiagnostic) -> JSON {
        var object: [String: JSON] = [
            "range": json(diagnostic.range), "severity": severity(diagnostic.severity), "source": "kmap",
            "code": .string(diagnostic.code), "message": .string(diagnostic.message),
            "data": ["slug": .string(diagnostic.slug)],
        ]
        if !diagnostic.related.isEmpty {
            object["relatedInformation"] = .array(diagnostic.related.map { ["location": json($0.location), "message": .string($0.message)] })
        }
        if let link = diagnostic.ruleLink { object["codeDescription"] = ["href": .string(link)] }
        return .object(object)
    }

    /// LSP CompletionItemKind.
    static func kind(_ kind: CompletionItem.Kind) -> JSON {
        switch kind {
        case .keyword: 14
        case .phase: 13
        case .stakeholder, .group: 18
        case .node: 6
        case .technique: 15
        case .cadence, .value: 12
        case .rule: 17
        }
    }

    static func json(_ item: CompletionItem) -> JSON {
        var object: [String: JSON] = ["label": .string(item.label), "kind": kind(item.kind)]
        if let detail = item.detail { object["detail"] = .string(detail) }
        return .object(object)
    }

    /// LSP SymbolKind.
    static func kind(_ kind: OutlineSymbol.Kind) -> JSON {
        switch kind {
        case .map: 2
        case .wave: 3
        case .phase: 4
        case .activity: 12
        case .stakeholder: 5
        case .repository: 18
        case .group: 10
        case .section: 2
        }
    }

    static func kind(_ kind: SymbolKind) -> JSON {
        switch kind {
        case .activity: 12
        case .stakeholder: 5
        case .repository: 18
        case .wave: 3
        case .group: 10
        }
    }

    static func json(_ symbol: OutlineSymbol) -> JSON {
        var object: [String: JSON] = [
            "name": .string(symbol.name), "kind": kind(symbol.kind), "range": json(symbol.range),
            "selectionRange": json(symbol.selectionRange), "children": .array(symbol.children.map(json)),
        ]
        if let detail = symbol.detail { object["detail"] = .string(detail) }
        return .object(object)
    }

    static func json(_ symbol: WorkspaceSymbol) -> JSON {
        var object: [String: JSON] = ["name": .string(symbol.name), "kind": kind(symbol.kind), "location": json(symbol.location)]
        if let detail = symbol.detail { object["containerName"] = .string(detail) }
        return .object(object)
    }

    static func json(_ action: CodeAction, uri: String) -> JSON {
        [
            "title": .string(action.title), "kind": .string(action.kind.rawValue), "isPreferred": .bool(action.isPreferred),
            "diagnostics": [json(action.diagnostic)], "edit": workspaceEdit(action.edits, uri: uri),
        ]
    }
}
