import KMapAnalysis
import KMapLanguage
import KMapPipeline

/// The `.kmap.yml` reader's promises for any bytes, read as the pipeline reads a project file
/// (``ProjectFile``): it returns a configuration, an unreadable one holding its error as a
/// diagnostic (never a crash, however deep or aliased the YAML), every diagnostic and rule
/// reference points inside the file, and an error message stays short enough to print.
///
/// `KMapFuzzConfiguration` runs this on every input libFuzzer makes.
public enum ConfigurationChecks {
    /// The longest error message the reader may print (excerpts of the file are capped).
    public static let messageLimit = 4_000

    public static func brokenPromises(_ bytes: [UInt8]) -> [String] {
        guard case .success(let source) = SourceLoader.decode(bytes: bytes, path: ".kmap.yml") else { return [] }
        // Read as the pipeline reads a project file: an error is a diagnostic, never thrown.
        guard let configuration = ProjectFile.text(source).read() else { return ["text in memory gave no configuration"] }
        var broken = FrontEndChecks.rangeProblems(configuration.diagnostics, size: source.bytes.count)
        for reference in configuration.references where reference.range.start < 0 || reference.range.end > source.bytes.count {
            broken.append("rule reference \(reference.name) outside the file")
        }
        for error in configuration.diagnostics where error.severity == .error && error.message.utf8.count > messageLimit {
            broken.append("an error message of \(error.message.utf8.count) bytes")
        }
        return broken
    }
}
