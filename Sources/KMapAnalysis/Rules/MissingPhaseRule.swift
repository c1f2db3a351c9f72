import KMapLanguage
import KMapModel

/// `missing-<phase>`: a wave never reaches a phase of the framework. One rule per phase after the
/// first, code `KM1` + the phase's two-digit index (`KM101` missing-consolidation ...
/// `KM104` missing-application); the last phase's rule is an error, the others warnings.
///
/// One root cause, one finding: a wave is reported once, by the rule of the *first* phase it never
/// reaches (among the rules that are on), at the last activity it reaches before that phase; the
/// later phases it misses are a note. Waves that stop at the same activity share one finding (a
/// note names the other waves). A phase the wave jumps over is reported by skipped-phase at the
/// jumping flow, and a wave whose generation activity has no flows at all by orphan-activity, not
/// here. A run of alternatives (APQC's share and access) the wave misses whole is one gap, reported
/// by its first phase.
public struct MissingPhaseRule: GapRule {
    public let phase: Int
    public let description: RuleDescription

    /// The family for a framework: one rule per phase after the first.
    public static func family(for framework: Framework) -> [MissingPhaseRule] {
        framework.phases.indices.dropFirst().map { MissingPhaseRule(phase: $0, framework: framework) }
    }

    public init(phase: Int, framework: Framework) {
        self.phase = phase
        self.description = framework.isDefault
            ? MissingPhaseDescriptions.defaultPhase(phase)
            : MissingPhaseDescriptions.customPhase(phase, of: framework)
    }

    public func findings(in context: AnalysisContext) -> [Finding] {
        let gaps = context.gapsByPhase[phase].filter { context.isRootCause($0) }
        return context.groupWaves(gaps.map { ($0.wave, $0.anchor) }).map { group in
            finding(anchor: group.anchor, waves: group.waves, in: context)
        }
    }

    private func finding(anchor: ActivityIndex, waves: [Int], in context: AnalysisContext) -> Finding {
        let wave = context.waves[waves[0]]
        let activity = context.map[anchor]
        var notes: [DiagnosticNote] = []
        let later = context.consequences(ofGapAt: phase, inWave: waves[0])
        if !later.isEmpty {
            notes.append(DiagnosticNote("so it never reaches \(context.phaseList(later)) either"))
        }
        if let shared = context.sharedNote(waves.dropFirst()) { notes.append(shared) }
        let message = "wave '\(wave.label)' never reaches \(context.stepName(phase)): its knowledge stops at \(context.map.name(of: .activity(anchor))) (\(context.phaseName(activity.lastPhase)))"
        return context.finding(
            description, at: activity.idRange, message, subject: .wave(wave.id), wave: wave.id,
            nodes: [.activity(anchor)], missingPhase: phase, notes: notes
        )
    }
}
