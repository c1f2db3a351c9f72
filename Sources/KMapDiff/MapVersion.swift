import KMapAnalysis
import KMapLanguage
import KMapPipeline

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
        let input: MapInput
        switch self {
        case .file(let path):
            input = .file(path: path)
        case .revision(let revision, let path):
            do {
                input = .bytes(try git.show(revision: revision, path: path, maxBytes: maxBytes), name: displayName)
            } catch {
                throw .git(error)
            }
        }
        switch input.load(maxBytes: maxBytes) {
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

/// One version of a map, parsed, resolved and analysed. When ``diagnostics`` hold errors, the
/// analysis covers the best-effort map.
public struct MapVersion: Sendable {
    public var source: SourceFile
    /// Parse and resolution diagnostics, in source order.
    public var diagnostics: [Diagnostic]
    public var analysis: AnalysisResult

    public init(source: SourceFile, configuration: AnalysisConfiguration = AnalysisConfiguration()) {
        let result = Pipeline.run(source, PipelineConfiguration(analysis: configuration))
        self.source = source
        diagnostics = result.diagnostics
        analysis = result.analysis
    }
}
