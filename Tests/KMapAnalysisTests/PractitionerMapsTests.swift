import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapTestSupport
import Testing

/// Maps drawn as KM and MEAL practitioners draw them, each with the findings its practitioner
/// names written down before kmap ran (`NAME.expected`, one `line slug subject` a line) and, in the
/// map's opening comment, what the practitioner names and what they strike out. Unlike the
/// gallery's expected findings these are judgments, not recordings: nothing re-records them, and a
/// change to the analysis that disagrees with one is a change to argue for, not to accept.
@Suite struct PractitionerMapsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Practitioner")

    static var mapNames: [String] { GoldenFile.mapNames(in: folder) }

    @Test func everyMapHasItsPractitionersFindings() {
        #expect(Self.mapNames.count >= 7)
        for name in Self.mapNames {
            let expected = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".kmap", with: ".expected"))
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(name) has no .expected file")
        }
    }

    @Test(arguments: mapNames)
    func kmapFindsWhatThePractitionerNames(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let source = try SourceLoader.load(path: path).get()
        let compiled = Resolver.resolve(Parser.parse(source), source: source)
        #expect(compiled.diagnostics.isEmpty, "\(name): \(compiled.diagnostics.map(\.message))")
        let found = Analyzer.analyze(compiled.map).findings.map { finding in
            "\(source.line(of: finding.range.start)) \(finding.slug) \(finding.key)"
        }
        let expectedPath = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".kmap", with: ".expected"))
        let expected = try String(contentsOf: expectedPath, encoding: .utf8).split(separator: "\n").map(String.init)
        let missed = expected.filter { !found.contains($0) }
        let struckOut = found.filter { !expected.contains($0) }
        #expect(missed.isEmpty, "\(name): kmap misses what the practitioner names: \(missed)")
        #expect(struckOut.isEmpty, "\(name): kmap raises what the practitioner strikes out: \(struckOut)")
    }
}
