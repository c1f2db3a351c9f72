import KMapLanguage

/// A person or group who runs activities or receives what they produce.
public struct Stakeholder: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Declared as a knowledge broker (`broker`).
    public var isBroker: Bool
    /// Outside the organization (`external`).
    public var isExternal: Bool
    /// The group this stakeholder belongs to; a stakeholder without `group` is its own group.
    public var group: String
    /// Whether the stakeholder must be heard (`heard`) or only receives (`informed`), when the map
    /// says so; nil leaves it to the analysis's default (see `Voice` in KMapAnalysis).
    public var declaredVoice: DeclaredVoice? = nil
    /// The whole declaration.
    public var range: SourceRange
    /// The declaration's id token.
    public var idRange: SourceRange
}

/// What a map says about whether a stakeholder's voice must be heard.
public enum DeclaredVoice: String, Hashable, Sendable {
    /// `heard`: people the organization is accountable to, who must be asked and not only told
    /// (affected communities, clients, students, families, frontline staff).
    case heard
    /// `informed`: a body that only receives, as upward accountability (a donor, a ministry).
    case informed
}

/// A place where captured knowledge is kept.
public struct Repository: Hashable, Sendable {
    public var id: String
    public var label: String
    /// The owning stakeholder.
    public var owner: StakeholderIndex?
    public var range: SourceRange
    public var idRange: SourceRange
}

/// Consolidation routines (how raw data becomes candidate knowledge).
public enum Routine: String, Hashable, Sendable, CaseIterable { case summary, synthesis, reduction }

/// Kinds of application (how people act on knowledge).
public enum ApplicationAction: String, Hashable, Sendable, CaseIterable { case act, resource, buyIn = "buy-in" }

/// Whether an activity happens today or is planned.
public enum ActivityStatus: String, Hashable, Sendable, CaseIterable { case existing, planned }

/// One activity of the KM cycle.
public struct Activity: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Index into the map's ``Framework/phases``.
    public var phase: Int
    /// Owners (`by`): the stakeholders.
    public var owners: [StakeholderIndex]
    /// Audience (`for`): the stakeholders.
    public var audience: [StakeholderIndex]
    public var cadence: Cadence?
    /// A slug of the technique catalog, when the map names one (it may be unknown to the catalog).
    public var technique: String?
    public var routine: Routine?
    public var action: ApplicationAction?
    public var status: ActivityStatus
    public var indicators: [String]
    public var notes: [String]
    /// The declared wave, when declared inside a `wave` block.
    public var wave: WaveIndex?
    public var range: SourceRange
    public var idRange: SourceRange
    /// True when the activity also serves the phase after its own (`also capture` on a combined
    /// review-and-write-up session).
    public var alsoServesNextPhase = false

    /// The last phase the activity serves: the next one with `also`, else its own.
    public var lastPhase: Int { alsoServesNextPhase ? phase + 1 : phase }

    /// Whether the activity serves `phase`.
    public func serves(_ phase: Int) -> Bool { phase == self.phase || phase == lastPhase }
}

/// A node of the flow graph: an activity or a repository.
public enum NodeRef: Hashable, Sendable, Comparable {
    case activity(ActivityIndex)
    case repository(RepositoryIndex)
}

/// A flow of knowledge from one node to another.
public struct Flow: Hashable, Sendable {
    public var from: NodeRef
    public var to: NodeRef
    public var label: String?
    /// The range of the `a -> b` step in its flow statement.
    public var range: SourceRange
}

/// A wave declared with a `wave` block.
public struct DeclaredWave: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Its activities, in source order.
    public var activities: [ActivityIndex]
    public var range: SourceRange
    public var idRange: SourceRange
}

/// Per-map analysis settings from the header's `rules { ... }` block.
public struct RuleSettings: Hashable, Sendable {
    /// Rule slugs or codes turned off, with where they were written.
    public var disabled: [String: SourceRange] = [:]
    /// Rule slugs or codes turned back on (overriding a project file).
    public var enabled: [String: SourceRange] = [:]
    /// Severity overrides by rule slug or code.
    public var severities: [String: Severity] = [:]

    public init() {}
}
