import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapTestSupport
import Testing

/// Every map in `maps/` has an expected-findings file under `Expected/`, one finding a line
/// (`line severity code slug subject`), so any change in what kmap finds in the gallery shows up
/// in review. `KMAP_RECORD=1` re-records them.
@Suite struct ExampleMapFindingsTests {
    static let mapsFolder = GoldenFile.repositoryRoot.appendingPathComponent("maps")
    static let expectedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    static var mapNames: [String] { GoldenFile.mapNames(in: mapsFolder) }

    @Test func theGalleryHasTheMapsItPromises() {
        #expect(Self.mapNames.count >= 10)
    }

    @Test(arguments: mapNames)
    func findingsMatchTheExpectedFile(name: String) throws {
        let path = Self.mapsFolder.appendingPathComponent(name).path
        let source = try SourceLoader.load(path: path).get()
        let compiled = Resolver.resolve(Parser.parse(source), source: source)
        #expect(compiled.diagnostics.isEmpty, "example maps must be free of diagnostics: \(compiled.diagnostics.map(\.message))")
        let result = Analyzer.analyze(compiled.map)
        let lines = result.findings.map { finding in
            "\(source.line(of: finding.range.start)) \(finding.severity.rawValue) \(finding.code) \(finding.slug) \(finding.key)"
        }
        let expected = Self.expectedFolder.appendingPathComponent(name.replacingOccurrences(of: ".kmap", with: ".findings"))
        GoldenFile.check(lines.map { $0 + "\n" }.joined(), against: expected)
    }

    @Test func theMatureMapHasNoFindingsAndTheBrokenMapTriggersEveryRule() throws {
        let mature = Analyzer.analyze(try load("mature-system.kmap"))
        #expect(mature.findings.isEmpty)
        #expect(mature.waves.allSatisfy { $0.isComplete && $0.isClosed })
        let broken = Analyzer.analyze(try load("broken-everything.kmap"))
        let fired = Set(broken.findings.map(\.slug))
        for rule in RuleRegistry.all {
            #expect(fired.contains(rule.slug), "broken-everything.kmap does not trigger \(rule.slug)")
        }
    }

    private func load(_ name: String) throws -> KMap {
        let source = try SourceLoader.load(path: Self.mapsFolder.appendingPathComponent(name).path).get()
        return Resolver.resolve(Parser.parse(source), source: source).map
    }
}
