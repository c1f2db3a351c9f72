import Foundation
import Testing

/// `never` as the failure threshold, on the command line and in `.kmap.yml`.
@Suite struct FailOnNeverTests {
    static func project(failOn: String) throws -> URL {
        let folder = try KMapProcess.temporaryFolder()
        let map = KMapProcess.repositoryRoot.appendingPathComponent("maps/broken-everything.kmap")
        try FileManager.default.copyItem(at: map, to: folder.appendingPathComponent("broken.kmap"))
        try "fail_on: \(failOn)\n".write(to: folder.appendingPathComponent(".kmap.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theProjectFileAcceptsNever() throws {
        let folder = try Self.project(failOn: "never")
        let outcome = try KMapProcess.run(["check", "broken.kmap"], in: folder)
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.contains("invalid-value"), "fail_on: never was reported as invalid")
        #expect(!outcome.stdout.contains("expected error"))
        #expect(outcome.stdout.contains("error[KM"))
        let json = try KMapProcess.run(["check", "--format", "json", "broken.kmap"], in: folder)
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["failOn"] as? String == "never")
        #expect(summary["fails"] as? Bool == false)
    }

    @Test func theCommandLineOverridesTheProjectFileBothWays() throws {
        let lenient = try Self.project(failOn: "never")
        #expect(try KMapProcess.run(["check", "--fail-on", "error", "broken.kmap"], in: lenient).status == 1)
        let strict = try Self.project(failOn: "info")
        #expect(try KMapProcess.run(["check", "broken.kmap"], in: strict).status == 1)
        let overridden = try KMapProcess.run(["check", "--fail-on", "never", "--format", "json", "broken.kmap"], in: strict)
        #expect(overridden.status == 0)
        #expect(overridden.stdout.contains("\"failOn\": \"never\""))
    }

    @Test func aWrongValueNamesNeverAmongTheChoices() throws {
        let folder = try Self.project(failOn: "sometimes")
        let outcome = try KMapProcess.run(["check", "broken.kmap"], in: folder)
        #expect(outcome.stdout.contains("expected error, warning, info or never"))
    }
}
