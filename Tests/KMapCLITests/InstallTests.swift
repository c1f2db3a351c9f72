import Foundation
import KMapTestSupport
import Testing

/// `make install` puts the binary, the man page and the completions under DESTDIR/PREFIX, and
/// what it installs works: the man page renders and the completions complete.
@Suite struct InstallTests {
    /// Runs the install step of `make install` for the test binary (the build half would run
    /// SwiftPM inside the test run) into a fresh DESTDIR; returns DESTDIR/PREFIX.
    static func install() throws -> URL {
        let destination = try KMapProcess.temporaryFolder()
        let outcome = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), [
            "make", "--no-print-directory", "-s", "install-files",
            "DESTDIR=\(destination.path)", "PREFIX=/opt/kmap", "KMAP=\(KMapProcess.binary.path)",
        ], in: KMapProcess.repositoryRoot)
        #expect(outcome.status == 0, "make install-files failed: \(outcome.stderr)")
        return destination.appendingPathComponent("opt/kmap")
    }

    /// What bash offers for the last word of `words` with the installed completion script.
    static func bashCompletions(_ words: [String], script: URL, in directory: URL) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _kmap kmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let outcome = try ChildProcess.run(URL(fileURLWithPath: "/bin/bash"), ["-c", program], in: directory)
        return outcome.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func installsTheBinaryTheManPageAndTheCompletions() throws {
        let prefix = try Self.install()
        let binary = prefix.appendingPathComponent("bin/kmap")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
        #expect(try ChildProcess.run(binary, ["--version"]).stdout.hasPrefix("0."))
        let manPage = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/kmap.1"), encoding: .utf8)
        #expect(manPage == (try String(contentsOf: ManPageTests.committed, encoding: .utf8)))
        let zsh = try String(contentsOf: prefix.appendingPathComponent("share/zsh/site-functions/_kmap"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef kmap"))
        let fish = try String(contentsOf: prefix.appendingPathComponent("share/fish/vendor_completions.d/kmap.fish"), encoding: .utf8)
        #expect(fish.contains("complete -c 'kmap'"))
        #expect(fish.contains("-l 'disable'") && fish.contains("no-broker"))
    }

    @Test func bashCompletesMapFilesAndRuleSlugs() throws {
        let script = try Self.install().appendingPathComponent("share/bash-completion/completions/kmap")
        let root = KMapProcess.repositoryRoot
        let maps = root.appendingPathComponent("maps")
        #expect(try Self.bashCompletions(["kmap", "chec"], script: script, in: root) == ["check"])
        #expect(try Self.bashCompletions(["kmap", "explain", "no-"], script: script, in: root) == ["no-broker", "no-success-standard"])
        #expect(try Self.bashCompletions(["kmap", "check", "--disable", "idle"], script: script, in: root) == ["idle-broker"])
        #expect(try Self.bashCompletions(["kmap", "check", "--severity", "open-loop"], script: script, in: root)
            == ["open-loop=error", "open-loop=info", "open-loop=warning"])
        #expect(try Self.bashCompletions(["kmap", "check", "lit"], script: script, in: maps) == ["literacy-network.kmap"])
        #expect(try Self.bashCompletions(["kmap", "render", "REA"], script: script, in: maps) == [], "README.md is not a map")
        #expect(try Self.bashCompletions(["kmap", "check", "map"], script: script, in: root) == ["maps"])
    }
}
