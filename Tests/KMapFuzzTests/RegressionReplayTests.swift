import Foundation
import KMapFuzzChecks
import Testing

/// Replays every input fuzzing ever broke a promise with (`fuzz/regressions/<target>/`), and the
/// seeds fuzzing starts from (`maps/`, `fuzz/seeds/`), through the same checks the libFuzzer
/// targets run. A fixed crash stays fixed.
@Suite struct RegressionReplayTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files of a folder under the repository root, by path relative to it.
    private static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        var isDirectory: ObjCBool = false
        return names.filter { name in
            !name.hasPrefix(".") && FileManager.default.fileExists(atPath: root.appendingPathComponent("\(folder)/\(name)").path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted().map { "\(folder)/\($0)" }
    }

    static let parserInputs = files(in: "fuzz/regressions/KMapFuzzParser")
    static let pipelineInputs = files(in: "fuzz/regressions/KMapFuzzPipeline")
    static let languageServerInputs = files(in: "fuzz/regressions/KMapFuzzLSP") + files(in: "fuzz/seeds/KMapFuzzLSP")
    static let configurationInputs = files(in: "fuzz/regressions/KMapFuzzConfiguration") + files(in: "fuzz/seeds/KMapFuzzConfiguration")
    static let workbookInputs = files(in: "fuzz/regressions/KMapFuzzWorkbook") + files(in: "fuzz/seeds/KMapFuzzWorkbook")
    static let seeds = files(in: "maps").filter { $0.hasSuffix(".kmap") } + files(in: "fuzz/seeds")

    private func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.root.appendingPathComponent(path)))
    }

    @Test(arguments: parserInputs + seeds)
    func frontEndKeepsItsPromises(_ path: String) throws {
        #expect(FrontEndChecks.brokenPromises(try bytes(path)) == [])
    }

    @Test(arguments: pipelineInputs + seeds)
    func pipelineKeepsItsPromises(_ path: String) throws {
        let readDOT = GraphvizCounts.isAvailable ? GraphvizCounts.read : nil
        #expect(PipelineChecks.brokenPromises(try bytes(path), readDOT: readDOT) == [])
    }

    @Test(arguments: languageServerInputs)
    func languageServerKeepsItsPromises(_ path: String) throws {
        #expect(LSPChecks.brokenPromises(try bytes(path)) == [])
    }

    @Test(arguments: configurationInputs)
    func projectFileReaderKeepsItsPromises(_ path: String) throws {
        #expect(ConfigurationChecks.brokenPromises(try bytes(path)) == [])
    }

    @Test func aProjectFileThatIsNotYAMLKeepsThePromisesToo() {
        let unclosed = Array(("severity: " + String(repeating: "[", count: 50_000) + "\n").utf8)
        #expect(ConfigurationChecks.brokenPromises(unclosed) == [])
    }

    @Test(arguments: workbookInputs)
    func workbookReaderKeepsItsPromises(_ path: String) throws {
        #expect(WorkbookChecks.brokenPromises(try bytes(path)) == [])
    }

    /// The workbook seeds are exported maps that import again, so fuzzing starts from inputs that
    /// reach every sheet; the cut one stops the reader early.
    @Test func workbookSeedsImport() throws {
        for path in Self.workbookInputs where path.hasPrefix("fuzz/seeds/") {
            let imported = WorkbookChecks.importedMap(try bytes(path))
            #expect((imported != nil) == !path.hasSuffix("truncated.xlsx"), "\(path)")
        }
        #expect(Self.workbookInputs.count >= 4)
    }

    @Test func seedsAreThere() {
        #expect(Self.seeds.count >= 15)
    }
}
