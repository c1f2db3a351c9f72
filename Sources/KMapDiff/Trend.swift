import KMapAnalysis
import KMapEvidence

/// One version of a map in a trend: which version, and its headline numbers.
public struct TrendPoint: Hashable, Sendable {
    /// How the version is named: the file path, or the short commit hash.
    public var version: String
    /// The commit's author date (`YYYY-MM-DD`), for versions from git.
    public var date: String?
    /// The commit's subject line, for versions from git.
    public var subject: String?
    public var completeWaves: Int
    public var totalWaves: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Activities per phase name.
    public var activitiesByPhase: [String: Int]

    /// The numbers of an analysed version.
    public init(version: String, date: String? = nil, subject: String? = nil, analysis: AnalysisResult) {
        self.version = version
        self.date = date
        self.subject = subject
        let summary = analysis.summary
        completeWaves = summary.completeWaves
        totalWaves = summary.totalWaves
        errors = summary.errors
        warnings = summary.warnings
        infos = summary.infos
        let phases = analysis.map.framework.phases
        var counts: [String: Int] = [:]
        for phase in phases { counts[phase] = 0 }
        for activity in analysis.map.activities where phases.indices.contains(activity.phase) {
            counts[phases[activity.phase], default: 0] += 1
        }
        activitiesByPhase = counts
    }

}

/// The headline numbers of successive versions of a map, oldest first.
public struct Trend: Hashable, Sendable {
    public var points: [TrendPoint]
    /// Every phase name of any version: the first version's framework order, then phases that
    /// appear later, in the order they appear.
    public var phases: [String]
    /// The title of the newest version's map, if it has one.
    public var title: String?
    /// The newest version checked against evidence logs, per calendar period (`--evidence`).
    public var evidence: EvidenceSeries?

    /// - Parameter phaseOrder: the phases of each version's framework, in the same order as `points`.
    public init(points: [TrendPoint], phaseOrder: [[String]], title: String? = nil) {
        self.points = points
        var phases: [String] = []
        var seen: Set<String> = []
        for list in phaseOrder {
            for phase in list where seen.insert(phase).inserted { phases.append(phase) }
        }
        self.phases = phases
        self.title = title
    }

    /// Builds the trend of analysed versions, each with its name, date and subject.
    public init(versions: [(version: String, date: String?, subject: String?, analysis: AnalysisResult)]) {
        self.init(
            points: versions.map { TrendPoint(version: $0.version, date: $0.date, subject: $0.subject, analysis: $0.analysis) },
            phaseOrder: versions.map(\.analysis.map.framework.phases),
            title: versions.last?.analysis.map.title
        )
    }

    /// How each version is labelled on a chart's axis: its date when known, with the version
    /// (a short commit, a file) after the date when another version has the same date; else the
    /// version.
    public var axisLabels: [String] {
        var dates: [String: Int] = [:]
        for point in points { if let date = point.date { dates[date, default: 0] += 1 } }
        return points.map { point in
            guard let date = point.date else { return point.version }
            return dates[date, default: 0] > 1 ? "\(date) \(point.version)" : date
        }
    }

    /// True when any version came from git (has a date or subject).
    public var hasCommits: Bool { points.contains { $0.date != nil || $0.subject != nil } }
}
