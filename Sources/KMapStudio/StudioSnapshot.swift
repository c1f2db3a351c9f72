/// Everything the studio page shows about one version of the map, sent to every browser as JSON.
/// Labels travel as plain strings: the page writes them with `textContent`, never as markup.
public struct StudioSnapshot: Codable, Sendable, Equatable {
    /// The content hash of ``source``: a save names the version it was edited from.
    public var version: String
    public var path: String
    public var source: String
    public var diagnostics: [DiagnosticItem]
    /// True when the text has errors: the diagram and findings are the last good ones (``isStale``).
    public var hasErrors: Bool
    /// True when ``diagrams`` and ``findingGroups`` come from an earlier version.
    public var isStale: Bool
    public var summary: String
    public var phases: [String]
    /// The waves view and the stakeholders view, as SVG text; nil until a version has no errors.
    public var diagrams: Diagrams?
    public var findingGroups: [FindingGroupItem]
    public var waves: [WaveItem]
    public var engagement: EngagementItem
    /// The source line of each activity, repository and stakeholder, by SVG element id.
    public var elementLines: [String: Int]
    /// What the page says under the diagram when the waves view is not the whole map (above the
    /// collapse threshold it draws one node per wave); nil when it is.
    public var diagramNote: String?
    /// The evidence log beside the map (`NAME.evidence.csv`), nil when there is none.
    public var evidence: EvidenceItem?

    /// The two pictures of the map.
    public struct Diagrams: Codable, Sendable, Equatable {
        public var waves: String
        public var stakeholders: String
    }
}

/// A diagnostic with its place as the source pane shows it (1-based lines and columns).
public struct DiagnosticItem: Codable, Sendable, Equatable {
    public var severity: String
    public var code: String
    public var message: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var notes: [String]
}

/// The findings about one wave, or about the map as a whole.
public struct FindingGroupItem: Codable, Sendable, Equatable {
    public var title: String
    /// The wave's id; nil for the findings tied to no wave.
    public var wave: String?
    public var findings: [FindingItem]
}

/// One finding, with the diagram elements it is about and the source line it points at.
public struct FindingItem: Codable, Sendable, Equatable {
    /// Stable within a snapshot: `f1`, `f2`, ... in file order.
    public var id: String
    public var severity: String
    public var code: String
    public var slug: String
    public var message: String
    public var subject: String
    public var line: Int
    public var remedy: String
    public var questions: [String]
    /// SVG element ids of the nodes, wave and gap marks the finding is about.
    public var elements: [String]
}

/// One wave, as presenter mode shows it: its steps through the phases and what is missing.
public struct WaveItem: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    public var isComplete: Bool
    public var missingPhases: [String]
    public var steps: [StepItem]
    /// Ids of the findings about this wave.
    public var findings: [String]
}

/// An activity on a wave's path.
public struct StepItem: Codable, Sendable, Equatable {
    public var label: String
    public var phase: String
    public var owners: [String]
    public var cadence: String
}

/// Who owns or hears each phase: `O`, `A`, `OA` or empty per stakeholder and phase.
public struct EngagementItem: Codable, Sendable, Equatable {
    public var phases: [String]
    public var stakeholders: [String]
    public var cells: [[String]]
}
