import Foundation
import KMapAnalysis
import KMapLanguage
import KMapPipeline
import Testing

/// The front door chains load, parse, resolve and analyse, from every kind of input.
@Suite struct PipelineTests {
    static let orphan = """
        stakeholder teachers "Classroom teachers"
        generation pdsa "PDSA cycles" by teachers

        """

    @Test func aFileIsLoadedResolvedAndAnalysed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("school.kmap").path
        try Self.orphan.write(toFile: path, atomically: true, encoding: .utf8)

        let result = try Pipeline.run(.file(path: path)).get()
        #expect(result.source.path == path)
        #expect(result.map.activities.map(\.id) == ["pdsa"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.analysis.findings.map(\.slug).contains("orphan-activity"))
        #expect(result.syntax == nil)
    }

    @Test func bytesKeepTheirNameInDiagnostics() throws {
        let bytes = Array("generation pdsa \"PDSA\" by nobody\n".utf8)
        let result = try Pipeline.run(.bytes(bytes, name: "HEAD~1:maps/school.kmap")).get()
        #expect(result.source.path == "HEAD~1:maps/school.kmap")
        #expect(result.diagnostics.map(\.id) == [.undefinedReference])
        #expect(result.diagnostics.hasErrors)
        // A map with errors is still analysed, best effort.
        #expect(result.analysis.map.activities.map(\.id) == ["pdsa"])
    }

    @Test(arguments: [
        (MapInput.bytes(Array(repeating: UInt8(ascii: "#"), count: 65), name: "big.kmap"), "E003"),
        (MapInput.bytes([0x67, 0xFF, 0x0A], name: "latin1.kmap"), "E001"),
        (MapInput.file(path: "/nonexistent/kmap/pipeline.kmap"), "E002"),
    ])
    func inputThatCannotBeReadFailsWithItsDiagnostic(input: MapInput, code: String) {
        let configuration = PipelineConfiguration(maxInputBytes: 64)
        guard case .failure(let error) = Pipeline.run(input, configuration) else {
            Issue.record("\(input) was read")
            return
        }
        #expect(error.diagnostic.id.code == code)
    }

    @Test func theSyntaxTreeIsKeptWhenAskedFor() throws {
        let compiled = Pipeline.compile(SourceFile(path: "m.kmap", text: Self.orphan), PipelineConfiguration(keepsSyntax: true))
        let syntax = try #require(compiled.syntax)
        #expect(Formatter.format(syntax) == Self.orphan)
    }

    @Test func analysingLaterMatchesRunningAtOnce() {
        let source = SourceFile(path: "m.kmap", text: Self.orphan)
        let disabled = AnalysisConfiguration(commandLine: RuleOverrides(disabled: ["orphan-activity"]))
        let atOnce = Pipeline.run(source, PipelineConfiguration(analysis: disabled))
        let later = Pipeline.compile(source).analyzed(with: disabled)
        #expect(atOnce.analysis.findings.map(\.slug) == later.analysis.findings.map(\.slug))
        #expect(!atOnce.analysis.findings.map(\.slug).contains("orphan-activity"))
        #expect(Pipeline.run(source).analysis.findings.map(\.slug).contains("orphan-activity"))
    }

    @Test func parseAndResolveDiagnosticsArriveSortedAsOneList() {
        let text = "generation pdsa \"PDSA\" by nobody\ncapture brief\n"
        let compiled = Pipeline.compile(SourceFile(path: "m.kmap", text: text))
        #expect(compiled.diagnostics.map(\.id) == [.undefinedReference, .missingLabel])
    }

    @Test func warningsAloneAreNotErrors() {
        let compiled = Pipeline.compile(SourceFile(path: "m.kmap", text: "generation pdsa \"PDSA\" technique made-up-thing\n"))
        #expect(compiled.diagnostics.map(\.id) == [.unknownTechnique])
        #expect(!compiled.diagnostics.hasErrors)
    }
}
