import KMapDiff
import PropertyBased
import Testing

/// For any generated map and any single edit, the comparison reports exactly that edit.
@Suite struct MapDiffPropertyTests {
    @Test func aSingleEditIsReportedExactly() async {
        await propertyCheck(count: 300, input: Gen.uint64(), Gen.uint64()) { mapSeed, editSeed in
            let original = RandomMap(seed: mapSeed)
            let edit = RandomEdit(seed: editSeed, on: original)
            let diff = Maps.diff(original.text, edit.map.text)
            #expect(diff.changeLines == edit.expected, "\(edit.description)\n--- old\n\(original.text)--- new\n\(edit.map.text)")
        }
    }

    @Test func anyMapComparedWithItselfIsEmpty() async {
        await propertyCheck(count: 100, input: Gen.uint64()) { seed in
            let text = RandomMap(seed: seed).text
            let diff = Maps.diff(text, text)
            #expect(diff.isEmpty, "\(diff.changeLines)\n\(text)")
            #expect(diff.gaps.introduced.isEmpty && diff.gaps.resolved.isEmpty)
        }
    }
}
