import Testing
@testable import KMapReport

@Suite struct CSVExportTests {
    @Test func oneRowPerActivityThenRepository() {
        let csv = CSVExport.encode(TestMaps.analyse(TestMaps.small).analysis.map)
        #expect(csv.hasPrefix("\u{FEFF}id,phase,label,by,for,cadence,technique,status,routine,action,next\r\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 7 + 1 + 1)
        #expect(lines[1] == "pdsa,generation,PDSA cycles,teachers,,week,inquiry-cycle,existing,,,huddle")
        #expect(lines[2] == "huddle,consolidation,Data huddle,\"teachers, coaches\",,month,,existing,synthesis,,brief")
        #expect(lines[8] == "archive,repository,Archive,coaches,,,,,,,")
        #expect(lines[9] == "")
    }

    @Test func cellsASpreadsheetWouldRunAreNeutralised() {
        let map = TestMaps.analyse("""
            stakeholder team "Team"
            generation a "=HYPERLINK(\\"http://x\\")" by team
            capture    b "+1, -1 and @me" by team for team
            sharing    c "'=already quoted" by team for team
            a -> b -> c
            """).analysis.map
        let lines = CSVExport.encode(map).components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix(#"a,generation,"'=HYPERLINK(""http://x"")",team"#))
        #expect(lines[2].hasPrefix("b,capture,\"'+1, -1 and @me\","))
        #expect(lines[3].hasPrefix("c,sharing,''=already quoted,"))
    }
}
