import ArgumentParser
import KMapAnalysis
import KMapEvidence
import KMapReport

/// `kmap evidence`: the map against what its evidence logs say happened.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Check a map against evidence logs of what happened: activities never held, cadences not kept, absent owners, unheard stakeholders, lessons not acted on.",
        discussion: """
            An evidence log is a CSV file with one row per time an activity happened: date \
            (YYYY-MM-DD), activity (an activity id of the map), participants (stakeholder ids \
            separated by ';'), and optionally id, acts_on (the id of an earlier occurrence this one \
            applies or carries on) and note; other columns are kept and ignored. Findings print \
            like `check`'s, followed by the indicators in practice; rules are configured the same \
            way (--disable, --severity, .kmap.yml, whose `evidence:` key sets not_acted_on_days and \
            cadence_tolerance). Exit status 1 when a finding is at or above --fail-on, 2 when the \
            map or a log is invalid.
            """
    )

    @Argument(help: "The map.", completion: .maps)
    var map: String

    @Argument(help: "The evidence logs (CSV).", completion: .file(extensions: ["csv"]))
    var logs: [String]

    @Option(help: "Output format: text, json or sarif.")
    var format: CheckFormat = .text

    @Option(help: "Lowest severity that makes the run fail with status 1: error, warning, info or never. Default: the project file's fail_on, else error.")
    var failOn: FailOn?

    @OptionGroup var period: EvidencePeriodOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
        if logs.isEmpty { throw ValidationError("name at least one evidence log after the map") }
    }

    func run() throws {
        let pipeline = try MapReader.analyze(map, options: input, analysis: analysis, failOn: failOn)
        let result = try EvidenceInput.check(pipeline, logs: logs, period: period.period, options: input)
        let merged = EvidenceCheck.merged(pipeline.analysis, with: result, keepingGaps: false)
        let indicators = EvidenceIndicators(result.context)
        switch format {
        case .text:
            var output = StandardOutput()
            FindingsTextReporter.write(merged, useColor: input.colorOutput, namingFile: false, to: &output)
            let engagement = pipeline.analysis.engagement
            output.write(EvidenceIndicatorsText.render(indicators, context: result.context) { engagement[$0, $1].owner })
            output.flush()
        case .json:
            Terminal.printOut(FindingsJSONReporter.report(merged, extra: [("evidence", EvidenceIndicatorsJSON.object(indicators, context: result.context))]))
        case .sarif: Terminal.printOut(SARIFReporter.report([merged], toolVersion: KMapCommand.configuration.version))
        }
        ProcessMemory.keepUntilExit(pipeline)
        if merged.fails { throw ExitStatus.findings }
    }
}
