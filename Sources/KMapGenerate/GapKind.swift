/// The breaks in a KM cycle that the generator plants on purpose, one kind per affected wave, so
/// that a generated map exercises every gap rule of the analysis on a known share of its waves.
///
/// Gaps that belong to people or to the whole map rather than to a wave are planted by
/// ``Population`` and the header at the same share: receive-only stakeholders
/// (`silent-stakeholder`), groups that lost their brokers (`no-broker`), brokers who never share
/// (`idle-broker`) and a header without a standard (`no-success-standard`).
public enum GapKind: String, CaseIterable, Sendable {
    /// The wave has no generation: consolidation starts from nothing (`unreached-activity`).
    case missingGeneration = "missing-generation"
    /// Raw data goes to an archive and the wave stops at generation (`missing-consolidation`,
    /// `dead-end-repository`).
    case stalledAfterGeneration = "stalled-after-generation"
    /// The wave stops at consolidation: nothing is packaged or shared (`missing-capture`).
    case stalledAfterConsolidation = "stalled-after-consolidation"
    /// Generation feeds capture directly (`missing-consolidation`, `skipped-phase`).
    case skippedConsolidation = "skipped-consolidation"
    /// Consolidation feeds sharing directly (`missing-capture`, `skipped-phase`).
    case skippedCapture = "skipped-capture"
    /// Generation feeds sharing directly (`missing-consolidation`, `missing-capture`, `skipped-phase`).
    case straightToSharing = "straight-to-sharing"
    /// Captured knowledge ends in an archive that nothing reads (`dead-end-repository`,
    /// `missing-sharing`).
    case deadEndRepository = "dead-end-repository"
    /// Sharing that nobody is asked to act on (`missing-application`).
    case noApplication = "no-application"
    /// Application that never feeds back into new generation (`open-loop`).
    case openLoop = "open-loop"
    /// Sharing to another group with no broker among its owners (`no-broker`).
    case sharingWithoutBroker = "sharing-without-broker"
    /// A liaison alone carries the wave's sharing to an advisory panel that hears nothing else
    /// (`broker-bottleneck`; see ``PlantedBottleneck``).
    case brokerBottleneck = "broker-bottleneck"
    /// Capture written for nobody in particular (`product-without-audience`).
    case captureWithoutAudience = "capture-without-audience"
    /// One activity of the wave has no owner (`unowned-activity`).
    case unownedActivity = "unowned-activity"
    /// Weekly generation consolidated yearly (`cadence-mismatch`).
    case cadenceMismatch = "cadence-mismatch"
    /// An application activity with no flow in or out (`orphan-activity`).
    case isolatedActivity = "isolated-activity"

    /// The phases (indices into the default framework) this gap leaves empty in its wave.
    var missingPhases: [Int] {
        switch self {
        case .missingGeneration: [0]
        case .stalledAfterGeneration: [1, 2, 3, 4]
        case .stalledAfterConsolidation: [2, 3, 4]
        case .skippedConsolidation: [1]
        case .skippedCapture: [2]
        case .straightToSharing: [1, 2]
        case .deadEndRepository: [3, 4]
        case .noApplication: [4]
        default: []
        }
    }
}
