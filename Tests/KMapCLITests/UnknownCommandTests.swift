import Foundation
import Testing

/// A misspelt command fails with a suggestion instead of "2 unexpected arguments" or the main help.
@Suite struct UnknownCommandTests {
    @Test func aMisspeltCommandSuggestsTheRightOne() throws {
        let outcome = try KMapProcess.run(["chek", "x.kmap"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "kmap: error: unknown command 'chek'. Did you mean 'check'?\n")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func helpAboutAnUnknownCommandFails() throws {
        let outcome = try KMapProcess.run(["help", "rendr"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "kmap: error: unknown command 'rendr'. Did you mean 'render'?\n")
        let nothingClose = try KMapProcess.run(["help", "nosuch"])
        #expect(nothingClose.status == 2)
        #expect(nothingClose.stderr == "kmap: error: unknown command 'nosuch'; 'kmap --help' lists the commands\n")
    }

    @Test func aMapInPlaceOfACommandPointsAtCheck() throws {
        let outcome = try KMapProcess.run(["maps/mature-system.kmap"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("to analyse a map, run 'kmap check maps/mature-system.kmap'"))
    }

    @Test func knownCommandsAndHelpStillWork() throws {
        let help = try KMapProcess.run(["help", "check"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: kmap check"))
        #expect(try KMapProcess.run(["help"]).status == 0)
        #expect(try KMapProcess.run(["rules"]).status == 0)
        #expect(try KMapProcess.run(["--version"]).status == 0)
    }
}
