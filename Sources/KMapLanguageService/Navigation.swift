import KMapLanguage

/// Why a rename is refused.
public struct RenameRefusal: Error, Hashable, Sendable {
    public var message: String
}

extension CheckedDocument {
    /// Where the name at `position` is declared.
    public func definition(at position: TextPosition) -> DocumentLocation? {
        guard let occurrence = occurrence(at: position), let declaration = symbols.declaration(of: occurrence) else { return nil }
        return location(declaration)
    }

    /// Every place the name at `position` is written; the declaration only when asked for.
    public func references(at position: TextPosition, includeDeclaration: Bool = true) -> [DocumentLocation] {
        guard let occurrence = occurrence(at: position) else { return [] }
        return symbols.occurrences(of: occurrence).filter { includeDeclaration || !$0.isDeclaration }.map(location)
    }

    /// The range of the name a rename at `position` would change, with the name itself; nil when
    /// no renamable name is there.
    public func prepareRename(at position: TextPosition) -> (range: TextRange, placeholder: String)? {
        guard let occurrence = occurrence(at: position) else { return nil }
        return (range(occurrence.range), occurrence.name)
    }

    /// The edits that rename the name at `position` to `newName` everywhere in the map. Refused
    /// when `newName` is not an identifier or already names something else in the same namespace.
    public func rename(at position: TextPosition, to newName: String) -> Result<[TextEdit], RenameRefusal> {
        guard let occurrence = occurrence(at: position) else {
            return .failure(RenameRefusal(message: "there is no id here to rename"))
        }
        guard Self.isIdentifier(newName) else {
            return .failure(RenameRefusal(message: "'\(newName)' is not an id: an id starts with a letter or '_' and holds letters, digits, '_' and '-'"))
        }
        if newName != occurrence.name,
           let clash = symbols.declared(in: occurrence.namespace).first(where: { $0.name == newName }) {
            let line = source.location(of: clash.range.start).line
            return .failure(RenameRefusal(message: "'\(newName)' already names the \(clash.kind?.rawValue ?? "id") declared on line \(line)"))
        }
        return .success(symbols.occurrences(of: occurrence).map { TextEdit(range: range($0.range), newText: newName) })
    }

    func location(_ occurrence: SymbolOccurrence) -> DocumentLocation {
        DocumentLocation(uri: uri, range: range(occurrence.range))
    }

    /// `[A-Za-z_][A-Za-z0-9_-]*`, as the language reads an id.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
