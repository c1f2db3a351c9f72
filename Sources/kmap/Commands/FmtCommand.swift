import ArgumentParser
import KMapLanguage

/// `kmap fmt`: prints maps in their canonical layout, or rewrites them in place.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Print maps in the canonical layout, or rewrite them in place.",
        discussion: """
            Formatting keeps every comment and attribute; only layout changes. A file with syntax \
            errors is never rewritten.
            """
    )

    @Argument(help: "The maps or folders of maps to format (a folder stands for every .kmap file under it).", completion: .maps)
    var files: [String]

    @Flag(help: "Rewrite each file in place (atomically; files with syntax errors are left untouched).")
    var write = false

    @Flag(help: "Change nothing; list the files that are not in canonical layout and exit with status 1 if any.")
    var check = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        if write && check { throw ValidationError("--write and --check cannot be used together") }
        if files.isEmpty { throw ValidationError("name at least one map to format") }
        if write && files.contains("-") { throw ValidationError("--write cannot rewrite standard input") }
    }

    func run() throws {
        var failed = false
        var unformatted: [String] = []
        for path in try MapPaths.expand(files) {
            let source = try MapReader.loadSource(path, options: input)
            let parsed = Parser.parse(source)
            if parsed.diagnostics.contains(where: { $0.severity == .error }) {
                MapReader.report(parsed.diagnostics, in: source, options: input)
                failed = true
                continue
            }
            let formatted = Formatter.format(parsed.file)
            if check {
                if formatted != source.text { unformatted.append(path) }
            } else if write {
                if formatted != source.text { try AtomicFile.write(formatted, to: path) }
            } else {
                Terminal.printOut(formatted)
            }
        }
        for path in unformatted { Terminal.printOut("\(path)\n") }
        if failed { throw ExitStatus.invalidInput }
        if !unformatted.isEmpty { throw ExitStatus.findings }
    }
}
