/// The stakeholders of a planted `broker-bottleneck`: a liaison (a broker of no group) who alone
/// runs a wave's sharing, and an advisory panel of two members (a group) that the sharing reaches
/// and nothing else does. Every route of knowledge into the panel passes through the liaison.
enum PlantedBottleneck {
    static func writeLiaisonID(wave: Int, into text: inout TextBuffer) {
        text.write("liaison")
        text.write(wave)
    }

    /// Writes `, panelNa, panelNb` after an audience list.
    static func writePanelIDs(wave: Int, into text: inout TextBuffer) {
        for member in ["a", "b"] {
            text.write(", panel")
            text.write(wave)
            text.write(member)
        }
    }

    /// Declares the liaison and the panel of `wave`, after the wave.
    static func writeStakeholders(wave: Int, into text: inout TextBuffer) {
        text.write("stakeholder ")
        writeLiaisonID(wave: wave, into: &text)
        text.write(" \"Liaison of wave ")
        text.write(wave)
        text.write("\" broker\n")
        for member in ["a", "b"] {
            text.write("stakeholder panel")
            text.write(wave)
            text.write(member)
            text.write(" \"Advisory panel of wave ")
            text.write(wave)
            text.write(" (member ")
            text.write(member)
            text.write(")\" group panel")
            text.write(wave)
            text.write("\n")
        }
    }
}
