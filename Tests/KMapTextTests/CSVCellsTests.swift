import CSV
import KMapText
import PropertyBased
import Testing

@Suite struct CSVCellsTests {
    /// The cells of `text`, one array per record, as the evidence reader takes them.
    private func records(_ text: String, delimiter: Unicode.Scalar = ",") -> [[String]] {
        let scan = CSVStructure.scan(text, delimiter: delimiter)
        guard let cells = CSVCells(utf8: Array(text.utf8), delimiter: delimiter) else { return [] }
        let starts = scan.fieldStarts.last == [cells.byteCount] ? scan.fieldStarts.dropLast() : scan.fieldStarts[...]
        return starts.map(cells.cells(startingAt:))
    }

    @Test func readsQuotedAndUnquotedFields() {
        #expect(records("id,label\r\na,\"x, \"\"y\"\"\r\nz\"\nb,\n") == [["id", "label"], ["a", "x, \"y\"\r\nz"], ["b", ""]])
    }

    @Test func keepsSpacesAndAByteOrderMark() {
        #expect(records("\u{FEFF}date; activity ;\t\n", delimiter: ";") == [["\u{FEFF}date", " activity ", "\t"]])
    }

    @Test func readsEveryLineBreakStyleAndALastLineWithoutOne() {
        #expect(records("a\rb\r\nc\nd") == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test func refusesADelimiterOutsideASCII() {
        #expect(CSVCells(utf8: [], delimiter: "§") == nil)
    }

    /// Any table written as RFC 4180 reads back cell for cell as the CSV library reads it.
    @Test func readsWhatTheCSVLibraryReads() async {
        await propertyCheck(count: 300, input: Gen.uint64().array(of: 1...8).array(of: 1...5), Gen.bool) { rows, crlf in
            let table = rows.map { row in row.map { RandomText.text([$0, $0 >> 7, $0 >> 13]) } }
            let text = table.map { $0.map(CSVText.quoted).joined(separator: ",") }.joined(separator: crlf ? "\r\n" : "\n")
            guard CSVStructure.problems(in: text, delimiter: ",").isEmpty else { return }
            guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return }
            var library: [[String]] = []
            while let row = reader.next() { library.append(row) }
            #expect(records(text) == library, "\(RandomText.hex(text))")
        }
    }
}
