import KMapLanguageService
import Testing

@Suite struct HoverTests {
    let document = Maps.literacy.checked()

    @Test func anActivityShowsItsLabelPhaseOwnersAudienceAndWave() throws {
        let hover = try #require(document.hover(at: Maps.literacy["pdsaUse"]))
        #expect(hover.markdown.contains("**PDSA cycles** (activity `pdsa`)"))
        #expect(hover.markdown.contains("Phase: generation"))
        #expect(hover.markdown.contains("Owners: Classroom teachers (`teachers`)"))
        #expect(hover.markdown.contains("Audience: none"))
        #expect(hover.markdown.contains("Wave: starts the wave `pdsa`"))
        #expect(hover.range.start == Maps.literacy["pdsaUse"])
    }

    @Test func aStakeholderShowsItsLabel() throws {
        let hover = try #require(document.hover(at: Maps.literacy["audience"]))
        #expect(hover.markdown.hasPrefix("**Classroom teachers** (stakeholder `teachers`)"))
    }

    @Test func aTechniqueShowsItsDescription() throws {
        let hover = try #require(document.hover(at: Maps.literacy["technique"]))
        #expect(hover.markdown.contains("technique `inquiry-cycle`"))
        #expect(hover.markdown.contains("Phases: generation"))
    }

    @Test func aFindingShowsItsRationaleAndRemedy() throws {
        let map = MarkedMap("""
        stakeholder teachers "Teachers"
        generation pdsa "PDSA" by teachers
        capture ⟨c⟩brief "Brief" by teachers

        """)
        let hover = try #require(map.checked().hover(at: map["c"]))
        #expect(hover.markdown.hasPrefix("**Brief** (activity `brief`)"))
        #expect(hover.markdown.contains("**KM004 orphan-activity**"))
        #expect(hover.markdown.contains("**Why it matters:** An activity connected to nothing"))
        #expect(hover.markdown.contains("**What to do:**"))
    }
}
