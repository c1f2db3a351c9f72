import KMapAnalysis
import KMapLanguage

/// How to compare two versions of a map.
public struct DiffOptions: Hashable, Sendable {
    /// Report a declaration that disappeared and a similar one that appeared as a rename.
    public var detectRenames: Bool

    public init(detectRenames: Bool = true) {
        self.detectRenames = detectRenames
    }
}

/// The comparison of two versions of a map: what was declared differently, which gaps closed
/// and opened, and how far each wave now reaches.
public struct MapDiff: Sendable {
    /// The analysis of the old version.
    public var old: AnalysisResult
    /// The analysis of the new version.
    public var new: AnalysisResult
    /// Structural changes by kind; see ``StructuralChange``.
    public var changes: [StructuralChange]
    /// Old id to new id for every rename found.
    public var renames: [String: String]
    public var gaps: GapChanges
    /// Every wave of either version; ``WaveProgress/isChanged`` tells which moved.
    public var waves: [WaveProgress]

    /// True when nothing differs: no structural change, no finding resolved or introduced, no
    /// wave that moved.
    public var isEmpty: Bool {
        changes.isEmpty && gaps.resolved.isEmpty && gaps.introduced.isEmpty && !waves.contains(where: \.isChanged)
    }

    /// The findings introduced at `severity` or above (what `--fail-on-new` checks).
    public func introduced(atLeast severity: Severity) -> [Finding] {
        gaps.introduced.filter { $0.severity >= severity }
    }

    /// How many changes of `kind` there are, over all entities.
    public func count(_ kind: ChangeKind) -> Int {
        changes.count { $0.change == kind }
    }
}

/// Compares two analysed versions of a map.
public enum MapDiffer {
    /// The differences from `old` to `new`. Linear in the size of both maps (plus sorting), with
    /// rename detection bounded per candidate.
    public static func diff(old: AnalysisResult, new: AnalysisResult, options: DiffOptions = DiffOptions()) -> MapDiff {
        let comparison = StructuralComparison(old: MapIndex(old.map), new: MapIndex(new.map), detectRenames: options.detectRenames)
        let translation = comparison.translation
        return MapDiff(
            old: old, new: new, changes: comparison.changes(), renames: translation.renames,
            gaps: GapChanges(old: old.findings, in: old.map, new: new.findings, translation: translation),
            waves: WaveProgress.compare(old: old, new: new, translation: translation)
        )
    }
}
