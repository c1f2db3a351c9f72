@testable import KMapAnalysis
@testable import KMapModel
import PropertyBased
import Testing

/// Paths are read from links all waves share; their shortcuts (last activity, where a missing
/// phase would stand) must agree with walking the path step by step.
@Suite struct WavePathTests {
    /// `heads` generation activities in a chain, then a tail of consolidation, capture and
    /// application activities, without sharing: every wave runs into the same tail.
    private func sharedTail(heads: Int, tail: Int) -> KMap {
        var builder = MapBuilder()
        for index in 0..<heads { builder.activity("g\(index)", 0) }
        for index in 0..<tail {
            let phase = index < tail / 3 ? 1 : index < 2 * tail / 3 ? 2 : 4
            builder.activity("t\(index)", phase)
        }
        let count = heads + tail
        builder.flows = (0..<(count - 1)).map { Flow(from: .activity($0), to: .activity($0 + 1), label: nil, range: .empty(at: 0)) }
        return builder.build()
    }

    @Test("waves running into one long tail each read the whole path, but store none of it")
    func sharedTailIsReadNotCopied() throws {
        let heads = 2_000, tail = 3_000
        let context = AnalysisContext(map: sharedTail(heads: heads, tail: tail), enabledSlugs: [])
        #expect(context.waves.count == heads)
        // The most complete path ends at the first activity of the furthest phase reached.
        let firstApplication = heads + 2 * tail / 3
        for (index, wave) in context.waves.enumerated() where index % 250 == 0 {
            let path = Array(wave.path)
            #expect(path.count == firstApplication - index + 1)
            #expect(path.first == .activity(index))
            #expect(path.last == .activity(firstApplication))
            #expect(wave.lastActivity == firstApplication)
            #expect(wave.missingPhases == [3])
        }
        // Sharing (phase 3) is missing: the gap stands after the last capture activity, at the
        // flow that jumps from capture to application.
        let lastCapture = heads + 2 * tail / 3 - 1
        #expect(context.gaps.count == heads)
        for gap in context.gaps {
            #expect(gap.anchor == lastCapture)
            let jump = try #require(gap.jumpFlow)
            #expect(context.map.flows[jump].from == .activity(lastCapture))
            #expect(context.map.flows[jump].to == .activity(lastCapture + 1))
        }
    }

    @Test("run lookups agree with walking the path, on random maps")
    func lookupsAgreeWithWalking() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            let result = analyze(RandomValidMap(seed: seed).text(shuffledWith: 0))
            let map = result.map
            let levels = Reviews(graph: map.graph, phaseCount: map.framework.phases.count).levels
            for wave in result.waves {
                let steps = Array(wave.path)
                let lastActivity = steps.reversed().lazy.compactMap { ref -> Int? in
                    if case .activity(let index) = ref { index.position } else { nil }
                }.first
                #expect(wave.path.lastActivity == lastActivity, "seed \(seed)")
                for phase in 0..<map.framework.phases.count where !wave.reached[phase] {
                    let expected = Self.walk(steps, to: phase, levels: levels)
                    let actual = wave.path.gap(at: phase)
                    #expect(actual.anchor == expected.anchor, "seed \(seed), phase \(phase)")
                    #expect(actual.jump?.from == expected.jump?.from && actual.jump?.to == expected.jump?.to, "seed \(seed), phase \(phase)")
                }
            }
        }
    }

    /// The gap at `phase`, found by walking every step: the last activity before the path passes
    /// `phase`, and the steps around the first activity past it. An activity stands at its level
    /// (its phase, or for a review the level of what it reviews).
    private static func walk(_ steps: [NodeRef], to phase: Int, levels: [Int]) -> (anchor: Int?, jump: (from: NodeRef, to: NodeRef)?) {
        var anchor: Int?
        for (position, step) in steps.enumerated() {
            guard case .activity(let activity) = step, levels[activity.position] >= 0 else { continue }
            let stepPhase = levels[activity.position]
            if stepPhase < phase {
                anchor = activity.position
            } else if stepPhase > phase {
                return (anchor, position > 0 ? (steps[position - 1], step) : nil)
            }
        }
        return (anchor, nil)
    }
}
