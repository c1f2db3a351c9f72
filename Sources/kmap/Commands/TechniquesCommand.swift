import ArgumentParser
import KMapReport
import KMapModel
import KMapText

/// `kmap techniques`: the built-in catalog of KM techniques that remedies cite.
struct TechniquesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "techniques",
        abstract: "List the catalog of KM techniques (slugs for the `technique` attribute)."
    )

    @Option(help: "Only techniques that serve this phase of the default cycle (e.g. sharing).")
    var phase: String?

    @Option(help: "Output format: text or markdown.")
    var format: ListFormat = .text

    func validate() throws {
        if let phase, !TechniqueCatalog.all.contains(where: { $0.serves(phase) }) {
            throw ValidationError("no technique serves a phase named '\(phase)'; phases: \(KMapModel.Framework.defaultPhases.joined(separator: ", "))")
        }
    }

    func run() throws {
        let techniques = TechniqueCatalog.all.filter { phase == nil || $0.serves(phase ?? "") }
        switch format {
        case .text:
            var table = TextTable("slug", "phases", "when", "what it is")
            for technique in techniques {
                table.append([technique.slug, technique.phases.joined(separator: ", "), technique.timing?.rawValue ?? "", technique.summary])
            }
            Terminal.printOut(table.render())
        case .markdown:
            var output = "| slug | name | phases | when | what it is |\n|---|---|---|---|---|\n"
            for technique in techniques {
                let cells = [technique.slug, technique.name, technique.phases.joined(separator: ", "), technique.timing?.rawValue ?? "", technique.summary]
                output += "| " + cells.map(MarkdownText.inline).joined(separator: " | ") + " |\n"
            }
            Terminal.printOut(output)
        }
    }
}

/// `--format text|markdown` for listings.
enum ListFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, markdown
}
