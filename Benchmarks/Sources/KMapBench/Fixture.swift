import Foundation
import KMapAnalysis
import KMapGenerate
import KMapLanguage
import KMapModel
import KMapRender
import KMapReport

/// The inputs of every stage at one size, built on first use and kept, so that each stage is
/// timed on its own (parse is not re-timed inside resolve, and so on).
final class Fixture {
    let activities: Int
    let generator: MapGenerator

    init(activities: Int, seed: UInt64 = 1) {
        self.activities = activities
        generator = MapGenerator(activities: activities, seed: seed)
        dotPath = NSTemporaryDirectory() + "kmap-bench-\(getpid())-\(activities).dot"
    }

    /// The map's text as UTF-8 bytes, as read from a file.
    lazy var bytes: [UInt8] = Array(generator.generate().utf8)
    lazy var source = Fixture.load(bytes, path: "generated.kmap")
    lazy var parsed: ParseResult = Parser.parse(source)
    lazy var resolved: ResolveResult = Resolver.resolve(parsed.file, source: source)
    lazy var analysis: AnalysisResult = Analyzer.analyze(resolved.map)
    lazy var diagram: DiagramInput = DiagramInput(analysis: analysis)
    /// The DOT text of the whole map, every activity drawn (no collapsing).
    lazy var dot: String = (try? DiagramBuilder.dot(for: diagram, options: Fixture.fullDiagram)) ?? ""
    /// ``dot`` in a file, for the `dot` program.
    lazy var dotFile: String = {
        _ = FileManager.default.createFile(atPath: dotPath, contents: Data(dot.utf8))
        return dotPath
    }()
    private let dotPath: String

    /// Diagram options that draw every activity.
    static let fullDiagram = DiagramOptions(full: true)

    deinit {
        unlink(dotPath)
    }

    /// The evidence log of ``EvidenceFixture``, against the resolved map.
    lazy var evidenceLog: SourceFile = EvidenceFixture.log(for: resolved.map)

    /// A later version of the same map (removals, renames, additions, closed gaps).
    lazy var evolvedSource = Fixture.load(Array(generator.generateEvolved().utf8), path: "generated-v2.kmap")
    lazy var evolvedResolved: ResolveResult = Resolver.resolve(Parser.parse(evolvedSource).file, source: evolvedSource)
    lazy var evolvedAnalysis: AnalysisResult = Analyzer.analyze(evolvedResolved.map)

    /// Decodes a file's bytes the way kmap does, with no size limit.
    static func load(_ bytes: [UInt8], path: String) -> SourceFile {
        switch SourceLoader.decode(bytes: bytes, path: path, maxBytes: Int.max) {
        case .success(let source): source
        case .failure(let error): error.source
        }
    }

    /// Fails when the generated map is not valid, which would make every number measured on it
    /// meaningless.
    func validate() throws {
        try Fixture.requireNoErrors(parsed.diagnostics + resolved.diagnostics, in: "map")
    }

    /// Fails when the generated later version is not valid.
    func validateEvolved() throws {
        try Fixture.requireNoErrors(evolvedResolved.diagnostics, in: "later version")
    }

    private static func requireNoErrors(_ diagnostics: [Diagnostic], in name: String) throws {
        guard let error = diagnostics.first(where: { $0.severity == .error }) else { return }
        throw BenchError("the generated \(name) is invalid: \(error.id) \(error.message)")
    }
}
