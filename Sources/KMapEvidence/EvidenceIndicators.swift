import KMapModel

/// The M&E indicators of a knowledge system in practice, over the period: how often each
/// activity and phase happened, the share of lessons acted on in time, who took part in which
/// phase (beside the engagement matrix on paper), and the waves that completed in practice.
public struct EvidenceIndicators: Sendable {
    /// Occurrences of each activity in the period, by activity position.
    public let occurrencesByActivity: [Int]
    /// Occurrences in each phase of the framework (an activity that also serves the next phase
    /// counts in both).
    public let occurrencesByPhase: [Int]
    /// Capture and sharing occurrences whose window (``EvidenceSettings/notActedOnDays``) closed in
    /// the period, and how many of them an application acted on within it.
    public let lessonsDue: Int
    public let lessonsActedOn: Int
    /// For each stakeholder (by position) and phase, the occurrences they took part in.
    public let participation: [[Int]]
    /// Generation occurrences in the period that an application acts on through `acts_on`.
    public let completedWaves: Int
    /// Generation occurrences in the period.
    public let generations: Int
    /// The median days from generation to its first application, over ``completedWaves``.
    public let medianDaysToApplication: Double?

    /// - Parameter horizon: the day by which a lesson's window must have closed for it to be due:
    ///   the period's last day unless given (a series of periods counts each period's lessons to
    ///   the end of the whole range).
    public init(_ context: EvidenceContext, lessonsClosingBy horizon: EvidenceDate? = nil) {
        let map = context.map
        let phaseCount = map.framework.phases.count
        occurrencesByActivity = context.byActivity.map(\.count)
        var byPhase = Array(repeating: 0, count: phaseCount)
        var participation = Array(repeating: Array(repeating: 0, count: phaseCount), count: map.stakeholders.count)
        var generations = 0
        var waveDays: [Int] = []
        for index in context.inPeriod {
            let occurrence = context[index]
            let activity = map.activities[occurrence.activity]
            for phase in Set([activity.phase, activity.lastPhase]) where byPhase.indices.contains(phase) {
                byPhase[phase] += 1
                for stakeholder in occurrence.participants { participation[stakeholder.position][phase] += 1 }
            }
            guard activity.serves(map.framework.firstPhase) else { continue }
            generations += 1
            if let applied = context.firstApplication[index] { waveDays.append(applied.day - occurrence.date.day) }
        }
        occurrencesByPhase = byPhase
        self.participation = participation
        self.generations = generations
        completedWaves = waveDays.count
        medianDaysToApplication = Self.median(waveDays)
        let lessons = Lessons(context, closingBy: horizon)
        lessonsDue = lessons.due
        lessonsActedOn = lessons.actedOn
    }

    /// The share of due lessons acted on in time, nil when none was due.
    public var shareActedOn: Double? { lessonsDue == 0 ? nil : Double(lessonsActedOn) / Double(lessonsDue) }

    private static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// The capture and sharing occurrences whose window closed in the period, and which of them an
/// application acted on in time: what not-acted-on reports and the indicator counts. Only
/// activities the map leads to an application count: knowledge the map never sends to be
/// applied is the gap rules' concern (open-loop, unapplied-sharing), not the evidence's.
struct Lessons {
    /// For each capture or sharing activity (by position), its due occurrences and the missed ones.
    private(set) var byActivity: [(activity: ActivityIndex, due: [Int], missed: [Int])] = []
    private(set) var due = 0
    private(set) var actedOn = 0

    init(_ context: EvidenceContext, closingBy horizon: EvidenceDate? = nil) {
        guard let end = horizon ?? context.period.to else { return }
        let window = context.settings.notActedOnDays
        let phases = [context.roles.capture, context.roles.sharing].compactMap { $0 }
        for activity in context.map.activities.modelIndices {
            let declared = context.map.activities[activity]
            guard phases.contains(where: declared.serves), !declared.serves(context.roles.application),
                  context.leadsToApplication[activity.position] else { continue }
            let due = context.byActivity[activity.position].filter { context[$0].date.adding(days: window) <= end }
            let missed = due.filter { index in
                context.firstApplication[index].map { $0.day - context[index].date.day > window } ?? true
            }
            self.due += due.count
            actedOn += due.count - missed.count
            if !due.isEmpty { byActivity.append((activity, due, missed)) }
        }
    }
}
