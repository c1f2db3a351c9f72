import KMapLanguage
import KMapModel
import Testing
@testable import KMapGenerate

/// Generated maps are valid by construction: they parse and resolve without a single diagnostic.
@Suite struct GeneratedMapValidityTests {
    static func diagnostics(of text: String) -> [Diagnostic] {
        let source = SourceFile(path: "generated.kmap", text: text)
        let parsed = Parser.parse(source)
        let resolved = Resolver.resolve(parsed.file, source: source)
        return parsed.diagnostics + resolved.diagnostics
    }

    static func describe(_ diagnostics: [Diagnostic], in text: String) -> String {
        let source = SourceFile(path: "generated.kmap", text: text)
        return diagnostics.prefix(5).map { "\($0.id) \($0.message) at line \(source.line(of: $0.range.start))" }
            .joined(separator: "\n")
    }

    @Test(arguments: [(1, 0.1), (17, 0.5), (1_000, 0.1), (3_000, 0.0), (3_000, 1.0)])
    func generatedMapsHaveNoDiagnostics(activities: Int, gapShare: Double) {
        let text = MapGenerator(activities: activities, seed: 21, gapShare: gapShare).generate()
        let diagnostics = Self.diagnostics(of: text)
        #expect(diagnostics.isEmpty, "\(Self.describe(diagnostics, in: text))")
    }

    @Test(arguments: [0.0, 0.02, 0.2])
    func evolvedMapsHaveNoDiagnostics(changeShare: Double) {
        let text = MapGenerator(activities: 3_000, seed: 22, gapShare: 0.3).generateEvolved(changeShare: changeShare)
        let diagnostics = Self.diagnostics(of: text)
        #expect(diagnostics.isEmpty, "\(Self.describe(diagnostics, in: text))")
    }

    @Test func resolvedMapHasTheGeneratedShape() {
        let generator = MapGenerator(activities: 2_000, seed: 23)
        let text = generator.generate()
        let source = SourceFile(path: "generated.kmap", text: text)
        let map = Resolver.resolve(Parser.parse(source).file, source: source).map
        #expect(map.activities.count == 2_000)
        let plantedBottlenecks = generator.waves.filter { $0.gap == .brokerBottleneck }.count
        #expect(map.stakeholders.count == 100 + 3 * plantedBottlenecks)
        #expect(map.repositories.count == 40)
        #expect(map.stakeholders.contains { $0.isBroker })
        #expect(Set(map.activities.map(\.phase)) == Set(0..<5))
        #expect(map.flows.count > 2_000)
        #expect(!map.waves.isEmpty)
    }
}
