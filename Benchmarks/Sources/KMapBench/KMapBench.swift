import Foundation

/// kmap's benchmark harness: measures every stage of the pipeline in process at growing sizes,
/// then the `kmap` binary end to end, checks the performance targets, prints a table and
/// (with `--markdown`) rewrites the generated section of `docs/PERFORMANCE.md`.
@main
struct KMapBench {
    static func main() {
        do {
            let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
            if let activities = options.childSize {
                try StageRunner(options: options).runInChild(activities: activities, stages: Stage.named(options.stages))
                return
            }
            try run(options)
        } catch {
            FileHandle.standardError.write(Data("KMapBench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ options: Options) throws {
        let progress = { (message: String) in FileHandle.standardError.write(Data("… \(message)\n".utf8)) }
        let (stages, notMeasured) = try StageRunner(options: options).runAll(progress: progress)
        var commands: [CommandMeasurement] = []
        var (peer, peerNote): (PeerComparison?, String?) = (nil, "not measured: no kmap binary given (--kmap)")
        if let kmap = options.kmap {
            commands = try EndToEnd(kmap: kmap, options: options).runAll(progress: progress)
            (peer, peerNote) = PeerComparison.run(kmap: kmap, options: options, progress: progress)
        }
        let report = Report(
            machine: Machine.describe(), stages: stages, commands: commands,
            targets: options.smoke ? [] : TargetCheck.evaluate(stages: stages, commands: commands),
            issueTargets: IssueTarget.evaluate(stages: stages, commands: commands, peer: peer, peerNote: peerNote, smoke: options.smoke),
            notMeasured: notMeasured, commandLine: "make bench"
        )
        print(report.text)
        if let path = options.markdown {
            try report.update(markdownAt: path)
            progress("wrote \(path)")
        }
        if options.smoke, let failed = commands.first(where: { !$0.succeeded }) {
            throw BenchError("\(failed.command) failed with exit status \(failed.status)")
        }
    }
}
