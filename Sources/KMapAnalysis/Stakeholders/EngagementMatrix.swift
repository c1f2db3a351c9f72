import KMapModel

/// Who takes part in which phase: for every stakeholder and phase, how many activities of that
/// phase the stakeholder runs (`by`) and how many it is the audience of (`for`).
public struct EngagementMatrix: Hashable, Sendable {
    /// One stakeholder's part in one phase.
    public struct Cell: Hashable, Sendable {
        /// Activities of the phase the stakeholder owns.
        public var owner: Int
        /// Activities of the phase the stakeholder is the audience of.
        public var audience: Int

        public init(owner: Int = 0, audience: Int = 0) {
            self.owner = owner
            self.audience = audience
        }

        /// True when the stakeholder takes part in the phase at all.
        public var isEngaged: Bool { owner > 0 || audience > 0 }
    }

    /// Phase names, in framework order (the columns).
    public let phases: [String]
    /// Stakeholder ids, in declaration order (the rows).
    public let stakeholders: [String]
    private var cells: [Cell]
    /// The stakeholders' indices, in the order of ``stakeholders``.
    public let stakeholderIndices: ModelIndices<Stakeholder>

    /// Builds the matrix in O(stakeholders x phases + activities + owners + audience).
    public init(map: KMap) {
        phases = map.framework.phases
        stakeholders = map.stakeholders.map(\.id)
        stakeholderIndices = map.stakeholders.modelIndices
        let phaseCount = phases.count
        cells = Array(repeating: Cell(), count: stakeholders.count * phaseCount)
        // Fields are read through the index: copying whole activities would retain every string.
        for index in map.activities.modelIndices {
            let phase = map.activities[index].phase
            guard phase >= 0 && phase < phaseCount else { continue }
            for owner in map.activities[index].owners {
                cells[owner.position * phaseCount + phase].owner += 1
            }
            for member in map.activities[index].audience {
                cells[member.position * phaseCount + phase].audience += 1
            }
        }
    }

    /// The cell of a stakeholder and phase index `phase` (empty for a phase the framework lacks).
    public subscript(stakeholder: StakeholderIndex, phase: Int) -> Cell {
        guard phases.indices.contains(phase) else { return Cell() }
        return cells[stakeholder.position * phases.count + phase]
    }

    /// The phases a stakeholder takes part in, as owner or audience.
    public func phasesEngaged(by stakeholder: StakeholderIndex) -> [Int] {
        phases.indices.filter { self[stakeholder, $0].isEngaged }
    }

    /// The stakeholders taking part in a phase, as owner or audience.
    public func stakeholdersEngaged(in phase: Int) -> [StakeholderIndex] {
        stakeholderIndices.filter { self[$0, phase].isEngaged }
    }
}
