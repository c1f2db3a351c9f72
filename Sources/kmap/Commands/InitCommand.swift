import ArgumentParser
import Foundation
import KMapReport

/// `kmap init`: writes a commented starter map to begin from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter map that teaches the language by example.",
        discussion: "Templates:\n" + StarterMap.allCases.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
            + "\n\nAn existing file is never overwritten."
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
        Terminal.printError("Wrote \(file) from the \(template.name) template. Next: kmap check \(file)\n")
    }
}

extension StarterMap: ExpressibleByArgument {}
