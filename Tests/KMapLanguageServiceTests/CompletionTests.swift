import KMapLanguageService
import Testing

@Suite struct CompletionTests {
    private func labels(_ marked: String, at mark: String = "c") -> [String] {
        let map = MarkedMap(marked)
        return map.checked().completions(at: map[mark]).map(\.label)
    }

    private let people = """
    stakeholder teachers "Teachers"
    stakeholder coaches "Coaches" broker
    repository drive "Drive"
    generation pdsa "PDSA" by teachers

    """

    @Test func stakeholdersAfterByAndForAndAfterACommaInTheirList() {
        #expect(labels(people + "capture brief \"Brief\" by ⟨c⟩\n") == ["teachers", "coaches"])
        #expect(labels(people + "capture brief \"Brief\" by teachers for coaches, te⟨c⟩\n") == ["teachers", "coaches"])
    }

    @Test func nodesInFlows() {
        #expect(labels(people + "pdsa -> ⟨c⟩\n") == ["pdsa", "drive"])
        #expect(labels(people + "pdsa -> drive, ⟨c⟩\n") == ["pdsa", "drive"])
    }

    @Test func techniquesCadencesAndFixedValues() {
        let techniques = labels(people + "capture brief \"Brief\" technique ⟨c⟩\n")
        #expect(techniques.contains("after-action-review") && techniques.contains("community-of-practice"))
        #expect(labels(people + "capture brief \"Brief\" every ⟨c⟩\n").contains("quarter"))
        #expect(labels(people + "capture brief \"Brief\" every 3 ⟨c⟩\n") == ["days", "weeks", "months", "years"])
        #expect(labels(people + "consolidation brief \"Brief\" routine ⟨c⟩\n") == ["summary", "synthesis", "reduction"])
    }

    @Test func keywordsAndTheMapsPhasesAtTheStartOfALine() {
        let start = labels(people + "⟨c⟩\n")
        #expect(start.contains("stakeholder") && start.contains("generation") && start.contains("application"))
        let custom = labels("map \"M\" {\n  phases create, share, use\n}\n⟨c⟩\n")
        #expect(custom.contains("create") && custom.contains("share") && !custom.contains("generation"))
    }

    @Test func attributeKeywordsAfterALabelAndInABlock() {
        #expect(labels(people + "capture brief \"Brief\" ⟨c⟩\n").contains("technique"))
        #expect(labels(people + "capture brief \"Brief\" {\n  ⟨c⟩\n}\n").contains("indicator"))
    }

    @Test func ruleSlugsInRulesBlocksAndSuppressionComments() {
        let inRules = labels("map \"M\" {\n  rules {\n    disable ⟨c⟩\n  }\n}\n")
        #expect(inRules.contains("open-loop") && inRules.contains("no-broker"))
        #expect(labels("map \"M\" {\n  rules {\n    ⟨c⟩\n  }\n}\n") == ["disable", "enable", "severity"])
        #expect(labels("map \"M\" {\n  rules {\n    severity open-loop ⟨c⟩\n  }\n}\n") == ["error", "warning", "info"])
        #expect(labels(people + "capture brief \"Brief\" # kmap: ignore ⟨c⟩\n").contains("orphan-activity"))
        #expect(labels(people + "capture brief \"Brief\" # a note ⟨c⟩\n").isEmpty)
    }

    @Test func nothingInsideAString() {
        #expect(labels(people + "capture brief \"Bri⟨c⟩\n").isEmpty)
    }
}
