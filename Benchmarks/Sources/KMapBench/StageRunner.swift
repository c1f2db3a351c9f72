import Foundation

/// Runs the in-process stages. Each stage at each size runs in a child process of its own that
/// builds only that stage's inputs, so memory left over from one measurement never counts
/// against another.
struct StageRunner {
    let options: Options

    /// Child side: measures `stages` at `activities` and prints one result line per stage.
    func runInChild(activities: Int, stages: [Stage]) throws {
        let fixture = Fixture(activities: activities)
        for stage in stages {
            try stage.prepare(fixture)
            let result = try Measure.run(repetitions: options.repetitions(at: activities, isRender: stage.isRender)) {
                try Measure.countingInstructions { try stage.run(fixture) }
            }
            if options.smoke, result.outputSize <= 0 {
                throw BenchError("stage \(stage.name) produced nothing at \(activities) activities")
            }
            let measurement = Measurement(
                stage: stage.name, activities: activities, inputBytes: fixture.bytes.count, seconds: result.seconds,
                cpuSeconds: result.cpuSeconds, peakBytes: result.peakBytes, addedBytes: result.addedBytes, outputSize: result.outputSize
            )
            FileHandle.standardOutput.write(Data((measurement.line + "\n").utf8))
            try stage.check(fixture)
        }
    }

    /// Parent side: every regular stage at every size, then every render stage at every render size.
    /// A measurement over the time limit, or (outside smoke runs) one that fails, is named with its
    /// reason and left out; the others go on.
    func runAll(progress: (String) -> Void) throws -> (measurements: [Measurement], notMeasured: [String]) {
        let selected = try Stage.named(options.stages)
        var measurements: [Measurement] = []
        var notMeasured: [String] = []
        let plans = [(options.sizes, selected.filter { !$0.isRender }), (options.renderSizes, selected.filter(\.isRender))]
        for (sizes, stages) in plans where !stages.isEmpty {
            for activities in sizes {
                for stage in stages {
                    progress("measuring \(stage.name) at \(activities) activities")
                    do {
                        measurements += try runChild(activities: activities, stages: [stage])
                    } catch let error as BenchError where error.isTimeout || !options.smoke {
                        progress("\(stage.name) at \(activities) activities: \(error)")
                        notMeasured.append("\(stage.name) at \(Report.count(activities)) activities (\(error))")
                    }
                }
            }
        }
        return (measurements, notMeasured)
    }

    private func runChild(activities: Int, stages: [Stage]) throws -> [Measurement] {
        var arguments = [StageRunner.executablePath(), "--child", String(activities), "--stages", stages.map(\.name).joined(separator: ",")]
        if options.smoke { arguments.append("--smoke") }
        if let repetitions = options.repetitions { arguments += ["--repetitions", String(repetitions)] }
        let outcome = try Spawn.run(arguments, timeLimit: options.timeLimit)
        guard outcome.status == 0 else {
            throw BenchError("failed with exit status \(outcome.status)")
        }
        return outcome.output.split(separator: "\n").compactMap(Measurement.init(line:))
    }

    /// This program's own path, to start it again as a child.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
