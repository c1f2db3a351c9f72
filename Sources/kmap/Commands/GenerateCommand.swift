import ArgumentParser
import KMapGenerate

/// `kmap generate`: writes a large, realistic, valid map for benchmarks and experiments.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a large, realistic map (the same seed always gives the same map).",
        discussion: """
            The map has waves of every phase with branching, repositories, stakeholder groups with \
            brokers and cadences; a share of its waves carries a planted gap (skipped phases, unused \
            repositories, open loops, sharing without a broker, ...). It always parses and resolves \
            without errors.
            """
    )

    @Option(name: .long, help: "Number of activities.")
    var activities: Int = 1000

    @Option(name: .long, help: "Seed of the generator; the same seed gives the same map.")
    var seed: UInt64 = 1

    @Option(name: .customLong("gap-share"), help: "Share of waves (0 to 1) that carry a planted gap.")
    var gapShare: Double = 0.1

    @Flag(name: .long, help: "Write a later version of the map (renames, additions, removals, closed gaps).")
    var evolved = false

    @Option(name: [.short, .long], help: "Write the map to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard activities >= 0 else { throw ValidationError("--activities must be 0 or more") }
        guard (0...1).contains(gapShare) else { throw ValidationError("--gap-share must be between 0 and 1") }
    }

    func run() throws {
        var progress = ProgressLine()
        progress.show("kmap: generating \(ProgressLine.activities(activities))…")
        let generator = MapGenerator(activities: activities, seed: seed, gapShare: gapShare)
        let text = evolved ? generator.generateEvolved() : generator.generate()
        progress.clear()
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            Terminal.printOut(text)
        }
    }
}
