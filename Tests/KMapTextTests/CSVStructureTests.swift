import Testing
import KMapText

@Suite struct CSVStructureTests {
    @Test func wellQuotedTextHasNoProblems() {
        let text = "id,label\r\na,\"x, \"\"y\"\"\r\nz\"\r\nb,plain\"quote\n"
        #expect(CSVStructure.problems(in: text, delimiter: ",").isEmpty)
    }

    @Test func anUnterminatedQuoteIsReportedWhereItStarts() {
        let problems = CSVStructure.problems(in: "id,label\na,ok\nb,\"never\nends\nc,d\n", delimiter: ",")
        #expect(problems.map(\.row) == [3])
        #expect(problems.first?.message.contains("unterminated quote") == true)
    }

    @Test func textAfterAClosingQuoteIsReportedInEveryRow() {
        let problems = CSVStructure.problems(in: "id,label\na,\"x\"y\nb,\"ok\"\nc,\"z\" \n", delimiter: ",")
        #expect(problems.map(\.row) == [2, 4])
    }

    @Test func rowsAreCountedAcrossLineBreakStyles() {
        let problems = CSVStructure.problems(in: "h\r\n1\r2\n\"3\"x\n", delimiter: ",")
        #expect(problems.map(\.row) == [4])
    }

    @Test func theDelimiterComesFromTheHeader() {
        #expect(CSVStructure.delimiter(of: "id,phase;x\n") == ",")
        #expect(CSVStructure.delimiter(of: "id;phase;label\na,b,c") == ";")
        #expect(CSVStructure.delimiter(of: "id\tphase\n") == "\t")
        #expect(CSVStructure.delimiter(of: "id\n") == ",")
    }
}
