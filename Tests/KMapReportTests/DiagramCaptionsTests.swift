import Foundation
import KMapRender
import Testing
@testable import KMapReport

/// The report's two diagrams: the stakeholders view is included, findings about people link to
/// it, and the waves caption says how many findings it shows and where the others are.
@Suite struct DiagramCaptionsTests {
    @Test func theCaptionsCountWhatEachViewShows() {
        #expect(DiagramCaptions(total: 5, inWaves: 2, inStakeholders: 3).waves.hasSuffix(
            "This view shows 2 of the 5 findings; of the others, 3 are marked in the stakeholders view below."))
        #expect(DiagramCaptions(total: 4, inWaves: 2, inStakeholders: 1).waves.hasSuffix(
            "This view shows 2 of the 4 findings; of the others, 1 is marked in the stakeholders view below and 1 concerns the map as a whole and is only listed."))
        #expect(DiagramCaptions(total: 1, inWaves: 1, inStakeholders: 0).waves.hasSuffix("This view shows 1 of the 1 finding."))
        #expect(!DiagramCaptions(total: 0, inWaves: 0, inStakeholders: 0).waves.contains("This view shows"))
        #expect(DiagramCaptions(total: 5, inWaves: 2, inStakeholders: 3).stakeholders.hasSuffix("Red outlines mark the 3 findings about people."))
    }

    /// The broken map has findings about stakeholders (KM007-KM009) that the waves view cannot show.
    @Test func findingsAboutPeopleLinkToTheStakeholdersView() throws {
        let analysis = try TestMaps.example("broken-everything.kmap")
        let waves = try ReportDiagram.embedded(for: analysis)
        let people = try ReportDiagram.embedded(for: analysis, options: DiagramOptions(view: .stakeholders))
        let html = HTMLReport.render(analysis, diagram: waves, stakeholderDiagram: people)
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(html.contains(#"<figure class="diagram stakeholders" id="figure-stakeholders">"#))
        let model = ReportModel(analysis: analysis, diagramElements: waves.elements, stakeholderElements: people.elements)
        let entries = model.findingGroups.flatMap(\.findings)
        let aboutPeople = entries.filter { ["KM007", "KM008", "KM009"].contains($0.code) }
        #expect(!aboutPeople.isEmpty)
        for entry in aboutPeople {
            let target = try #require(entry.diagramTarget, "\(entry.code) links to no diagram")
            #expect(people.elements.contains { $0.id == target } && !waves.elements.contains { $0.id == target })
        }
        let inWaves = entries.count { entry in waves.elements.contains { $0.id == entry.diagramTarget } }
        #expect(model.captions.waves.contains("This view shows \(inWaves) of the \(analysis.findings.count) findings; of the others, \(aboutPeople.count) are marked in the stakeholders view below"))
        #expect(html.contains(model.captions.waves.replacingOccurrences(of: "'", with: "&#39;")))
        // The two pictures share no id, so every link has one target.
        let ids = html.matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "\(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }
}
