import KMapAnalysis
import KMapLanguage
import KMapText

/// Writes a ``MapDiff`` as one JSON object with stable field names:
///
/// - `old`, `new`: `path` and `summary` (`completeWaves`, `totalWaves`, `closedWaves`, `errors`,
///   `warnings`, `infos`);
/// - `changes`: `change` (added, removed, renamed, changed), `entity`, `id`, `previousId`,
///   `label`, `phase`, `attributes` (`name`, `old`, `new`);
/// - `renames`: old id to new id;
/// - `findings`: `resolved` and `introduced` (each `code`, `slug`, `severity`, `subject`, `line`,
///   `message`; lines in the version the finding comes from), `persisting` (`old` and `new`);
/// - `waves`: `id`, `previousId`, `label`, `changed`, `sentence`, `before` and `after` (null or
///   `furthestPhase`, `reachedPhases`, `complete`, `closed`).
public enum DiffJSONWriter {
    public static func write(_ diff: MapDiff) -> String {
        var out = "{\n"
        out += "  \"old\": \(version(diff.old)),\n"
        out += "  \"new\": \(version(diff.new)),\n"
        out += "  \"changes\": " + array(diff.changes.map(change)) + ",\n"
        let renames = diff.renames.sorted { $0.key < $1.key }.map { "\(quoted($0.key)): \(quoted($0.value))" }
        out += "  \"renames\": {" + renames.joined(separator: ", ") + "},\n"
        out += "  \"findings\": {\n"
        out += "    \"resolved\": " + array(diff.gaps.resolved.map { finding($0, in: diff.old) }, indent: "    ") + ",\n"
        out += "    \"introduced\": " + array(diff.gaps.introduced.map { finding($0, in: diff.new) }, indent: "    ") + ",\n"
        let persisting = diff.gaps.persisting.map {
            "{\"old\": \(finding($0.old, in: diff.old)), \"new\": \(finding($0.new, in: diff.new))}"
        }
        out += "    \"persisting\": " + array(persisting, indent: "    ") + "\n  },\n"
        out += "  \"waves\": " + array(diff.waves.map(wave)) + "\n"
        return out + "}\n"
    }

    private static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    private static func optional(_ text: String?) -> String { text.map(quoted) ?? "null" }

    /// Items one per line, indented one step below `indent`.
    private static func array(_ items: [String], indent: String = "  ") -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    private static func version(_ analysis: AnalysisResult) -> String {
        let summary = analysis.summary
        return "{\"path\": \(quoted(analysis.map.source.path)), \"summary\": {\"completeWaves\": \(summary.completeWaves), "
            + "\"totalWaves\": \(summary.totalWaves), \"closedWaves\": \(summary.closedWaves), \"errors\": \(summary.errors), "
            + "\"warnings\": \(summary.warnings), \"infos\": \(summary.infos)}}"
    }

    private static func change(_ change: StructuralChange) -> String {
        let attributes = change.attributes.map {
            "{\"name\": \(quoted($0.name)), \"old\": \(quoted($0.old)), \"new\": \(quoted($0.new))}"
        }
        return "{\"change\": \(quoted(change.change.rawValue)), \"entity\": \(quoted(change.entity.rawValue)), "
            + "\"id\": \(quoted(change.id)), \"previousId\": \(optional(change.previousID)), \"label\": \(quoted(change.label)), "
            + "\"phase\": \(optional(change.phase)), \"attributes\": [\(attributes.joined(separator: ", "))]}"
    }

    private static func finding(_ finding: Finding, in analysis: AnalysisResult) -> String {
        "{\"code\": \(quoted(finding.code)), \"slug\": \(quoted(finding.slug)), \"severity\": \(quoted(finding.severity.rawValue)), "
            + "\"subject\": \(quoted(finding.key)), \"line\": \(MapDiff.line(of: finding, in: analysis)), "
            + "\"message\": \(quoted(finding.message))}"
    }

    private static func wave(_ wave: WaveProgress) -> String {
        "{\"id\": \(quoted(wave.id)), \"previousId\": \(optional(wave.previousID)), \"label\": \(quoted(wave.label)), "
            + "\"changed\": \(wave.isChanged), \"sentence\": \(quoted(wave.sentence)), "
            + "\"before\": \(state(wave.before)), \"after\": \(state(wave.after))}"
    }

    private static func state(_ state: WaveState?) -> String {
        guard let state else { return "null" }
        return "{\"furthestPhase\": \(quoted(state.furthestPhase)), \"reachedPhases\": [\(state.reachedPhases.map(quoted).joined(separator: ", "))], "
            + "\"complete\": \(state.isComplete), \"closed\": \(state.isClosed)}"
    }
}
