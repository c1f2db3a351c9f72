import KMapLanguage
import KMapModel

/// Everything a rule may look at: the map, its waves, shared graph facts, and which rules are on
/// (so that one root cause is reported by one rule and the others link to it).
public struct AnalysisContext: Sendable {
    public let map: KMap
    public let waves: [WaveResult]
    /// Which phases play the roles some rules are about.
    public let roles: PhaseRoles
    /// The phases each wave never reaches, and where, wave by wave.
    public let gaps: [WaveGap]
    /// ``gaps`` grouped by phase index.
    public let gapsByPhase: [[WaveGap]]
    /// Where each wave's gaps stand in ``gaps``, wave by wave.
    let waveGapRanges: [Range<Int>]
    /// The map's flow graph (built once, with the map; this is the same storage).
    let graph: FlowGraph
    let facts: FlowGraphFacts
    /// How each stakeholder takes part, and whether it must be heard, shared by the stakeholder rules.
    let participation: Participation
    /// The phases a hand-over passes over (see ``HandOvers``).
    private let handOverPhases: Set<Int>
    private let enabledSlugs: Set<String>

    /// Computes the waves and shared facts of `map`; `enabledSlugs` are the rules that will run.
    public init(map: KMap, enabledSlugs: Set<String>) {
        self.map = map
        graph = map.graph
        let facts = FlowGraphFacts(map: map)
        self.facts = facts
        var waves = WaveAnalysis.waves(of: map, graph: map.graph, facts: facts)
        if let asIs = WaveAnalysis.asIs(of: waves, map: map) {
            for index in waves.indices { waves[index].asIs = asIs[index] }
        }
        self.waves = waves
        self.roles = PhaseRoles(framework: map.framework)
        participation = Participation(map: map, roles: roles)
        handOverPhases = HandOvers.phases(of: map.framework, roles: roles)
        self.gaps = WaveGap.all(waves: waves, map: map)
        var byPhase = Array(repeating: [WaveGap](), count: map.framework.phases.count)
        for gap in gaps where byPhase.indices.contains(gap.phase) { byPhase[gap.phase].append(gap) }
        self.gapsByPhase = byPhase
        var ranges = Array(repeating: 0..<0, count: waves.count)
        var start = 0
        while start < gaps.count {
            var end = start
            while end < gaps.count, gaps[end].wave == gaps[start].wave { end += 1 }
            if ranges.indices.contains(gaps[start].wave) { ranges[gaps[start].wave] = start..<end }
            start = end
        }
        self.waveGapRanges = ranges
        self.enabledSlugs = enabledSlugs
    }

    /// Whether the rule with this slug runs (and so reports what it finds).
    public func isEnabled(_ slug: String) -> Bool { enabledSlugs.contains(slug) }

    /// The phases a flow jumps over (see the skipped-phase rule).
    public func skippedPhases(of flow: Flow) -> [Int] {
        facts.skippedPhases(of: flow, in: map, handOverPhases: handOverPhases)
    }

    /// The level knowledge has when it leaves a flow's source (see ``FlowGraphFacts``).
    public func sourceLevel(of flow: Flow) -> Int { facts.sourceLevel(of: flow, in: map) }

    /// True when a wave gap is reported by another rule: a skipped-phase finding on the flow that
    /// jumps over it, or orphan-activity findings on wave starts that have no flows at all (every
    /// start of the wave: one connected start carries the wave).
    public func gapIsReportedElsewhere(_ gap: WaveGap) -> Bool {
        if let flow = gap.jumpFlow, isEnabled(SkippedPhaseRule.description.slug),
           skippedPhases(of: map.flows[flow]).contains(gap.phase) {
            return true
        }
        return isEnabled(OrphanActivityRule.description.slug) && waves[gap.wave].starts.allSatisfy { isIsolated(.activity($0)) }
    }

    /// The name of phase `index`, or `phase N` if out of range.
    public func phaseName(_ index: Int) -> String {
        map.framework.phases.indices.contains(index) ? map.framework.phases[index] : "phase \(index)"
    }

    /// The names of several phases as prose: `consolidation`, `consolidation and capture`,
    /// `capture, sharing and application`.
    public func phaseList(_ indices: [Int]) -> String {
        ProseList.joined(indices.map(phaseName))
    }

    /// The range of a node's id in its declaration, where findings about a node point.
    public func idRange(of ref: NodeRef) -> SourceRange {
        switch ref {
        case .activity(let i): map.activities[i].idRange
        case .repository(let i): map.repositories[i].idRange
        }
    }

    /// True when a node has no flow in or out.
    public func isIsolated(_ ref: NodeRef) -> Bool { graph.isIsolated(map.nodeIndex(ref)) }

    /// The ids of some stakeholders.
    public func stakeholderIDs(_ indices: [StakeholderIndex]) -> [String] {
        indices.map { map[$0].id }
    }

    /// A finding of `rule` about `subject`, with the rule's default severity and remedy.
    public func finding(
        _ rule: RuleDescription, at range: SourceRange, _ message: String, subject: FindingSubject,
        wave: String? = nil, nodes: [NodeRef] = [], missingPhase: Int? = nil, notes: [DiagnosticNote] = []
    ) -> Finding {
        Finding(rule, range: range, message: message, subject: subject, key: subject.key(in: map),
                wave: wave, nodes: nodes, missingPhase: missingPhase, notes: notes)
    }
}

/// The phases that play the roles of sharing, capture and application. In the default framework
/// they are the named phases; in a custom framework the first phase generates and the last
/// applies, sharing is the phase whose name says it spreads knowledge (`share`, `sharing`,
/// `disseminate`, `distribute`, `transfer`, `spread`, `exchange`), or else the one before the last
/// when there are four phases or more; capture is the phase whose name says it packages knowledge
/// (``Framework/capturePhase``), if any. A framework
/// of timing (before, during, after) has no sharing phase: knowledge is shared in all three.
public struct PhaseRoles: Hashable, Sendable {
    public let application: Int
    public let sharing: Int?
    public let capture: Int?
    /// The phases whose activities put knowledge to use: sharing and application (in a custom
    /// framework, the last two phases).
    public let consumers: [Int]

    public init(framework: Framework) {
        let count = framework.phases.count
        application = count - 1
        if framework.isDefault {
            sharing = 3
            capture = 2
        } else {
            sharing = framework.phases.firstIndex { name in
                Self.sharingStems.contains { name.lowercased().hasPrefix($0) }
            } ?? (count >= 4 ? count - 2 : nil)
            capture = framework.capturePhase
        }
        consumers = count >= 2 ? [count - 2, count - 1] : Array(0..<count)
    }

    /// How the names of phases that spread knowledge begin.
    private static let sharingStems = ["shar", "dissemin", "distribut", "transfer", "spread", "exchang"]
}
