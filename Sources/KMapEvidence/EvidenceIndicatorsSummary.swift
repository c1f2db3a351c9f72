extension EvidenceIndicators {
    /// `Lessons acted on within 180 days: 6 of 9 due (67%)`.
    public func lessonsSummary(windowDays: Int) -> String {
        let share = shareActedOn.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
        return "Lessons acted on within \(windowDays) days: \(lessonsActedOn) of \(lessonsDue) due\(share)"
    }

    /// `Waves completed in practice: 3 of 65 generation occurrences reached an application; median
    /// 22 days from generation to application`.
    public var wavesSummary: String {
        let median = medianDaysToApplication.map { value in
            "; median \(value == value.rounded() ? String(Int(value)) : String(value)) days from generation to application"
        } ?? ""
        return "Waves completed in practice: \(completedWaves) of \(generations) generation occurrences reached an application\(median)"
    }
}
