import KMapAnalysis
import KMapText

/// Writes a ``MapDiff`` as a Markdown section: a before/after table, the structural changes by
/// kind, the gaps resolved and introduced, and the waves that moved. User text is escaped.
public enum DiffMarkdownWriter {
    public static func write(_ diff: MapDiff) -> String {
        let old = diff.old.summary
        let new = diff.new.summary
        var out = "## Changes from \(MarkdownText.inline(diff.old.map.source.path)) to \(MarkdownText.inline(diff.new.map.source.path))\n\n"
        out += "| | before | after |\n|---|---:|---:|\n"
        out += "| waves complete | \(old.completeWaves) of \(old.totalWaves) | \(new.completeWaves) of \(new.totalWaves) |\n"
        out += "| errors | \(old.errors) | \(new.errors) |\n"
        out += "| warnings | \(old.warnings) | \(new.warnings) |\n"
        out += "| info | \(old.infos) | \(new.infos) |\n"
        if diff.isEmpty { return out + "\nNo changes.\n" }

        if !diff.changes.isEmpty { out += "\n### Structure\n" }
        for kind in diff.changedKinds {
            let changes = diff.changes(of: kind)
            out += "\n**\(kind.plural.prefix(1).uppercased() + kind.plural.dropFirst())**: \(MapDiff.countPhrase(changes))\n\n"
            for change in changes { out += "- " + line(change) + "\n" }
        }

        out += "\n### Gaps\n\n\(diff.gapPhrase).\n"
        if !diff.gaps.resolved.isEmpty || !diff.gaps.introduced.isEmpty { out += "\n" }
        for finding in diff.gaps.resolved {
            out += "- ✓ resolved **\(finding.code) \(finding.slug)**: \(MarkdownText.inline(finding.message))\n"
        }
        for finding in diff.gaps.introduced {
            out += "- ✗ introduced **\(finding.code) \(finding.slug)** (\(finding.severity.rawValue), line "
                + "\(MapDiff.line(of: finding, in: diff.new))): \(MarkdownText.inline(finding.message))\n"
        }

        let moved = diff.changedWaves
        out += "\n### Wave progress\n\n\(moved.count) changed, \(diff.waves.count - moved.count) unchanged.\n"
        if !moved.isEmpty { out += "\n" }
        for wave in moved { out += "- \(MarkdownText.inline(wave.sentence))\n" }
        return out
    }

    /// `added `audit_forum` "Clinical audit learning forum" (sharing)`, with changed attributes.
    private static func line(_ change: StructuralChange) -> String {
        let id = change.previousID.map { "`\($0)` → `\(change.id)`" } ?? "`\(change.id)`"
        var text = "\(change.change.rawValue) \(id)"
        let detail = change.displayDetail
        if !detail.isEmpty { text += " " + MarkdownText.inline(detail) }
        if !change.attributes.isEmpty {
            text += ": " + change.attributes.map { "\($0.name) \(MarkdownText.inline($0.old)) → \(MarkdownText.inline($0.new))" }
                .joined(separator: "; ")
        }
        return text
    }
}
