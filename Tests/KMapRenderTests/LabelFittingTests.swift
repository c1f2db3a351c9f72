import Testing
@testable import KMapRender

/// Long labels are fitted for drawing in linear time (docs/RELIABILITY.md, second sweep, case 10).
@Suite struct LabelFittingTests {
    @Test func shortTextIsOnlyWrapped() {
        #expect(LabelFitting.lines("PDSA cycles in classrooms every week", width: 12) == ["PDSA cycles", "in", "classrooms", "every week"])
    }

    @Test func longTextIsCutAfterTheLastLineWithAnEllipsis() {
        let lines = LabelFitting.lines(String(repeating: "word ", count: 1_000), width: 10, maximumLines: 3)
        #expect(lines == ["word word", "word word", "word word…"])
        let unbroken = LabelFitting.lines(String(repeating: "x", count: 100), width: 10, maximumLines: 2)
        #expect(unbroken == ["xxxxxxxxxx", "xxxxxxxxx…"])
        #expect(unbroken.allSatisfy { $0.count <= 10 })
    }

    @Test func textThatFitsExactlyIsNotMarked() {
        #expect(LabelFitting.lines(String(repeating: "x", count: 20), width: 10, maximumLines: 2) == ["xxxxxxxxxx", "xxxxxxxxxx"])
    }

    /// Latin letters with accents and arrows are wrapped and cut by scalars (UTF-8 bytes), and
    /// counted as one character each, as text with clusters is by `Character`s.
    @Test func accentedTextIsWrappedByCharacters() {
        #expect(LabelFitting.lines("Équipe terrain → Café réseau", width: 14) == ["Équipe terrain", "→ Café réseau"])
        #expect(LabelFitting.lines("ééééé", width: 2) == ["éé", "éé", "é"])
        let cut = LabelFitting.lines(String(repeating: "é", count: 30), width: 10, maximumLines: 2)
        #expect(cut == ["éééééééééé", "ééééééééé…"])
        let combining = "e\u{301}e\u{301}e\u{301}"
        #expect(LabelFitting.lines(combining, width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    /// A 4 MB label (with and without spaces) becomes at most eight short lines; only the
    /// drawable prefix is wrapped (the time is measured in `make bench`, not here).
    @Test(arguments: [String(repeating: "x", count: 4 << 20), String(repeating: "knowledge ", count: 400_000)])
    func hugeLabelsBecomeAFewLines(_ label: String) {
        let html = HTMLLabel.wrapped(label, width: 24)
        #expect(html.components(separatedBy: "<BR/>").count == LabelFitting.maximumLines)
        #expect(html.utf8.count < 400)
        #expect(html.hasSuffix("…"))
    }
}
