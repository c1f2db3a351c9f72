import Foundation
import Testing

/// `kmap check` of many maps runs them on several workers (`--jobs`, one per core by default) and
/// prints exactly what checking them one after the other prints: the same bytes on standard
/// output and standard error, in the same order, and the same exit status, in every format.
@Suite struct CheckInParallelTests {
    /// A folder of 36 maps of every kind `check` meets: generated maps of different sizes and
    /// seeds (findings of every rule), the example maps, maps that do not parse or resolve, and
    /// maps under a project file with a warning and under one that cannot be read.
    static let folder: URL = {
        let folder = try! KMapProcess.temporaryFolder()
        for seed in 1...24 {
            let path = folder.appendingPathComponent(String(format: "generated/g%02d.kmap", seed)).path
            try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let outcome = try! KMapProcess.run(["generate", "--activities", String(10 + seed * 7), "--seed", String(seed), "-o", path])
            precondition(outcome.status == 0, outcome.stderr)
        }
        let examples = ["literacy-network", "broken-everything", "mature-system", "regional-health-2025"]
        var files: [String: String] = [
            "invalid/unterminated.kmap": "generation g \"G\n",
            "invalid/unknown-names.kmap": "generation g \"G\" by nobody\ng -> missing\n",
            "warned/.kmap.yml": "disabled_rules: [no-brokr]\n",
            "unreadable-project/.kmap.yml": "disabled_rules: [no-broker\n",
        ]
        for (index, name) in examples.enumerated() {
            let text = try! String(contentsOf: KMapProcess.repositoryRoot.appendingPathComponent("maps/\(name).kmap"), encoding: .utf8)
            files["examples/\(name).kmap"] = text
            files[index.isMultiple(of: 2) ? "warned/\(name).kmap" : "unreadable-project/\(name).kmap"] = text
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }()

    static let formats = ["text", "json", "sarif"]

    @Test(arguments: formats)
    func aFolderCheckedInParallelPrintsWhatOneWorkerPrints(_ format: String) throws {
        let arguments = ["check", "--format", format, "--fail-on", "warning", Self.folder.path]
        let alone = try KMapProcess.run(arguments + ["--jobs", "1"])
        #expect(alone.status == 2, "invalid maps in the folder: \(alone.stderr)")
        #expect(alone.stderr.contains("unterminated.kmap") && alone.stderr.contains("E018"))
        for jobs in ["4", "2"] {
            let parallel = try KMapProcess.run(arguments + ["--jobs", jobs])
            #expect(parallel.status == alone.status)
            #expect(parallel.stdout == alone.stdout, "\(format), \(jobs) workers: standard output differs")
            #expect(parallel.stderr == alone.stderr, "\(format), \(jobs) workers: standard error differs")
        }
        let byDefault = try KMapProcess.run(arguments)
        #expect(byDefault.stdout == alone.stdout && byDefault.stderr == alone.stderr)
    }

    @Test func theMapsAreReportedInTheOrderTheyWereNamed() throws {
        let generated = (1...24).reversed().map { Self.folder.appendingPathComponent(String(format: "generated/g%02d.kmap", $0)).path }
        let outcome = try KMapProcess.run(["check", "--fail-on", "never", "--jobs", "4"] + generated)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(CheckFoldersTests.summarisedPaths(outcome.stdout) == generated)
    }

    @Test func eachMapAloneGivesTheSameFindingsAsTheParallelRun() throws {
        let maps = (1...6).map { Self.folder.appendingPathComponent(String(format: "generated/g%02d.kmap", $0)).path }
        let together = try KMapProcess.run(["check", "--format", "json", "--fail-on", "never", "--jobs", "4"] + maps)
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(together.stdout.utf8)) as? [Any])
        for (map, document) in zip(maps, documents) {
            let alone = try KMapProcess.run(["check", "--format", "json", "--fail-on", "never", map])
            let single = try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8))
            #expect(NSDictionary(dictionary: single as! [String: Any]) == NSDictionary(dictionary: document as! [String: Any]), "\(map)")
        }
        #expect(documents.count == maps.count)
    }

    @Test func jobsMustBeAtLeastOne() throws {
        let outcome = try KMapProcess.run(["check", "--jobs", "0", "maps/mature-system.kmap"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--jobs must be at least 1"))
    }
}
