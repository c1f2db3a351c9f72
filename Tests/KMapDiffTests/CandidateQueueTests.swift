@testable import KMapDiff
import Testing

@Suite struct CandidateQueueTests {
    @Test func takesInOrderAndSkipsTakenCandidates() {
        var queue = CandidateQueue([10, 11, 12, 13])
        #expect(queue.takeFirst() == 10)
        queue.take(position: 2)
        #expect(queue.count == 2)
        #expect(queue.takeFirst() == 11)
        #expect(queue.takeFirst() == 13)
        #expect(queue.takeFirst() == nil)
        #expect(queue.count == 0)
    }

    @Test func bestLooksAtTheFirstFreeCandidatesOnly() throws {
        var queue = CandidateQueue(Array(0..<100))
        queue.take(position: 0)
        queue.take(position: 2)
        let best = try #require(queue.best(limit: 3) { Double($0) })
        #expect(best.item == 4)
        #expect(queue.best(limit: 0) { Double($0) } == nil)
        let earliest = try #require(queue.best(limit: 5) { _ in 1 })
        #expect(earliest.item == 1)
    }

    @Test func takingManyStaysFast() {
        var queue = CandidateQueue(Array(0..<200_000))
        var taken = 0
        while queue.takeFirst() != nil { taken += 1 }
        #expect(taken == 200_000)
    }
}
