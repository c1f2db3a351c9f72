import Foundation
import Testing

/// Every command reads the project file's problems from the pipeline's result: a file that
/// cannot be read stops each one with its diagnostic, and its warnings are printed by every
/// command (`check` with its findings, the others on standard error, `diff` once for both versions).
@Suite struct ProjectFileCLITests {
    static func project(_ yaml: String) throws -> URL {
        let folder = try KMapProcess.temporaryFolder()
        let map = KMapProcess.repositoryRoot.appendingPathComponent("maps/literacy-network.kmap")
        try FileManager.default.copyItem(at: map, to: folder.appendingPathComponent("m.kmap"))
        try yaml.write(to: folder.appendingPathComponent(".kmap.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    static let commands: [[String]] = [
        ["check", "m.kmap"], ["render", "m.kmap", "-o", "m.dot"], ["report", "m.kmap", "-o", "m.md"],
        ["export", "m.kmap", "--format", "json", "-o", "m.json"], ["diff", "m.kmap", "m.kmap"],
    ]

    @Test(arguments: commands)
    func aProjectFileThatIsNotYAMLStopsEveryCommandWithItsDiagnostic(_ arguments: [String]) throws {
        let folder = try Self.project("disabled_rules: [no-broker\n")
        let outcome = try KMapProcess.run(arguments, in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(".kmap.yml:1:1: error[E018 invalid-value]: invalid YAML: "), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.dot").path))
    }

    @Test(arguments: commands.dropFirst())
    func itsWarningsArePrintedOnStandardErrorByTheOtherCommands(_ arguments: [String]) throws {
        let folder = try Self.project("disabled_rules: [no-brokr]\n")
        let outcome = try KMapProcess.run(arguments, in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.components(separatedBy: "no-brokr").count == 3, "printed once (message and source line)")
        #expect(outcome.stderr.contains(".kmap.yml:1:18: warning[W003 unknown-rule]: unknown rule 'no-brokr'; did you mean 'no-broker'?"), "\(outcome.stderr)")
    }

    @Test func checkListsTheWarningsWithItsFindingsOnce() throws {
        let folder = try Self.project("disabled_rules: [no-brokr]\n")
        let outcome = try KMapProcess.run(["check", "m.kmap"], in: folder)
        #expect(outcome.stdout.components(separatedBy: "unknown rule 'no-brokr'").count == 2)
        #expect(!outcome.stderr.contains("no-brokr"))
    }
}
