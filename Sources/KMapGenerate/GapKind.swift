/// The breaks in a KM cycle that the generator plants on purpose, one kind per affected wave, so
/// that a generated map exercises every gap rule of the analysis on a known share of its waves.
public enum GapKind: String, CaseIterable, Sendable {
    /// Generation feeds capture directly: nobody consolidates the raw data.
    case skippedConsolidation = "skipped-consolidation"
    /// Consolidation feeds sharing directly: nothing is packaged for an audience.
    case skippedCapture = "skipped-capture"
    /// Generation feeds sharing directly, with neither consolidation nor capture.
    case straightToSharing = "straight-to-sharing"
    /// Captured knowledge ends in an archive repository that nothing reads.
    case deadEndRepository = "dead-end-repository"
    /// Sharing that nobody is asked to act on: the wave has no application.
    case noApplication = "no-application"
    /// Application that never feeds back into new generation.
    case openLoop = "open-loop"
    /// Sharing to another group with no broker among its owners.
    case sharingWithoutBroker = "sharing-without-broker"
    /// Capture written for nobody in particular (no `for`).
    case captureWithoutAudience = "capture-without-audience"
    /// One activity of the wave has no owner (no `by`).
    case unownedActivity = "unowned-activity"
    /// Consolidation far more frequent than the generation that feeds it.
    case cadenceMismatch = "cadence-mismatch"
    /// An application activity with no flow in or out.
    case isolatedActivity = "isolated-activity"
    /// Consolidation without a routine and application without a kind of action.
    case unspecifiedRoutine = "unspecified-routine"

    /// The phases (indices into the default framework) this gap leaves empty in its wave.
    var missingPhases: [Int] {
        switch self {
        case .skippedConsolidation: [1]
        case .skippedCapture: [2]
        case .straightToSharing: [1, 2]
        case .deadEndRepository: [3, 4]
        case .noApplication: [4]
        default: []
        }
    }
}
