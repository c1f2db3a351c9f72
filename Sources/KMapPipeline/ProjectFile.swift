import KMapAnalysis
import KMapLanguage

/// Which `.kmap.yml` configures a run (``PipelineConfiguration/projectFile``).
///
/// The pipeline reads it before the analysis. A file that cannot be read or decoded is not
/// thrown: it becomes an error diagnostic in the file's place, beside the file's other problems
/// (unknown keys and rules, bad values), and every caller finds them all in one list,
/// ``PipelineResult/projectDiagnostics``.
public enum ProjectFile: Sendable {
    /// The `.kmap.yml` in the directory of `path` (a map or a directory) or the nearest one
    /// above it; none when there is none.
    case nearest(to: String)
    /// The file at `path` (`--config`).
    case path(String)
    /// A project file's text already in memory (an editor's unsaved buffer).
    case text(SourceFile)

    /// The configuration, with any problem reading it among its diagnostics; nil when
    /// ``nearest(to:)`` finds no file.
    public func read() -> ProjectConfiguration? {
        do throws(ProjectConfiguration.LoadError) {
            switch self {
            case .nearest(let path): return try ProjectConfiguration.load(nearestTo: path)
            case .path(let path): return try ProjectConfiguration.load(path: path)
            case .text(let source): return try ProjectConfiguration.parse(source)
            }
        } catch {
            return ProjectConfiguration(unusable: error)
        }
    }
}
