import ArgumentParser

/// The `kmap` command: subcommands are added as the stages land.
@main
struct KMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kmap",
        abstract: "Map a knowledge-management system, find where its learning cycle breaks, and draw it.",
        version: "0.1.0",
        subcommands: [
            DiffCommand.self,
            TrendCommand.self,
        ]
    )
}
