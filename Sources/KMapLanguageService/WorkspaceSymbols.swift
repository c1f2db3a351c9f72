import Foundation
import KMapLanguage

/// A declaration found by a search across the folder's maps.
public struct WorkspaceSymbol: Hashable, Sendable {
    public var name: String
    public var kind: SymbolKind
    /// The declaration's label.
    public var detail: String?
    public var location: DocumentLocation
}

public enum WorkspaceSymbols {
    /// The declarations whose id or label holds `query` (case-insensitive; an empty query
    /// matches all) in `documents`, the maps open or read from the folder.
    public static func search(_ query: String, in documents: [TextDocument]) -> [WorkspaceSymbol] {
        let needle = query.lowercased()
        return documents.flatMap { document -> [WorkspaceSymbol] in
            let source = SourceFile(path: document.uri, text: document.text)
            let file = Parser.parse(source).file
            let bom = document.byteOrderMarkLength
            let declarations = Declarations(file)
            return SymbolIndex(file).declarations.compactMap { declaration in
                let label = declarations.entities[declaration.kind == .group ? "group:\(declaration.name)" : declaration.name]?.label?.value
                    ?? declarations.waves[declaration.name]?.label?.value
                guard needle.isEmpty || declaration.name.lowercased().contains(needle) || (label?.lowercased().contains(needle) ?? false),
                      let kind = declaration.kind else { return nil }
                let range = document.positions.range(from: declaration.range.start + bom, to: declaration.range.end + bom)
                return WorkspaceSymbol(name: declaration.name, kind: kind, detail: label, location: DocumentLocation(uri: document.uri, range: range))
            }
        }
    }

    /// The `.kmap` files under `folder`, skipping hidden folders (`.build`, `.git`) and at most
    /// `limit` of them, in path order.
    public static func mapFiles(under folder: String, limit: Int = 2_000) -> [String] {
        guard let walker = FileManager.default.enumerator(
            at: URL(fileURLWithPath: folder), includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker where url.pathExtension == "kmap" {
            paths.append(url.path)
            if paths.count >= limit { break }
        }
        return paths.sorted()
    }
}
