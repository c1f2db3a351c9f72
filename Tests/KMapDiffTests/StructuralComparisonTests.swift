import KMapDiff
import Testing

/// Structural changes matched by id: every kind of entity added, removed and changed.
@Suite struct StructuralComparisonTests {
    @Test func aMapComparedWithItselfHasNoChanges() {
        let diff = Maps.diff(BaseMap.text, BaseMap.text)
        #expect(diff.changes.isEmpty)
        #expect(diff.isEmpty)
    }

    @Test(arguments: [
        (("status planned", "status existing"), "changed activity adopt: status planned -> existing"),
        (("every week technique inquiry-cycle", "every 2 weeks technique inquiry-cycle"), "changed activity pdsa: cadence week -> 2 weeks"),
        (("by coaches for principals", "by coaches, teachers for principals"), "changed activity brief: owners coaches -> coaches, teachers"),
        (("for teachers, principals every", "for teachers every"), "changed activity convening: audience teachers, principals -> teachers"),
        (("technique community-of-practice", "technique knowledge-cafe"), "changed activity convening: technique community-of-practice -> knowledge-cafe"),
        (("technique community-of-practice", ""), "changed activity convening: technique community-of-practice -> none"),
        (("\"Change-idea brief\"", "\"Change-idea brief, revised\""), "changed activity brief: label \"Change-idea brief\" -> \"Change-idea brief, revised\""),
        (("routine synthesis", "routine reduction"), "changed activity huddle: routine synthesis -> reduction"),
        (("action act", "action resource"), "changed activity adopt: action act -> resource"),
        (("status planned", "status planned indicator \"Schools adopting\""), "changed activity adopt: indicators none -> \"Schools adopting\""),
        (("sharing convening", "application convening"), "changed activity convening: phase sharing -> application"),
    ])
    func activityAttributeChanges(edit: (String, String), expected: String) {
        let diff = Maps.diff(BaseMap.text, BaseMap.editing(edit))
        #expect(diff.changeLines == [expected])
    }

    @Test func ownersInAnotherOrderAreNotAChange() {
        let diff = Maps.diff(BaseMap.text, BaseMap.editing(("by teachers, coaches every month", "by coaches, teachers every month")))
        #expect(diff.changes.isEmpty)
    }

    @Test func activityAddedAndRemoved() {
        let added = Maps.diff(BaseMap.text, BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches for teachers\n")
        #expect(added.changeLines == ["added activity cafe"])
        #expect(added.changes.first?.phase == "sharing")
        #expect(added.changes.first?.label == "Knowledge cafe")

        let removed = Maps.diff(BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches for teachers\n", BaseMap.text)
        #expect(removed.changeLines == ["removed activity cafe"])
    }

    @Test func removingAnActivityRemovesItsFlows() {
        let old = BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches for teachers\ndrive -> cafe -> adopt\n"
        let diff = Maps.diff(old, BaseMap.text)
        #expect(diff.changeLines == ["removed activity cafe", "removed flow drive -> cafe", "removed flow cafe -> adopt"])
    }

    @Test func activityMovedIntoAWave() {
        let old = BaseMap.text
        let new = BaseMap.editing(
            ("sharing convening \"Network convening\" by coaches for teachers, principals every quarter technique community-of-practice\n", ""),
            ("  pdsa -> huddle -> brief\n", "  pdsa -> huddle -> brief\n  sharing convening \"Network convening\" by coaches for teachers, principals every quarter technique community-of-practice\n")
        )
        #expect(Maps.diff(old, new).changeLines == ["changed activity convening: wave none -> reading"])
    }

    @Test func repositoryChanges() {
        #expect(Maps.diff(BaseMap.text, BaseMap.editing(("owner coaches", "owner principals"))).changeLines
            == ["changed repository drive: owner coaches -> principals"])
        #expect(Maps.diff(BaseMap.text, BaseMap.text + "\nrepository wiki \"Wiki\"\n").changeLines == ["added repository wiki"])
        #expect(Maps.diff(BaseMap.text + "\nrepository wiki \"Wiki\"\n", BaseMap.text).changeLines == ["removed repository wiki"])
    }

    @Test func stakeholderChanges() {
        #expect(Maps.diff(BaseMap.text, BaseMap.editing(("\"Instructional coaches\" broker", "\"Instructional coaches\""))).changeLines
            == ["changed stakeholder coaches: broker yes -> no"])
        #expect(Maps.diff(BaseMap.text, BaseMap.editing(("\"School leaders\" group schools", "\"School leaders\" external"))).changeLines
            == ["changed stakeholder principals: external no -> yes; group schools -> principals"])
        #expect(Maps.diff(BaseMap.text, BaseMap.text + "\nstakeholder board \"Board\"\n").changeLines == ["added stakeholder board"])
    }

    @Test func flowChanges() {
        #expect(Maps.diff(BaseMap.text, BaseMap.text + "\nhuddle -> convening\n").changeLines == ["added flow huddle -> convening"])
        #expect(Maps.diff(BaseMap.text, BaseMap.editing(("adopt -> pdsa : \"next cycle\"", ""))).changeLines == ["removed flow adopt -> pdsa"])
        #expect(Maps.diff(BaseMap.text, BaseMap.editing(("\"next cycle\"", "\"the next cycle\""))).changeLines
            == ["changed flow adopt -> pdsa: label \"next cycle\" -> \"the next cycle\""])
    }

    @Test func waveChanges() {
        #expect(Maps.diff(BaseMap.text, BaseMap.editing(("\"Reading routines\"", "\"Reading and writing routines\""))).changeLines
            == ["changed wave reading: label \"Reading routines\" -> \"Reading and writing routines\""])
        let withWave = BaseMap.text + "\nwave writing \"Writing\" {\n  generation journal \"Journals\" by teachers\n}\n"
        #expect(Maps.diff(BaseMap.text, withWave).changeLines == ["added activity journal", "added wave writing"])
        #expect(Maps.diff(withWave, BaseMap.text).changeLines == ["removed activity journal", "removed wave writing"])
    }

    @Test func headerChanges() {
        let diff = Maps.diff(BaseMap.text, BaseMap.editing(
            ("goal \"Teachers apply tested routines\"", "goal \"Every school applies tested routines\""),
            ("standard \"Raised scores at three sites\"", "standard \"Raised scores at four sites\"")))
        #expect(diff.changeLines == [
            "changed map map: goal \"Teachers apply tested routines\" -> \"Every school applies tested routines\"; "
                + "standards \"Raised scores at three sites\" -> \"Raised scores at four sites\"",
        ])
    }

    @Test func changesAreListedByKindThenByKindOfChange() {
        let new = BaseMap.editing(("status planned", "status existing"), ("adopt -> pdsa : \"next cycle\"", ""))
            + "\nstakeholder board \"Board\"\nsharing cafe \"Knowledge cafe\" by coaches for teachers\n"
        #expect(Maps.diff(BaseMap.text, new).changeLines == [
            "added activity cafe", "changed activity adopt: status planned -> existing", "added stakeholder board",
            "removed flow adopt -> pdsa",
        ])
    }
}
