import KMapModel
import Synchronization

/// The ``BrokerAnalysis`` of one map, computed the first time it is read and kept from then on.
///
/// Betweenness and partner groups are most of the cost of an analysis, and only the report,
/// export and stakeholder views show them, so `kmap check` never pays for them. Safe to read from
/// several threads: the first reader computes, the others wait for its result.
final class DeferredBrokerAnalysis: Sendable {
    private let map: KMap
    private let cache = Mutex<BrokerAnalysis?>(nil)

    init(map: KMap) {
        self.map = map
    }

    /// The measures, computed on first use.
    var value: BrokerAnalysis {
        cache.withLock { cached in
            if let cached { return cached }
            let computed = BrokerAnalysis(map: map)
            cached = computed
            return computed
        }
    }
}
