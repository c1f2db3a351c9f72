import KMapLanguage
import KMapModel

extension AnalysisContext {
    /// Groups waves (indices into ``waves``) by the activity a finding about them points at, in
    /// first-seen order, so that waves ending at the same place share one finding. Within a
    /// group the waves are in id order, so the wave a shared finding is about does not depend
    /// on the order of the file.
    func groupWaves(_ pairs: [(wave: Int, anchor: ActivityIndex)]) -> [(anchor: ActivityIndex, waves: [Int])] {
        var groups: [(anchor: ActivityIndex, waves: [Int])] = []
        var groupOfAnchor: [ActivityIndex: Int] = [:]
        for pair in pairs {
            if let group = groupOfAnchor[pair.anchor] {
                groups[group].waves.append(pair.wave)
            } else {
                groupOfAnchor[pair.anchor] = groups.count
                groups.append((pair.anchor, [pair.wave]))
            }
        }
        let waves = waves // captured alone, not the whole context
        return groups.map { group in
            (group.anchor, group.waves.count < 2 ? group.waves : group.waves.sorted { waves[$0].id < waves[$1].id })
        }
    }

    /// A note naming the other waves that share a finding: `wave 'b' ends here as well`.
    func sharedNote(_ waveIndices: ArraySlice<Int>) -> DiagnosticNote? {
        guard !waveIndices.isEmpty else { return nil }
        let names = waveIndices.map { "'\(waves[$0].label)'" }
        let list = ProseList.joined(names)
        return DiagnosticNote(names.count == 1 ? "wave \(list) ends here as well" : "waves \(list) end here as well")
    }
}
