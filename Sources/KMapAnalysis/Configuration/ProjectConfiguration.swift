import Foundation
import KMapLanguage
import KMapModel
import Yams

/// A project's `.kmap.yml`, found in the map's directory or the nearest directory above it, like
/// SwiftLint's `.swiftlint.yml`:
///
/// ```yaml
/// disabled_rules: [cadence-mismatch, KM012]
/// enabled_rules: [idle-broker]
/// severity:
///   open-loop: error
/// fail_on: warning
/// evidence:
///   not_acted_on_days: 180
/// ```
public struct ProjectConfiguration: Sendable {
    /// The file name looked for.
    public static let fileName = ".kmap.yml"

    /// The file's text (diagnostics about it point into this).
    public var source: SourceFile
    public var overrides: RuleOverrides
    /// `fail_on`: when `kmap check` fails (`error`, `warning`, `info` or `never`).
    public var failOn: FailOn?
    /// `evidence`: the settings of the evidence rules.
    public var evidence = EvidenceSettings()
    /// Every rule the file names, with where (unknown ones are reported when a map is analysed).
    public var references: [RuleReference]
    /// Problems with the file's contents that do not stop it from being used.
    public var diagnostics: [Diagnostic]

    /// An error reading or decoding a project file.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        /// What kind of error: E002 (the file cannot be read), E001 (not UTF-8), E018 (not YAML).
        public var id: DiagnosticID = .unreadableFile
        /// The file's text, when it was read.
        public var text = ""
        public var description: String { "\(path): \(message)" }

        /// The error as a diagnostic at the start of the file.
        public var diagnostic: Diagnostic { Diagnostic(id, .error, at: .empty(at: 0), message) }
    }

    /// The configuration closest to `path` (a map file or a directory): `.kmap.yml` in that
    /// directory or the nearest one above it. Nil when there is none.
    public static func load(nearestTo path: String) throws(LoadError) -> ProjectConfiguration? {
        var directory = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            directory.deleteLastPathComponent()
        }
        while true {
            let candidate = directory.appendingPathComponent(fileName)
            var info = stat()
            if lstat(candidate.path, &info) == 0 {
                // A link that leads nowhere is a mistake to report, not a reason to use a parent's file.
                if stat(candidate.path, &info) != 0 {
                    let reason = errno == ELOOP ? "its symbolic links loop" : "it is a symbolic link to '\(linkTarget(candidate.path))', which does not exist"
                    throw LoadError(path: candidate.path, message: "cannot read the configuration: \(reason)")
                }
                return try load(path: candidate.path)
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// What the symbolic link at `path` points to, as written in it.
    private static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Reads the configuration at `path`.
    public static func load(path: String) throws(LoadError) -> ProjectConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(path: path, message: "the file is not valid UTF-8", id: .invalidUTF8)
        }
        return try parse(SourceFile(path: path, text: text))
    }

    /// Everything wrong with the file for maps with `framework`: its values that are not valid
    /// and the rules it names that neither `framework` nor the default framework has (W003).
    public func problems(for framework: Framework, alsoKnowing additional: [RuleDescription] = []) -> [Diagnostic] {
        diagnostics + ConfigurationChecker.unknownRules(references, known: RuleRegistry.descriptions(for: framework) + RuleRegistry.all + additional)
    }

    /// Decodes a configuration from YAML text.
    public static func parse(_ source: SourceFile) throws(LoadError) -> ProjectConfiguration {
        let node: Node?
        do {
            node = try Yams.compose(yaml: source.text)
        } catch {
            throw LoadError(path: source.path, message: "invalid YAML: \(TextExcerpt.capped(String(describing: error)))",
                            id: .invalidValue, text: source.text)
        }
        var reader = ProjectConfigurationReader(source: source)
        if let node { reader.read(node) }
        return ProjectConfiguration(source: source, overrides: reader.overrides, failOn: reader.failOn, evidence: reader.evidence,
                                    references: reader.references, diagnostics: reader.diagnostics)
    }
}

extension ProjectConfiguration {
    /// A configuration that could not be read: no settings, and the error as its one diagnostic,
    /// so it reaches the caller with the file's other problems (``AnalysisResult/projectDiagnostics``).
    public init(unusable error: LoadError) {
        self.init(source: SourceFile(path: error.path, text: error.text), overrides: RuleOverrides(), failOn: nil,
                  references: [], diagnostics: [error.diagnostic])
    }
}
