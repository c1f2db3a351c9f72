import ArgumentParser
import Foundation
import KMapLanguage
import KMapEvidence
import KMapPipeline
import KMapReport

/// `kmap init`: writes a commented starter map to begin from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter map that teaches the language by example.",
        discussion: "Templates:\n" + StarterMap.allCases.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
            + "\n\nBeside the map goes a starter evidence log (NAME.evidence.csv, for `kmap evidence`): three "
            + "months of the template's activities at their cadences. An existing file is never overwritten."
    )

    @Argument(help: ArgumentHelp("The map file to create (`-` prints the template).", valueName: "file"), completion: .maps)
    var file: String

    @Option(help: "The starter template: blank, school-network, development-programme or engineering-org.")
    var template: StarterMap = .blank

    func run() throws {
        if file == "-" {
            Terminal.printOut(template.text)
            return
        }
        guard try AtomicFile.create(template.text, at: file) else {
            throw UserError("'\(file)' already exists; kmap init never overwrites a file")
        }
        let log = Self.logPath(besides: file)
        let map = Pipeline.compile(SourceFile(path: file, text: template.text)).map
        let text = EvidenceLogTemplate.log(for: map, from: Self.logStart, days: 90)
        let wroteLog = try AtomicFile.create(text, at: log)
        Terminal.printError("Wrote \(file) from the \(template.name) template"
            + (wroteLog ? " and \(log), a starter evidence log" : "; kept the existing \(log)")
            + ". Next: kmap check \(file), then kmap evidence \(file) \(log)\n")
    }

    /// The first day of the starter log.
    static let logStart = EvidenceDate(year: 2026, month: 1, day: 5)!

    /// `team.evidence.csv` beside `team.kmap`.
    static func logPath(besides map: String) -> String {
        (map.hasSuffix(".kmap") ? String(map.dropLast(5)) : map) + ".evidence.csv"
    }
}

extension StarterMap: ExpressibleByArgument {}
