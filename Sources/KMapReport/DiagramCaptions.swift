/// The captions under the report's two diagrams: what each shows and how many of the findings
/// are marked on it, so that a reader who counts the red outlines knows where the others are.
struct DiagramCaptions {
    var waves: String
    var stakeholders: String

    /// - Parameters:
    ///   - total: every finding of the report.
    ///   - inWaves: the findings marked on the waves diagram.
    ///   - inStakeholders: the findings marked only on the stakeholders diagram.
    init(total: Int, inWaves: Int, inStakeholders: Int) {
        var waves = "Phases run left to right, one row per wave. Red outlines mark findings; dashed red boxes mark missing phases."
        if total > 0 {
            let unmarked = total - inWaves - inStakeholders
            var elsewhere: [String] = []
            if inStakeholders > 0 { elsewhere.append("\(inStakeholders) \(Self.verb(inStakeholders, "is", "are")) marked in the stakeholders view below") }
            if unmarked > 0 { elsewhere.append("\(unmarked) \(Self.verb(unmarked, "concerns", "concern")) the map as a whole and \(Self.verb(unmarked, "is", "are")) only listed") }
            waves += " This view shows \(inWaves) of the \(Self.counted(total, "finding"))"
            waves += elsewhere.isEmpty ? "." : "; of the others, " + elsewhere.joined(separator: " and ") + "."
        }
        self.waves = waves
        stakeholders = "Who passes knowledge to whom: groups as boxes, declared brokers outlined in orange, de-facto brokers filled."
        if inStakeholders > 0 { stakeholders += " Red outlines mark the \(Self.counted(inStakeholders, "finding")) about people." }
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    private static func verb(_ count: Int, _ singular: String, _ plural: String) -> String {
        count == 1 ? singular : plural
    }
}
