import KMapLanguage
import KMapModel

/// `missing-<phase>`: a wave never reaches a phase of the framework. One rule per phase after the
/// first, code `KM1` + the phase's two-digit index (`KM101` missing-consolidation ...
/// `KM104` missing-application); the last phase's rule is an error, the others warnings.
///
/// One finding per missing phase, at the last activity the wave reaches before that phase. Waves
/// that stop at the same activity share one finding (a note names the other waves). A phase the
/// wave jumps over is reported by skipped-phase at the jumping flow, and a wave whose generation
/// activity has no flows at all by orphan-activity, not here.
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
        let gaps = context.gapsByPhase[phase].filter { !context.gapIsReportedElsewhere($0) }
        return context.groupWaves(gaps.map { ($0.wave, $0.anchor) }).map { group in
            finding(anchor: group.anchor, waves: group.waves, in: context)
        }
    }

    private func finding(anchor: Int, waves: [Int], in context: AnalysisContext) -> Finding {
        let wave = context.waves[waves[0]]
        let activity = context.map.activities[anchor]
        var notes: [DiagnosticNote] = []
        let others = wave.missingPhases.filter { $0 != phase }
        if !others.isEmpty {
            notes.append(DiagnosticNote("the wave also never reaches \(context.phaseList(others))"))
        }
        if let shared = context.sharedNote(waves.dropFirst()) { notes.append(shared) }
        let message = "wave '\(wave.id)' never reaches \(context.phaseName(phase)): its knowledge stops at '\(activity.id)' (\(context.phaseName(activity.phase)))"
        return context.finding(
            description, at: activity.idRange, message, subject: wave.id, wave: wave.id,
            nodes: [.activity(anchor)], missingPhase: phase, notes: notes
        )
    }
}
