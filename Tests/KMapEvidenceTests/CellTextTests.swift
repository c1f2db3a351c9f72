import Foundation
@testable import KMapEvidence
import PropertyBased
import Testing

@Suite struct CellTextTests {
    @Test func trimsSpacesAndTabsOnly() {
        #expect(CellText.trimmed(" \tstaff \u{3000}") == "staff")
        #expect(CellText.trimmed("a b") == "a b")
        #expect(CellText.trimmed(" \t ") == "")
        #expect(CellText.trimmed("\nline\n") == "\nline\n")
    }

    /// The same text Foundation's `trimmingCharacters(in: .whitespaces)` leaves, which the reader
    /// used before.
    @Test func trimsAsFoundationDoes() async {
        let scalars: [Unicode.Scalar] = [" ", "\t", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{0301}", "a", "é", "日", ";"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(scalars.count - 1)).array(of: 0...10)) { picks in
            let text = String(String.UnicodeScalarView(picks.map { scalars[$0] }))
            #expect(CellText.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(picks)")
        }
    }
}
