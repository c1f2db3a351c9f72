import KMapAnalysis
import KMapText

/// Writes a ``MapDiff`` for a terminal: one line per change, coloured when asked.
///
/// ```
/// maps/a.kmap -> maps/b.kmap
/// before: waves complete 2/8 · 5 warnings, 1 info
/// after:  waves complete 4/9 · 4 warnings, 1 info
///
/// Activities: 1 added, 1 changed
///   + audit_forum "Clinical audit learning forum" (sharing)
///   ~ regional_exchange "Regional peer learning exchange" (sharing)
///       status planned -> existing
/// ```
public enum DiffTextWriter {
    /// The report; `color` adds ANSI colours (the caller decides from the terminal and `NO_COLOR`).
    public static func write(_ diff: MapDiff, color: Bool = false) -> String {
        let style = TerminalStyle(enabled: color)
        var out = style.bold(TerminalText.plain("\(diff.old.map.source.path) -> \(diff.new.map.source.path)")) + "\n"
        out += "before: \(diff.old.summary.line)\n"
        out += "after:  \(diff.new.summary.line)\n"
        if diff.isEmpty {
            return out + "\nno changes\n"
        }
        for kind in diff.changedKinds {
            let changes = diff.changes(of: kind)
            out += "\n" + style.bold("\(capitalized(kind.plural)): \(MapDiff.countPhrase(changes))") + "\n"
            for change in changes {
                let sign = style.color(change.change, change.change.sign)
                out += "  \(sign) \(TerminalText.plain(change.displayID)) \(TerminalText.plain(change.displayDetail))"
                    .trimmingTrailingSpaces() + "\n"
                for attribute in change.attributes { out += "      \(TerminalText.plain(attribute.line))\n" }
            }
        }
        out += "\n" + style.bold("Gaps: \(diff.gapPhrase)") + "\n"
        for finding in diff.gaps.resolved {
            out += "  \(style.green("✓")) \(finding.code) \(finding.slug): \(TerminalText.plain(finding.message))\n"
        }
        for finding in diff.gaps.introduced {
            let line = MapDiff.line(of: finding, in: diff.new)
            out += "  \(style.red("✗")) \(finding.code) \(finding.slug) (\(finding.severity.rawValue), line \(line)): "
                + TerminalText.plain(finding.message) + "\n"
        }
        let moved = diff.changedWaves
        out += "\n" + style.bold("Wave progress: \(moved.count) changed, \(diff.waves.count - moved.count) unchanged") + "\n"
        for wave in moved { out += "  \(TerminalText.plain(wave.sentence))\n" }
        return out
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// The change colours of diff and trend text, in the one terminal style.
extension TerminalStyle {
    func bold(_ text: String) -> String { apply(.bold, text) }
    func green(_ text: String) -> String { apply(.green, text) }
    func red(_ text: String) -> String { apply(.red, text) }

    /// The colour of a change: added green, removed red, renamed cyan, changed yellow.
    func color(_ change: ChangeKind, _ text: String) -> String {
        switch change {
        case .added: apply(.green, text)
        case .removed: apply(.red, text)
        case .renamed: apply(.cyan, text)
        case .changed: apply(.yellow, text)
        }
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
