import Foundation

/// A bounded pool of threads for work on independent inputs (the maps `check` reads, the versions
/// `diff` and `trend` compare), with results in input order whatever order they finish in.
enum Workers {
    /// One worker per core the process may run on.
    static var perCore: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every element on up to `count` threads, in the elements' order.
    /// Each worker takes the next element not yet taken, so a slow element does not hold up the
    /// rest. With one worker, or one element, everything runs on the calling thread.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], count: Int = perCore, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let workers = min(count, elements.count)
        guard workers > 1 else { return elements.map(transform) }
        let slots = ResultSlots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.takeNext() {
                slots.store(transform(elements[index]), at: index)
            }
        }
        return slots.results
    }
}

/// The results of ``Workers/map(_:count:_:)``, filled in from several threads: each index is
/// handed out once and its slot written once.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]
    private var next = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next index no worker has taken, or nil when all are taken.
    func takeNext() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    /// Every result, in order; read once all were stored.
    var results: [Result] { lock.withLock { slots.map { $0! } } }
}
