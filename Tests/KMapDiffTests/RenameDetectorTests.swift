import Foundation
import KMapDiff
import Testing

/// Likely renames: a declaration gone and a similar one new, in the same phase.
@Suite struct RenameDetectorTests {
    /// The base map with id `old` renamed to `new` everywhere it is written outside strings.
    private func renaming(_ old: String, to new: String, in text: String = BaseMap.text) -> String {
        var result = ""
        var word = ""
        var inString = false
        func flush() {
            result += word == old ? new : word
            word = ""
        }
        for character in text {
            if character == "\"" { inString.toggle() }
            if !inString, character.isLetter || character.isNumber || character == "_" || character == "-" && !word.isEmpty {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    @Test func anActivityWithANewIdIsARename() {
        let diff = Maps.diff(BaseMap.text, renaming("huddle", to: "data_huddle"))
        #expect(diff.changeLines == ["renamed activity huddle -> data_huddle"])
        #expect(diff.renames == ["huddle": "data_huddle"])
    }

    @Test func withoutRenameDetectionItIsARemovalAndAnAddition() {
        let diff = Maps.diff(BaseMap.text, renaming("huddle", to: "data_huddle"), options: DiffOptions(detectRenames: false))
        #expect(diff.changeLines == [
            "added activity data_huddle", "removed activity huddle",
            "added flow pdsa -> data_huddle", "added flow data_huddle -> brief",
            "removed flow pdsa -> huddle", "removed flow huddle -> brief",
        ])
    }

    @Test func aRenameWithAChangedAttributeReportsBoth() {
        let renamed = renaming("convening", to: "network_day").replacingOccurrences(of: "every quarter", with: "every month")
        #expect(Maps.diff(BaseMap.text, renamed).changeLines == ["renamed activity convening -> network_day: cadence quarter -> month"])
    }

    @Test func aSimilarLabelAndTheSameFlowsIsARename() {
        let renamed = renaming("huddle", to: "data_huddle").replacingOccurrences(of: "\"Site data huddle\"", with: "\"Site data huddles\"")
        #expect(Maps.diff(BaseMap.text, renamed).changeLines
            == ["renamed activity huddle -> data_huddle: label \"Site data huddle\" -> \"Site data huddles\""])
    }

    @Test func aDifferentLabelIsNotARename() {
        let renamed = renaming("huddle", to: "review").replacingOccurrences(of: "\"Site data huddle\"", with: "\"Quarterly evidence review\"")
        #expect(Maps.diff(BaseMap.text, renamed).changeLines.contains("added activity review"))
    }

    @Test func anotherPhaseIsNotARename() {
        let old = BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches\n"
        let new = BaseMap.text + "\napplication cafe_use \"Knowledge cafe\" by coaches\n"
        #expect(Maps.diff(old, new).changeLines == ["added activity cafe_use", "removed activity cafe"])
    }

    @Test func twoRenamedNeighboursAreBothRenamesAndTheirFlowIsKept() {
        let renamed = renaming("brief", to: "change_brief", in: renaming("huddle", to: "data_huddle"))
        #expect(Maps.diff(BaseMap.text, renamed).changeLines
            == ["renamed activity huddle -> data_huddle", "renamed activity brief -> change_brief"])
    }

    @Test func amongTwinsTheOneWithTheSameFlowsIsChosen() {
        let old = BaseMap.text + "\nsharing cafe_a \"Knowledge cafe\" by coaches\nsharing cafe_b \"Knowledge cafe\" by coaches\ndrive -> cafe_b\n"
        let new = BaseMap.text + "\nsharing cafe_x \"Knowledge cafe\" by coaches\nsharing cafe_y \"Knowledge cafe\" by coaches\ndrive -> cafe_y\n"
        let lines = Maps.diff(old, new).changeLines
        #expect(lines.contains("renamed activity cafe_b -> cafe_y"))
        #expect(lines.contains("renamed activity cafe_a -> cafe_x"))
        #expect(lines.count == 2)
    }

    @Test func stakeholderRenameIsFollowedThroughOwnersAndAudience() {
        let diff = Maps.diff(BaseMap.text, renaming("coaches", to: "literacy_coaches"))
        #expect(diff.changeLines == ["renamed stakeholder coaches -> literacy_coaches"])
    }

    @Test func repositoryAndWaveRenames() {
        #expect(Maps.diff(BaseMap.text, renaming("drive", to: "shared_drive")).changeLines
            == ["renamed repository drive -> shared_drive"])
        #expect(Maps.diff(BaseMap.text, renaming("reading", to: "reading_wave")).changeLines
            == ["renamed wave reading -> reading_wave"])
    }

    @Test func findingsFollowRenames() {
        let old = BaseMap.text + "\ncapture memo \"Lessons memo\" by coaches\nbrief -> memo\n"
        let new = renaming("memo", to: "lessons_memo", in: old)
        let diff = Maps.diff(old, new)
        #expect(diff.changeLines == ["renamed activity memo -> lessons_memo"])
        #expect(diff.gaps.resolved.isEmpty)
        #expect(diff.gaps.introduced.isEmpty)
        #expect(!diff.gaps.persisting.isEmpty)
    }
}
