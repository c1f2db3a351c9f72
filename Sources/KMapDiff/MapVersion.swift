import KMapAnalysis
import KMapLanguage
import KMapModel

/// Where a version of a map comes from: a file, or a file as it was at a git revision.
public enum VersionSpec: Hashable, Sendable {
    case file(String)
    /// `REV:PATH`, read with `git show`.
    case revision(String, path: String)

    /// Reads a command-line argument: a path to an existing file is that file (it wins over the
    /// `REV:PATH` reading); otherwise `REV:PATH` with both parts non-empty names a git revision.
    public init(_ argument: String, fileExists: (String) -> Bool) {
        if !fileExists(argument), let colon = argument.firstIndex(of: ":"), colon != argument.startIndex,
           argument.index(after: colon) != argument.endIndex {
            self = .revision(String(argument[..<colon]), path: String(argument[argument.index(after: colon)...]))
        } else {
            self = .file(argument)
        }
    }

    /// The name diagnostics and reports use: the path, or `REV:PATH`.
    public var displayName: String {
        switch self {
        case .file(let path): path
        case .revision(let revision, let path): "\(revision):\(path)"
        }
    }

    /// The version's text.
    /// - Throws: ``VersionLoadError`` when the file or the revision cannot be read.
    public func load(git: GitRepository, maxBytes: Int = SourceLoader.defaultMaxBytes) throws(VersionLoadError) -> SourceFile {
        let result: Result<SourceFile, LoadError>
        switch self {
        case .file(let path):
            result = SourceLoader.load(path: path, maxBytes: maxBytes)
        case .revision(let revision, let path):
            do {
                result = SourceLoader.decode(bytes: try git.show(revision: revision, path: path, maxBytes: maxBytes), path: displayName, maxBytes: maxBytes)
            } catch {
                throw .git(error)
            }
        }
        switch result {
        case .success(let source): return source
        case .failure(let error): throw .source(error)
        }
    }
}

/// Why a version could not be read.
public enum VersionLoadError: Error, Sendable {
    /// The text could not be read or decoded; the diagnostic says why.
    case source(LoadError)
    case git(GitError)
}

/// One version of a map, parsed, resolved and analysed.
public struct MapVersion: Sendable {
    public var source: SourceFile
    /// Parse and resolution diagnostics, in source order.
    public var diagnostics: [Diagnostic]
    public var analysis: AnalysisResult

    public init(source: SourceFile, configuration: AnalysisConfiguration = AnalysisConfiguration()) {
        self.source = source
        let compiled = MapCompiler.compile(source)
        diagnostics = compiled.diagnostics
        analysis = Analyzer.analyze(compiled.map, configuration: configuration)
    }

    /// True when the text has errors (the analysis then covers a best-effort map).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
