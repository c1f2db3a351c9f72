import KMapLanguage
import KMapModel

/// The characters the installed fonts can draw, from fontconfig's character sets (`fc-list
/// --format '%{charset}\n'`: one font a line, hexadecimal code points and ranges such as `20-7e`).
public struct FontCoverage: Sendable {
    /// Sorted, non-overlapping ranges of code points.
    private let ranges: [ClosedRange<UInt32>]

    public init(fontconfigCharsets text: String) {
        var ranges: [ClosedRange<UInt32>] = []
        for field in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let bounds = field.split(separator: "-", maxSplits: 1).compactMap { UInt32($0, radix: 16) }
            if bounds.count == 1 { ranges.append(bounds[0]...bounds[0]) }
            if bounds.count == 2, bounds[0] <= bounds[1] { ranges.append(bounds[0]...bounds[1]) }
        }
        var merged: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    /// Whether some installed font has a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        var (low, high) = (0, ranges.count)
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < scalar.value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(scalar.value)
    }
}

/// Labels with characters no installed font covers: Graphviz draws those as boxes in PNG and
/// PDF (an SVG carries the text, and the viewer's fonts draw it). A warning, never an error.
public enum MissingGlyphs {
    public static let id = DiagnosticID(code: "R001", slug: "missing-glyph")

    /// One warning per label of an activity, repository, stakeholder, flow or declared wave
    /// that has characters `coverage` lacks, at its declaration.
    public static func diagnostics(in map: KMap, coverage: FontCoverage) -> [Diagnostic] {
        var labels: [(String, SourceRange)] = map.activities.map { ($0.label, $0.range) }
        labels += map.repositories.map { ($0.label, $0.range) }
        labels += map.stakeholders.map { ($0.label, $0.range) }
        labels += map.flows.compactMap { flow in flow.label.map { ($0, flow.range) } }
        labels += map.waves.map { ($0.label, $0.range) }
        return labels.compactMap { label, range in
            var seen = Set<Unicode.Scalar>()
            let missing = label.unicodeScalars.filter { needsGlyph($0) && !coverage.covers($0) && seen.insert($0).inserted }
            guard !missing.isEmpty else { return nil }
            let named = missing.prefix(5).map { "'\($0)' (U+\(String($0.value, radix: 16, uppercase: true)))" }.joined(separator: ", ")
            return Diagnostic(
                id, .warning, at: range,
                "no installed font draws \(named)\(missing.count > 5 ? " and \(missing.count - 5) more" : ""): PNG and PDF show a box instead",
                notes: [DiagnosticNote("`make setup` installs Noto CJK and colour emoji fonts (fonts-noto-cjk, fonts-noto-color-emoji); SVG keeps the text for the viewer's fonts")])
        }
    }

    /// Whether a character is drawn at all: not white space, a control, a format character
    /// (joiners, marks of direction) or a variation selector.
    private static func needsGlyph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return false
        default: return !scalar.properties.isVariationSelector
        }
    }
}
