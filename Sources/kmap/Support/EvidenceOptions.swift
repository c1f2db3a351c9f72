import ArgumentParser
import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapModel
import KMapPipeline

extension EvidenceDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// The period flags of `kmap evidence`, and the one way a command checks a map against logs.
struct EvidencePeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day of the period, YYYY-MM-DD (default: the first date in the logs).", valueName: "date"))
    var from: EvidenceDate?

    @Option(help: ArgumentHelp("Last day of the period, YYYY-MM-DD (default: the last date in the logs).", valueName: "date"))
    var to: EvidenceDate?

    func validate() throws {
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
    }

    var period: EvidencePeriod { EvidencePeriod(from: from, to: to) }
}

enum EvidenceInput {
    /// Reads the logs at `paths` against the analysed map and checks it: prints each log's
    /// diagnostics on standard error and stops with exit status 2 when a log has errors.
    /// The evidence rules run with the settings the map was analysed with.
    static func check(_ pipeline: PipelineResult, logs paths: [String], period: EvidencePeriod,
                      options: InputOptions) throws -> EvidenceResult {
        let evidence = try read(paths, against: pipeline.analysis.map, options: options)
        return EvidenceCheck.check(pipeline.analysis.map, evidence: evidence, period: period, configuration: pipeline.analysis.configuration)
    }

    /// Reads the logs at `paths` against `map`: prints each log's diagnostics on standard error
    /// (`log.csv:row:column: ...`) and stops with exit status 2 when a log has errors.
    static func read(_ paths: [String], against map: KMap, options: InputOptions) throws -> Evidence {
        let logs = try paths.map { try MapReader.loadSource($0, options: options) }
        let evidence = EvidenceReader.read(logs, against: map)
        for (index, log) in logs.enumerated() {
            MapReader.report(evidence.diagnostics(ofLog: index), in: log, options: options)
        }
        if evidence.hasErrors { throw ExitStatus.invalidInput }
        return evidence
    }
}
