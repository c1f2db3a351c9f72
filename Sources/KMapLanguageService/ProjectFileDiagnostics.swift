import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel

extension LanguageService {
    /// The project files whose diagnostics an editor should show: each open `.kmap.yml`, and the
    /// one on disk that governs each open map. Sorted URIs.
    public mutating func projectFiles() -> [String] {
        var uris = Set(openDocuments.filter(Self.isProjectFile))
        for uri in openDocuments where !Self.isProjectFile(uri) {
            if let governing = projectFile(governing: uri) { uris.insert(governing) }
        }
        return uris.sorted()
    }

    /// The diagnostics of the project file `uri` as the editor holds it (or as on disk): YAML that
    /// cannot be read, values that are not valid (a bad severity), rules that do not exist. Rule
    /// names are checked against the framework of an open map the file governs, else the default.
    public mutating func projectFileDiagnostics(_ uri: String) -> [LanguageDiagnostic] {
        let path = DocumentURI.path(of: uri)
        guard let text = text(of: uri)?.text ?? FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            return []
        }
        let document = TextDocument(uri: uri, version: 0, text: text)
        let positions = { (range: SourceRange) in
            document.positions.range(from: range.start + document.byteOrderMarkLength, to: range.end + document.byteOrderMarkLength)
        }
        do {
            let project = try ProjectConfiguration.parse(SourceFile(path: path, text: text))
            return project.problems(for: framework(governedBy: uri)).map { LanguageDiagnostic($0, uri: uri, range: positions) }
        } catch {
            let start = TextPosition(line: 0, character: 0)
            return [LanguageDiagnostic(
                range: TextRange(start: start, end: start), severity: .error, code: "project-file", slug: "project-file",
                message: error.message, related: [], ruleLink: nil, fix: nil, suppressibleRule: nil)]
        }
    }

    /// The URI of the project file the open map `uri` is configured by, if any.
    private mutating func projectFile(governing uri: String) -> String? {
        configuration(forMapAt: DocumentURI.path(of: uri)).map { DocumentURI.uri(ofPath: $0.source.path) }
    }

    /// The framework of the first open map that `projectURI` governs, or the default one.
    private mutating func framework(governedBy projectURI: String) -> Framework {
        for uri in openDocuments where !Self.isProjectFile(uri) && projectFile(governing: uri) == projectURI {
            if let document = document(uri) { return document.result.map.framework }
        }
        return .default
    }
}
