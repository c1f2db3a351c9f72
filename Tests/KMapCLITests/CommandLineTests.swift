import Foundation
import Testing

/// The command line as a user meets it: help, version, completions, exit statuses.
@Suite struct CommandLineTests {
    @Test func helpListsEverySubcommandWithAnAbstract() throws {
        let outcome = try KMapProcess.run(["--help"])
        #expect(outcome.status == 0)
        for name in ["check", "rules", "explain", "fmt", "techniques"] {
            #expect(outcome.stdout.contains("\n  \(name) "), "missing subcommand \(name)")
        }
    }

    @Test func subcommandHelpPrintsUsageAndSucceeds() throws {
        let outcome = try KMapProcess.run(["check", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("USAGE: kmap check"))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func colorHelpSaysEachStreamDecidesForItself() throws {
        let outcome = try KMapProcess.run(["check", "--help"])
        let help = outcome.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(help.contains("standard output for findings, standard error for problems in the input"), "\(outcome.stdout)")
        #expect(!help.contains("when standard error is a terminal"))
    }

    @Test func versionIsPrinted() throws {
        let outcome = try KMapProcess.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: ".").count == 3)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(shell: String) throws {
        let outcome = try KMapProcess.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("check"))
        #expect(outcome.stdout.contains("fmt"))
    }

    @Test func misuseExitsWithStatusTwo() throws {
        let unknownOption = try KMapProcess.run(["check", "--no-such-flag", "maps/mature-system.kmap"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("--no-such-flag"))
        let unknownRule = try KMapProcess.run(["check", "--disable", "no-brokr", "maps/mature-system.kmap"])
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("did you mean 'no-broker'?"))
    }

    @Test func invalidMapExitsWithStatusTwoAndPointsAtTheError() throws {
        let outcome = try KMapProcess.run(["check", "-"], stdin: "generation pdsa \"PDSA\" by teachrs\n")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("<stdin>:1:"))
        #expect(outcome.stderr.contains("error[E012 undefined-reference]"))
        #expect(outcome.stderr.contains("^"))
    }

    @Test func diagnosticsCanBePrintedAsJSON() throws {
        let outcome = try KMapProcess.run(["check", "--diagnostics-format", "json", "-"], stdin: "generaton pdsa \"PDSA\"\n")
        #expect(outcome.status == 2)
        let data = Data(outcome.stderr.utf8)
        let parsed = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        #expect(parsed?.first?["slug"] as? String == "unknown-phase")
    }
}
