import KMapAnalysis
@testable import KMapModel
import Testing

@Suite struct WaveAnalysisTests {
    /// gen -> cons -> cap -> share -> app, plus `extra` flows.
    func cycle(_ extra: (inout MapBuilder) -> Void = { _ in }) -> [WaveResult] {
        var builder = MapBuilder()
        for (phase, id) in ["gen", "cons", "cap", "share", "app"].enumerated() { builder.activity(id, phase) }
        builder.flow("gen", "cons", "cap", "share", "app")
        extra(&builder)
        return WaveAnalysis.waves(of: builder.build())
    }

    @Test func aFullCycleThatFeedsBackIsCompleteAndClosed() throws {
        let wave = try #require(cycle { $0.flow("app", "gen") }.first)
        #expect(wave.id == "gen")
        #expect(!wave.declared)
        #expect(wave.isComplete)
        #expect(wave.isClosed)
        #expect(wave.reached == [true, true, true, true, true])
        #expect(wave.missingPhases == [])
        #expect(Array(wave.path) == (0..<5).map { NodeRef.activity($0) })
        #expect(wave.furthestPhase == 4)
        #expect(wave.lastActivity == 4)
    }

    @Test func applicationThatNeverFeedsBackLeavesTheWaveOpen() throws {
        let wave = try #require(cycle().first)
        #expect(wave.isComplete)
        #expect(!wave.isClosed)
    }

    @Test func feedingBackThroughOtherNodesCloses() throws {
        let wave = try #require(cycle { builder in
            builder.repository("archive")
            builder.activity("later", 1)
            builder.activity("gen2", 0)
            builder.flow("app", "archive", "later", "gen2")
        }.first)
        #expect(wave.isClosed)
    }

    @Test func anIncompleteWaveNamesItsMissingPhasesAndLastActivity() throws {
        var builder = MapBuilder()
        builder.activity("gen", 0)
        builder.activity("cons", 1)
        builder.activity("other", 4)
        builder.flow("gen", "cons")
        let wave = try #require(WaveAnalysis.waves(of: builder.build()).first)
        #expect(!wave.isComplete)
        #expect(wave.missingPhases == [2, 3, 4])
        #expect(wave.furthestPhase == 1)
        #expect(wave.lastActivity == 1)
        #expect(Array(wave.path) == [.activity(0), .activity(1)])
    }

    @Test func repositoriesPassKnowledgeThrough() throws {
        var builder = MapBuilder()
        builder.repository("drive")
        builder.repository("library")
        for (phase, id) in ["gen", "cons", "cap", "share", "app"].enumerated() { builder.activity(id, phase) }
        builder.flow("gen", "cons", "cap", "drive", "library", "share", "app")
        let wave = try #require(WaveAnalysis.waves(of: builder.build()).first)
        #expect(wave.isComplete)
        #expect(wave.path.contains(.repository(0)) && wave.path.contains(.repository(1)))
    }

    /// gen, cap, cons, share, app declared in that order (cons after cap), with `flows`.
    func outOfOrder(_ flows: (inout MapBuilder) -> Void) -> WaveResult? {
        var builder = MapBuilder()
        builder.activity("gen", 0)
        builder.activity("cap", 2)
        builder.activity("cons", 1)
        builder.activity("share", 3)
        builder.activity("app", 4)
        flows(&builder)
        return WaveAnalysis.waves(of: builder.build()).first
    }

    @Test func backwardFlowsDoNotCountTowardsCompleteness() throws {
        let wave = try #require(outOfOrder { $0.flow("gen", "cap", "share", "app", "cons") })
        #expect(!wave.isComplete)
        #expect(wave.reached == [true, false, true, true, true])
        #expect(wave.missingPhases == [1])
        #expect(wave.furthestPhase == 4)
    }

    /// gen -> cap -> cons (a review of the captured entries), then `rest`.
    func reviewedAfterCapture(_ rest: @escaping (inout MapBuilder) -> Void) -> WaveResult? {
        outOfOrder { builder in
            builder.flow("gen", "cap", "cons")
            rest(&builder)
        }
    }

    @Test func aReviewAfterCaptureIsTheConsolidationTheWaveJumpedOver() throws {
        let wave = try #require(reviewedAfterCapture { $0.flow("cons", "share", "app") })
        #expect(wave.isComplete)
        #expect(wave.reached == [true, true, true, true, true])
        #expect(Array(wave.path) == [.activity(0), .activity(1), .activity(2), .activity(3), .activity(4)])
    }

    @Test func aReviewOnASideBranchDoesNotCompleteTheWave() throws {
        let wave = try #require(reviewedAfterCapture { $0.flow("cap", "share", "app") })
        #expect(!wave.isComplete)
        #expect(wave.reached == [true, true, true, true, true])
    }

    @Test func anActivityFedByApplicationIsNoReview() throws {
        let wave = try #require(reviewedAfterCapture { builder in
            builder.flow("cap", "share", "app", "cons")
        })
        #expect(!wave.isComplete)
        #expect(wave.reached == [true, false, true, true, true])
    }

    @Test func jumpingOverAPhaseIsNeverComplete() throws {
        let waves = cycle { builder in
            builder.activity("gen2", 0)
            builder.flow("gen2", "share")
        }
        #expect(waves.map(\.id) == ["gen", "gen2"])
        #expect(waves[0].isComplete)
        #expect(!waves[1].isComplete)
        #expect(waves[1].missingPhases == [1, 2])
        #expect(Array(waves[1].path) == [.activity(5), .activity(3), .activity(4)])
    }

    @Test func theMostCompletePathPrefersAnInOrderRouteToTheSamePhase() throws {
        let waves = cycle { $0.flow("gen", "app") }
        #expect(waves[0].isComplete)
        #expect(Array(waves[0].path).count == 5)
    }

    @Test func declaredWavesGroupTheirGenerationActivities() throws {
        var builder = MapBuilder()
        let reading = builder.wave("reading", at: 100)
        builder.activity("solo", 0)
        builder.activity("pdsa", 0, wave: reading)
        builder.activity("survey", 0, wave: reading)
        builder.activity("huddle", 1, wave: reading)
        builder.flow("survey", "huddle")
        let waves = WaveAnalysis.waves(of: builder.build())
        #expect(waves.map(\.id) == ["solo", "reading"])
        #expect(waves[1].declared)
        #expect(waves[1].start == 1)
        #expect(waves[1].reached == [true, true, false, false, false])
        #expect(Array(waves[1].path) == [.activity(2), .activity(3)])
    }

    @Test func aDeclaredWaveWithoutGenerationStartsAtItsEarliestPhase() throws {
        var builder = MapBuilder()
        let late = builder.wave("late", at: 0)
        builder.activity("share", 3, wave: late)
        builder.activity("app", 4, wave: late)
        builder.flow("share", "app")
        let wave = try #require(WaveAnalysis.waves(of: builder.build()).first)
        #expect(wave.start == 0)
        #expect(!wave.isComplete)
        #expect(wave.missingPhases == [1, 2])
    }

    @Test func cyclesWithinAPhaseTerminate() throws {
        let waves = cycle { builder in
            builder.activity("cons2", 1)
            builder.flow("cons", "cons2", "cons")
        }
        #expect(waves[0].isComplete)
    }

    @Test func frameworksWithMoreThanSixtyFourPhasesWork() throws {
        let phases = (0..<70).map { "p\($0)" }
        var builder = MapBuilder(phases: phases)
        for phase in phases.indices { builder.activity("a\(phase)", phase) }
        for phase in phases.indices.dropLast() { builder.flow("a\(phase)", "a\(phase + 1)") }
        builder.activity("b", 0)
        builder.flow("b", "a2")
        let waves = WaveAnalysis.waves(of: builder.build())
        #expect(waves[0].isComplete)
        #expect(waves[1].reached[69] && !waves[1].reached[1])
        #expect(waves[1].missingPhases == [1])
    }

    @Test func aMillionStepChainNeedsNoDeepStack() throws {
        let count = 1_000_000
        var builder = MapBuilder()
        builder.activities.reserveCapacity(count)
        builder.activity("gen", 0)
        for index in 1..<count { builder.activity("c\(index)", index < count - 3 ? 1 : index - (count - 5)) }
        builder.flows = (0..<(count - 1)).map { Flow(from: .activity($0), to: .activity($0 + 1), label: nil, range: .empty(at: 0)) }
        builder.flows.append(Flow(from: .activity(count - 1), to: .activity(0), label: nil, range: .empty(at: 0)))
        let wave = try #require(WaveAnalysis.waves(of: builder.build()).first)
        #expect(wave.isComplete)
        #expect(wave.isClosed)
        #expect(Array(wave.path).count == count)
    }
}
