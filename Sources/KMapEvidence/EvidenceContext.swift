import KMapAnalysis
import KMapLanguage
import KMapModel

/// Everything an evidence rule may look at: the map, the evidence, the period with both bounds
/// known, the settings, and facts shared by several rules, each computed once.
public struct EvidenceContext: Sendable {
    public let map: KMap
    public let evidence: Evidence
    /// The period with both bounds set (open bounds become the first and last date in the
    /// logs); nil bounds only when the logs hold no occurrence at all.
    public let period: EvidencePeriod
    public let settings: EvidenceSettings
    public let roles: PhaseRoles
    /// Indices into ``Evidence/occurrences`` of the occurrences in the period, in date order.
    public let inPeriod: [Int]
    /// For each activity (by position), its occurrences in the period, in date order.
    public let byActivity: [[Int]]
    /// For each occurrence, the date of the earliest application occurrence that acts on it,
    /// directly or through a chain of `acts_on` (nil when none does).
    public let firstApplication: [EvidenceDate?]
    /// Whether some occurrence in the period names its participants (without any, who took part
    /// is not known, and the participation rules say nothing).
    public let recordsParticipation: Bool
    /// For each activity (by position), whether the map has a path of flows from it to an
    /// application activity: whether the map says its knowledge is to be applied.
    public let leadsToApplication: [Bool]

    public init(map: KMap, evidence: Evidence, period: EvidencePeriod, settings: EvidenceSettings) {
        self.map = map
        self.evidence = evidence
        self.settings = settings
        let occurrences = evidence.occurrences
        let bounded = EvidencePeriod(from: period.from ?? occurrences.first?.date, to: period.to ?? occurrences.last?.date)
        self.period = bounded
        let roles = PhaseRoles(framework: map.framework)
        self.roles = roles
        let inPeriod = occurrences.indices.filter { bounded.contains(occurrences[$0].date) }
        self.inPeriod = inPeriod
        var byActivity = Array(repeating: [Int](), count: map.activities.count)
        for index in inPeriod { byActivity[occurrences[index].activity.position].append(index) }
        self.byActivity = byActivity
        let application = roles.application
        var first = [EvidenceDate?](repeating: nil, count: occurrences.count)
        // `acts_on` always names an earlier occurrence, so walking backwards sees every
        // occurrence before the one it acts on.
        for index in occurrences.indices.reversed() {
            guard let parent = occurrences[index].actsOn else { continue }
            let own = map.activities[occurrences[index].activity].serves(application) ? occurrences[index].date : nil
            let reached = [first[parent], first[index], own].compactMap { $0 }.min()
            first[parent] = reached
        }
        firstApplication = first
        recordsParticipation = inPeriod.contains { !occurrences[$0].participants.isEmpty }
        let appliers = map.activities.modelIndices.filter { map.activities[$0].serves(application) }.map { map.nodeIndex(.activity($0)) }
        leadsToApplication = Array(map.graph.reachable(from: appliers, forward: false).prefix(map.activities.count))
    }

    /// For each stakeholder (by position), the occurrences in the period that hear them: those of
    /// a generation, consolidation or application activity (any phase but capture and sharing,
    /// see ``Voice/voicePhases(_:phaseCount:)``) they took part in.
    public var voiceParticipation: [Int] {
        let voicePhases = Voice.voicePhases(roles, phaseCount: map.framework.phases.count)
        var counts = Array(repeating: 0, count: map.stakeholders.count)
        for index in inPeriod {
            let occurrence = self[index]
            let activity = map.activities[occurrence.activity]
            guard voicePhases.contains(activity.phase) || voicePhases.contains(activity.lastPhase) else { continue }
            for stakeholder in Set(occurrence.participants) { counts[stakeholder.position] += 1 }
        }
        return counts
    }

    /// The occurrence at `index` of ``Evidence/occurrences``.
    public subscript(index: Int) -> Occurrence { evidence.occurrences[index] }

    /// A finding about an activity of the map.
    func finding(_ rule: RuleDescription, activity: ActivityIndex, _ message: String, notes: [DiagnosticNote] = []) -> Finding {
        let subject = FindingSubject.node(.activity(activity))
        return Finding(rule, range: map.activities[activity].range, message: message, subject: subject,
                       key: subject.key(in: map), nodes: [.activity(activity)], notes: notes)
    }

    /// `Change brief (brief)`.
    func name(of activity: ActivityIndex) -> String { map.name(of: .activity(activity)) }
}
