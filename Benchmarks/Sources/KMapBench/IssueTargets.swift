/// The targets of issue 17 ("a data-oriented core, four times ahead of a NetworkX script, and
/// every output linear"), each with what this run measured: the "Issue targets" table.
///
/// Times are processor time (user + system) except where a row says wall; the peer runs in the
/// same run as kmap (``PeerComparison``).
struct IssueTarget {
    enum Verdict: String { case met, notMet = "not met", notMeasured = "not measured", notChecked = "- (smoke sizes)" }

    var work: String
    var target: String
    var measured: String
    /// The peer's time in the same run, where the row has a peer.
    var peer = "-"
    var verdict: Verdict

    static let header = ["work", "target", "measured", "peer, same run", "verdict"]
    var row: [String] { [work, target, measured, peer, verdict.rawValue] }

    /// Every row, in the issue's order. At smoke sizes the values are shown but not judged.
    static func evaluate(
        stages: [Measurement], commands: [CommandMeasurement], peer: PeerComparison?, peerNote: String?, smoke: Bool
    ) -> [IssueTarget] {
        func judged(_ met: Bool?) -> Verdict { met.map { smoke ? .notChecked : ($0 ? .met : .notMet) } ?? .notMeasured }
        func command(_ prefix: String, largest: Bool) -> CommandMeasurement? {
            let runs = commands.filter { $0.command.hasPrefix("kmap " + prefix) && $0.succeeded && $0.activities != nil }
            return largest ? runs.max { ($0.activities ?? 0) < ($1.activities ?? 0) } : runs.first
        }
        func measured(_ name: String, from activities: Int) -> [Measurement] {
            stages.filter { $0.stage == name && ($0.activities >= activities || smoke) }
        }
        var rows: [IssueTarget] = []

        let peerWork = "kmap check, genmap.py " + (peer.map { Report.count($0.activities) } ?? "100,000") + " activities"
        if let peer {
            rows.append(IssueTarget(
                work: peerWork, target: ">= 4x faster than the peer, <= 0.25 s",
                measured: Report.duration(peer.kmapCPUSeconds) + String(format: " (%.2fx the peer's speed)", peer.speedUp),
                peer: Report.duration(peer.peerCPUSeconds), verdict: judged(peer.speedUp >= 4 && peer.kmapCPUSeconds <= 0.25)
            ))
        } else {
            rows.append(IssueTarget(work: peerWork, target: ">= 4x faster than the peer, <= 0.25 s", measured: peerNote ?? "-", verdict: .notMeasured))
        }

        let check = command("check map-", largest: true)
        rows.append(IssueTarget(
            work: "kmap check, " + (check?.activities.map(Report.count) ?? "1,000,000") + " activities (kmap generate)",
            target: "<= 2.5 s, <= 600 MB peak",
            measured: check.map { Report.duration($0.cpuSeconds) + ", " + Report.megabytes($0.peakBytes) } ?? "-",
            verdict: check?.activities == 1_000_000 || smoke ? judged(check.map { $0.cpuSeconds <= 2.5 && $0.peakBytes <= 600_000_000 }) : .notMeasured
        ))

        let parseRates = measured("parse", from: 100_000).map(\.megabytesPerSecond)
        rows.append(IssueTarget(
            work: "parsing (parse stage, 100,000 activities and up)", target: ">= 400 MB/s",
            measured: parseRates.min().map { Report.rate($0) + " MB/s" } ?? "-", verdict: judged(parseRates.min().map { $0 >= 400 })
        ))

        let report = commands.first { $0.command.hasPrefix("kmap report") && $0.succeeded }
        rows.append(IssueTarget(
            work: "kmap report -o r.html, " + (report?.activities.map(Report.count) ?? "100,000") + " activities", target: "<= 1 s",
            measured: report.map { Report.duration($0.cpuSeconds) } ?? "-", verdict: judged(report.map { $0.cpuSeconds <= 1 })
        ))

        let dotRates = measured("dot", from: 100_000).map(\.megabytesPerSecond)
        rows.append(IssueTarget(
            work: "DOT emission (dot stage, 100,000 activities and up)", target: ">= 60 MB/s",
            measured: dotRates.min().map { Report.rate($0) + " MB/s" } ?? "-", verdict: judged(dotRates.min().map { $0 >= 60 })
        ))

        let export = measured("export-json", from: 1_000_000).max { $0.activities < $1.activities }
        rows.append(IssueTarget(
            work: "export --format json, " + (export.map { Report.count($0.activities) } ?? "1,000,000") + " activities (export-json stage)",
            target: "<= 2 s", measured: export.map { Report.duration($0.cpuSeconds) } ?? "-",
            verdict: judged(export.map { $0.cpuSeconds <= 2 })
        ))

        let oneWorker = commands.first { $0.command.hasPrefix("kmap check --jobs 1 many") && $0.succeeded }
        let perCore = commands.first { $0.command.hasPrefix("kmap check many") && $0.succeeded }
        let speedUp = oneWorker.flatMap { one in perCore.map { one.seconds / $0.seconds } }
        rows.append(IssueTarget(
            work: "kmap check of 1,000 maps (20 at smoke sizes), all cores vs one (wall)",
            target: ">= 1.8x, same output order", measured: speedUp.map { String(format: "%.2fx", $0) } ?? "-",
            verdict: judged(speedUp.map { $0 >= 1.8 })
        ))

        rows.append(defaultLimit(commands, smoke: smoke, judged: judged))
        return rows
    }

    /// Whether `kmap check` of the largest generated map, run without `--max-input-size`, was
    /// let through (``EndToEnd`` runs it with the limit raised only when the default refused it);
    /// judged only on a 1,000,000-activity map (any size at smoke sizes).
    private static func defaultLimit(_ commands: [CommandMeasurement], smoke: Bool, judged: (Bool?) -> Verdict) -> IssueTarget {
        let plain = commands.filter { $0.command.hasPrefix("kmap check map-") && !$0.command.contains("--max-input-size") }
        let largest = plain.max { ($0.activities ?? 0) < ($1.activities ?? 0) }
        let judgedRun = smoke || largest?.activities == 1_000_000 ? largest : nil
        return IssueTarget(
            work: "default --max-input-size, " + (largest?.activities.map(Report.count) ?? "1,000,000") + "-activity map",
            target: "lets it through",
            measured: largest.map { ($0.succeeded ? "let through" : "refused") + " (\(Report.megabytes($0.inputBytes)), exit \($0.status))" } ?? "-",
            verdict: judged(judgedRun.map(\.succeeded))
        )
    }
}
