import KMapAnalysis
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

    @Test func aRuleNamedInTheRulesBlockShowsItsRationaleAndRemedy() throws {
        let map = MarkedMap("""
        map "M" {
          rules {
            disable ⟨slug⟩no-broker, K⟨code⟩M004
            severity ⟨severity⟩open-loop ⟨level⟩error
          }
        }
        stakeholder teachers "Teachers"
        generation pdsa "PDSA" by teachers

        """)
        let document = map.checked()
        let slug = try #require(document.hover(at: map["slug"]))
        #expect(slug.markdown.hasPrefix("**KM006 no-broker** (warning by default)"))
        #expect(slug.markdown.contains("**Why it matters:**"))
        #expect(slug.markdown.contains("**What to do:**"))
        #expect(slug.range.start == map["slug"])
        #expect(slug.range.end == TextPosition(line: 2, character: 21))
        let code = try #require(document.hover(at: map["code"]))
        #expect(code.markdown.hasPrefix("**KM004 orphan-activity**"))
        #expect(code.range.start == TextPosition(line: 2, character: 23))
        #expect(try #require(document.hover(at: map["severity"])).markdown.hasPrefix("**KM001 open-loop**"))
        #expect(document.hover(at: map["level"]) == nil)
    }

    @Test func aRuleNamedInASuppressionCommentShowsItsRationaleAndNotTheReason() throws {
        let map = MarkedMap("""
        stakeholder teachers "Teachers"
        generation pdsa "PDSA" by teachers # kmap: ignore orphan-act⟨rule⟩ivity -- a pil⟨reason⟩ot
        # no-bro⟨plain⟩ker is only a word here

        """)
        let document = map.checked()
        let hover = try #require(document.hover(at: map["rule"]))
        #expect(hover.markdown.hasPrefix("**KM004 orphan-activity**"))
        #expect(hover.markdown.contains(RuleRegistry.description(named: "orphan-activity")!.remedy))
        #expect(document.hover(at: map["reason"]) == nil)
        #expect(document.hover(at: map["plain"]) == nil)
    }
}
