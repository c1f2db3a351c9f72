import KMapAnalysis
import KMapLanguage
import KMapModel

/// The analysis as JSON for tools, with stable field names under `"version": 1` (fields may be
/// added; none is renamed or removed without raising the version).
///
/// Top level: `version`, `path`, `summary` (`wavesComplete`, `wavesTotal`, `wavesClosed`,
/// `errors`, `warnings`, `info`, `suppressed`, `failOn`, `fails`), `waves` (`id`, `label`,
/// `declared`, `start`, `complete`, `closed`, `reached` and `missing` phase names,
/// `furthestPhase`, `lastActivity`, `path` of node ids), `findings` and `suppressed` (`code`,
/// `slug`, `severity`, `message`, `subject`, `wave`, `missingPhase`, `nodes`, `range`, `notes`,
/// `remedy`, `techniques`), and `configurationDiagnostics` (as `DiagnosticJSON`). Ranges have
/// `start` and `end`, each with 1-based `line` and `column` (characters) and a 0-based byte `offset`.
public enum FindingsJSONReporter {
    public static let version = 1

    /// The document for `result`; `extra` members (name and JSON text) follow the others, as
    /// `kmap evidence` adds its indicators.
    public static func report(_ result: AnalysisResult, extra: [(name: String, json: String)] = []) -> String {
        let map = result.map
        let diagnostics = result.configurationDiagnostics.map { JSON.raw(DiagnosticJSON.object(for: $0, in: map.source)) }
            + result.projectDiagnostics.compactMap { diagnostic in
                result.projectSource.map { JSON.raw(DiagnosticJSON.object(for: diagnostic, in: $0)) }
            }
        let document = JSON.object([
            ("version", .int(version)),
            ("path", .string(map.source.path)),
            ("summary", summary(result)),
            ("waves", .array(result.waves.map { wave($0, in: map) })),
            ("findings", .array(result.findings.map { finding($0, in: map) })),
            ("suppressed", .array(result.suppressed.map { finding($0, in: map) })),
            ("configurationDiagnostics", .array(diagnostics)),
        ] + extra.map { ($0.name, JSON.raw($0.json)) })
        return document.rendered() + "\n"
    }

    private static func summary(_ result: AnalysisResult) -> JSON {
        let summary = result.summary
        return .object([
            ("wavesComplete", .int(summary.completeWaves)), ("wavesTotal", .int(summary.totalWaves)),
            ("wavesClosed", .int(summary.closedWaves)), ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)), ("info", .int(summary.infos)),
            ("suppressed", .int(summary.suppressed)), ("failOn", .string(result.failureThreshold.rawValue)),
            ("fails", .bool(result.fails)),
        ])
    }

    private static func wave(_ wave: WaveResult, in map: KMap) -> JSON {
        let phases = map.framework.phases
        var members: [(String, JSON)] = [
            ("id", .string(wave.id)), ("label", .string(wave.label)), ("declared", .bool(wave.declared)),
            ("start", .string(map.activities[wave.start].id)), ("complete", .bool(wave.isComplete)),
            ("closed", .bool(wave.isClosed)),
            ("reached", .array(phases.indices.filter { wave.reached[$0] }.map { .string(phases[$0]) })),
            ("missing", .array(wave.missingPhases.map { .string(phases[$0]) })),
            ("furthestPhase", .string(phases[wave.furthestPhase])),
            ("lastActivity", .string(map.activities[wave.lastActivity].id)),
            ("path", .array(wave.path.map { .string(map.id(of: $0)) })),
        ]
        if let asIs = wave.asIs {
            var today: [(String, JSON)] = [
                ("exists", .bool(asIs.exists)), ("complete", .bool(asIs.isComplete)), ("closed", .bool(asIs.isClosed)),
                ("reached", .array(phases.indices.filter { asIs.reached[$0] }.map { .string(phases[$0]) })),
                ("onPaper", .array(wave.phasesOnPaper(in: map.framework).map { .string(phases[$0]) })),
            ]
            if let last = asIs.lastActivity { today.append(("lastActivity", .string(map.activities[last].id))) }
            members.append(("asIs", .object(today)))
        }
        return .object(members)
    }

    private static func finding(_ finding: Finding, in map: KMap) -> JSON {
        .object([
            ("code", .string(finding.code)), ("slug", .string(finding.slug)),
            ("severity", .string(finding.severity.rawValue)), ("message", .string(finding.message)),
            ("subject", .string(finding.key)), ("wave", finding.wave.map(JSON.string) ?? .null),
            ("missingPhase", finding.missingPhase.map { .string(map.framework.phases[$0]) } ?? .null),
            ("nodes", .array(finding.nodes.map { .string(map.id(of: $0)) })),
            ("range", range(finding.range, in: map.source)),
            ("notes", .array(finding.notes.map { note in
                .object([("message", .string(note.message)), ("range", note.range.map { range($0, in: map.source) } ?? .null)])
            })),
            ("remedy", .string(finding.remedy)),
            ("techniques", .array(finding.description.techniques.map(JSON.string))),
        ])
    }

    private static func range(_ range: SourceRange, in source: SourceFile) -> JSON {
        func position(_ offset: Int) -> JSON {
            let location = source.location(of: offset)
            return .object([("line", .int(location.line)), ("column", .int(location.column)), ("offset", .int(offset))])
        }
        return .object([("start", position(range.start)), ("end", position(range.end))])
    }
}
