import Foundation
import KMapAnalysis
import KMapLanguage
import KMapPipeline
import Testing

/// The project file travels through the front door: read before the analysis, and every problem
/// with it, one that stops it from being read included, a diagnostic of the result.
@Suite struct ProjectFileTests {
    private let map = SourceFile(path: "m.kmap", text: PipelineTests.orphan)

    private func run(_ projectFile: ProjectFile?, analysis: AnalysisConfiguration = AnalysisConfiguration()) -> PipelineResult {
        Pipeline.run(map, PipelineConfiguration(analysis: analysis, projectFile: projectFile))
    }

    @Test func itsSettingsApplyAndItsWarningsArriveWithTheResult() throws {
        let yaml = SourceFile(path: "team/.kmap.yml", text: "disabled_rules: [orphan-activity, no-brokr]\nfail_on: sometimes\n")
        let result = run(.text(yaml))
        #expect(!result.analysis.findings.map(\.slug).contains("orphan-activity"))
        #expect(result.projectSource?.path == "team/.kmap.yml")
        #expect(result.projectDiagnostics.map(\.id) == [.invalidValue, .unknownRule])
        #expect(!result.projectDiagnostics.hasErrors)
        let unknown = try #require(result.projectDiagnostics.last)
        #expect(yaml.text(in: unknown.range) == "no-brokr")
    }

    @Test func aFileThatIsNotYAMLIsAnErrorAndTheAnalysisRunsWithoutIt() throws {
        let result = run(.text(SourceFile(path: ".kmap.yml", text: "disabled_rules: [orphan-activity\n")))
        let error = try #require(result.projectDiagnostics.first)
        #expect(result.projectDiagnostics.count == 1)
        #expect(error.id == .invalidValue && error.severity == .error && error.message.hasPrefix("invalid YAML"))
        #expect(result.projectSource?.text == "disabled_rules: [orphan-activity\n", "the text is kept for the excerpt")
        #expect(result.analysis.findings.map(\.slug).contains("orphan-activity"), "no setting of the broken file applies")
    }

    @Test func aFileThatCannotBeReadIsAnError() throws {
        let result = run(.path("/nonexistent/kmap/.kmap.yml"))
        let error = try #require(result.projectDiagnostics.first)
        #expect(error.id == .unreadableFile && error.severity == .error)
        #expect(result.projectSource?.path == "/nonexistent/kmap/.kmap.yml")
    }

    @Test func theNearestFileIsFoundAboveTheMap() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-project-\(UUID().uuidString)")
        let inner = root.appendingPathComponent("maps")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "disabled_rules: [orphan-activity]\n".write(to: root.appendingPathComponent(".kmap.yml"), atomically: true, encoding: .utf8)
        let result = run(.nearest(to: inner.appendingPathComponent("m.kmap").path))
        #expect(result.projectSource?.path.hasSuffix("/.kmap.yml") == true)
        #expect(!result.analysis.findings.map(\.slug).contains("orphan-activity"))
        #expect(run(.nearest(to: "/")).projectSource == nil, "no file anywhere above is no project file")
    }

    @Test func withoutAProjectFileTheGivenOneIsUsed() throws {
        let given = try ProjectConfiguration.parse(SourceFile(path: "given.yml", text: "disabled_rules: [orphan-activity]\n"))
        let result = run(nil, analysis: AnalysisConfiguration(project: given))
        #expect(result.projectSource?.path == "given.yml")
        #expect(!result.analysis.findings.map(\.slug).contains("orphan-activity"))
    }
}
