/// How to draw a map.
public struct DiagramOptions: Hashable, Sendable {
    /// The two pictures of a map.
    public enum View: String, Hashable, Sendable, CaseIterable {
        /// Phases as columns, waves as rows, gaps marked.
        case waves
        /// Who passes knowledge to whom, brokers highlighted, groups as clusters.
        case stakeholders
    }

    public var view: View
    /// Draw gaps (missing phases, findings, open loops); false draws the map alone.
    public var showGaps: Bool
    /// An activity, repository, stakeholder or wave id: draw only its neighbourhood.
    public var focus: String?
    /// Draw every activity even above ``collapseThreshold``.
    public var full: Bool
    /// Above this many activities the waves view shows one node per wave, unless ``full`` or a
    /// ``focus`` is set.
    public var collapseThreshold: Int

    public init(
        view: View = .waves, showGaps: Bool = true, focus: String? = nil, full: Bool = false,
        collapseThreshold: Int = 300
    ) {
        self.view = view
        self.showGaps = showGaps
        self.focus = focus
        self.full = full
        self.collapseThreshold = collapseThreshold
    }

    /// Whether the waves view of a map with `activityCount` activities shows one node per wave:
    /// above ``collapseThreshold``, drawing the whole map (no ``focus``), unless ``full``.
    public func collapsesWaves(activityCount: Int, wholeMap: Bool = true) -> Bool {
        wholeMap && !full && activityCount > collapseThreshold
    }
}
