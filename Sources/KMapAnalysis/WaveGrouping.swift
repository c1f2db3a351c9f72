import KMapLanguage

extension AnalysisContext {
    /// Groups waves (indices into ``waves``) by the activity a finding about them points at, in
    /// first-seen order, so that waves ending at the same place share one finding. Within a
    /// group the waves are in id order, so the wave a shared finding is about does not depend
    /// on the order of the file.
    func groupWaves(_ pairs: [(wave: Int, anchor: Int)]) -> [(anchor: Int, waves: [Int])] {
        var groups: [(anchor: Int, waves: [Int])] = []
        var groupOfAnchor: [Int: Int] = [:]
        for pair in pairs {
            if let group = groupOfAnchor[pair.anchor] {
                groups[group].waves.append(pair.wave)
            } else {
                groupOfAnchor[pair.anchor] = groups.count
                groups.append((pair.anchor, [pair.wave]))
            }
        }
        return groups.map { group in (group.anchor, group.waves.sorted { waves[$0].id < waves[$1].id }) }
    }

    /// A note naming the other waves that share a finding: `wave 'b' ends here as well`.
    func sharedNote(_ waveIndices: ArraySlice<Int>) -> DiagnosticNote? {
        guard !waveIndices.isEmpty else { return nil }
        let names = waveIndices.map { "'\(waves[$0].label)'" }
        let list = ProseList.joined(names)
        return DiagnosticNote(names.count == 1 ? "wave \(list) ends here as well" : "waves \(list) end here as well")
    }
}
