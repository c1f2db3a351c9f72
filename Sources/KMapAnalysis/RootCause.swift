import KMapModel

/// One break, one finding: which of a wave's missing phases is the one to report, and which are
/// only its consequences.
extension AnalysisContext {
    /// Whether `gap` is the one its wave is reported by: the first of the wave's missing phases
    /// that no other rule reports and whose `missing-<phase>` rule is on. A run of alternatives
    /// that the wave misses whole is one gap: its first phase whose rule is on reports it.
    public func isRootCause(_ gap: WaveGap) -> Bool {
        rootCause(ofWave: gap.wave) == gap.phase
    }

    /// The phases after `phase` that wave `wave` never reaches either (a run of alternatives
    /// named once, by its first phase): the note on its finding.
    public func consequences(ofGapAt phase: Int, inWave wave: Int) -> [Int] {
        let run = map.framework.alternatives(of: phase)
        return gaps(ofWave: wave).map(\.phase).filter { later in
            later > phase && run?.contains(later) != true && representative(of: later) == later
        }.map { $0 }
    }

    /// A phase as a step of the framework: `share or access` for a run of alternatives, else its name.
    public func stepName(_ phase: Int) -> String {
        guard let run = map.framework.alternatives(of: phase) else { return phaseName(phase) }
        let names = run.map(phaseName)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// The gaps of one wave, in phase order (``WaveGap/all`` lists them wave by wave).
    func gaps(ofWave wave: Int) -> ArraySlice<WaveGap> {
        waveGapRanges.indices.contains(wave) ? gaps[waveGapRanges[wave]] : []
    }

    private func rootCause(ofWave wave: Int) -> Int? {
        gaps(ofWave: wave).first { gap in
            !gapIsReportedElsewhere(gap) && isEnabled("missing-\(phaseName(gap.phase))")
        }?.phase
    }

    /// The first phase of a run of alternatives stands for the run in notes.
    private func representative(of phase: Int) -> Int {
        map.framework.alternatives(of: phase)?.lowerBound ?? phase
    }
}
