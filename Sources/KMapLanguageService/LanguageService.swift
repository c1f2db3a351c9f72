import Foundation
import KMapAnalysis
import KMapLanguage
import KMapPipeline

/// The open documents of an editor and the project files that configure them: the state a
/// language server keeps. Each document is checked when it is first asked for after a change,
/// with the `.kmap.yml` nearest to it; a change to a `.kmap.yml` re-checks every open map.
public struct LanguageService: Sendable {
    /// Where the rules are documented; each finding links to its rule's anchor on that page.
    public var rulesURL: String?
    private var texts: [String: TextDocument] = [:]
    private var checked: [String: CheckedDocument] = [:]
    /// The project file of each directory, read through the pipeline (``ProjectFile``); one
    /// that cannot be read holds the reason as an error diagnostic.
    private var configurations: [String: ProjectConfiguration?] = [:]

    public init(rulesURL: String? = nil) {
        self.rulesURL = rulesURL
    }

    /// The URIs of the open documents, sorted.
    public var openDocuments: [String] { texts.keys.sorted() }

    /// The text of an open document.
    public func text(of uri: String) -> TextDocument? { texts[uri] }

    public mutating func open(_ uri: String, version: Int, text: String) {
        texts[uri] = TextDocument(uri: uri, version: version, text: text)
        checked[uri] = nil
        if Self.isProjectFile(uri) { projectFileChanged() }
    }

    /// Applies the client's changes; false when the document is not open.
    @discardableResult
    public mutating func change(_ uri: String, version: Int, changes: [DocumentChange]) -> Bool {
        guard let document = texts[uri] else { return false }
        texts[uri] = document.applying(changes, version: version)
        checked[uri] = nil
        if Self.isProjectFile(uri) { projectFileChanged() }
        return true
    }

    public mutating func close(_ uri: String) {
        texts[uri] = nil
        checked[uri] = nil
    }

    /// Forgets every project file read, so the next check of each map reads its own again.
    public mutating func projectFileChanged() {
        configurations.removeAll()
        checked.removeAll()
    }

    /// The glob of every project file in a workspace, for a file watcher.
    public static var projectFilePattern: String { "**/" + ProjectConfiguration.fileName }

    /// Whether `uri` names a project file.
    public static func isProjectFile(_ uri: String) -> Bool { uri.hasSuffix("/" + ProjectConfiguration.fileName) }

    /// The open map `uri`, checked (once per change); nil when it is not open or is a project file.
    public mutating func document(_ uri: String) -> CheckedDocument? {
        if let done = checked[uri] { return done }
        guard let text = texts[uri], !Self.isProjectFile(uri) else { return nil }
        let path = DocumentURI.path(of: uri)
        let document = CheckedDocument(text, path: path, configuration: analysisConfiguration(forMapAt: path))
        checked[uri] = document
        return document
    }

    /// The diagnostics to publish for `uri`: the map's own, and a problem reading its project file.
    public mutating func diagnostics(_ uri: String) -> [LanguageDiagnostic]? {
        guard let document = document(uri) else { return nil }
        var diagnostics = document.diagnostics(rulesURL: rulesURL)
        if let project = document.result.projectSource,
           let error = document.result.projectDiagnostics.first(where: { $0.severity == .error }) {
            let start = TextPosition(line: 0, character: 0)
            diagnostics.insert(LanguageDiagnostic(
                range: TextRange(start: start, end: start), severity: .error, code: "project-file", slug: "project-file",
                message: "the project file was not read: \(project.path): \(error.message)", related: [], ruleLink: nil, fix: nil,
                suppressibleRule: nil), at: 0)
        }
        return diagnostics
    }

    /// The texts of the maps in `folder`: the open ones as the editor holds them, the others as on disk.
    public func folderMaps(_ folder: String) -> [TextDocument] {
        let open = texts.filter { !Self.isProjectFile($0.key) }
        let onDisk = WorkspaceSymbols.mapFiles(under: folder).compactMap { path -> TextDocument? in
            let uri = DocumentURI.uri(ofPath: path)
            guard open[uri] == nil, let data = FileManager.default.contents(atPath: path) else { return nil }
            return TextDocument(uri: uri, version: 0, text: String(decoding: data, as: UTF8.self))
        }
        return open.values.sorted { $0.uri < $1.uri } + onDisk
    }

    /// The project file for a map, read once per directory: an open `.kmap.yml` as the editor
    /// holds it, otherwise the file on disk nearest the map.
    /// A file that cannot be read is a configuration holding that problem as its diagnostic.
    mutating func configuration(forMapAt path: String) -> ProjectConfiguration? {
        let directory = (path as NSString).deletingLastPathComponent
        if let known = configurations[directory] { return known }
        let found = (openProjectFile(nearest: directory).map(ProjectFile.text) ?? .nearest(to: path)).read()
        configurations[directory] = found
        return found
    }

    private mutating func analysisConfiguration(forMapAt path: String) -> AnalysisConfiguration {
        AnalysisConfiguration(project: configuration(forMapAt: path))
    }

    /// An open project file in `directory` or the nearest directory above it that has one open.
    private func openProjectFile(nearest directory: String) -> SourceFile? {
        var folder = directory
        while true {
            let path = (folder as NSString).appendingPathComponent(ProjectConfiguration.fileName)
            if let document = texts[DocumentURI.uri(ofPath: path)] { return SourceFile(path: path, text: document.text) }
            if FileManager.default.fileExists(atPath: path) { return nil }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }
}
