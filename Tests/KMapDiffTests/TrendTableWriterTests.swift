import KMapDiff
import Testing

/// The trend as a table: text, Markdown and CSV.
@Suite struct TrendTableWriterTests {
    @Test func textAlignsColumnsAndRightAlignsNumbers() {
        #expect(TrendTableWriter.text(TrendFixtures.twoFiles()) == """
            version       waves complete  errors  warnings  info  generation  consolidation  capture  sharing  application
            maps/v1.kmap             1/1       0         1     0           1              1        1        1            1
            maps/v2.kmap             1/1       0         1     0           1              1        1        2            1

            """)
    }

    @Test func markdownEscapesCommitSubjects() {
        let markdown = TrendTableWriter.markdown(TrendFixtures.commits(2))
        #expect(markdown.hasPrefix("| version | date | subject | waves complete | errors | warnings | info | generation |"))
        #expect(markdown.contains("\n|---|---|---|---:|---:|---:|---:|---:|"))
        #expect(markdown.contains("| c1 | 2025-01-2 | Fix \\<b\\> \\& \"quotes\", commas \\| pipes | 1/1 |"))
    }

    @Test func csvQuotesFieldsAndSplitsWaves() {
        let csv = TrendTableWriter.csv(TrendFixtures.commits(2))
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "version,date,subject,waves_complete,waves_total,errors,warnings,info,generation,consolidation,capture,sharing,application")
        #expect(lines[1] == "c0,2025-01-1,Commit 0,1,1,0,1,0,1,1,1,1,1")
        #expect(lines[2] == "c1,2025-01-2,\"Fix <b> & \"\"quotes\"\", commas | pipes\",1,1,0,1,0,1,1,1,1,1")
    }

    @Test func phasesOfEveryVersionAreColumns() {
        let apqc = Maps.analyze("map \"APQC\" {\n  phases create, share, use\n}\nactivity c \"Create\" phase create\n")
        let trend = Trend(versions: [
            (version: "a", date: nil, subject: nil, analysis: Maps.analyze(BaseMap.text)),
            (version: "b", date: nil, subject: nil, analysis: apqc),
        ])
        #expect(trend.phases == ["generation", "consolidation", "capture", "sharing", "application", "create", "share", "use"])
        let row = TrendTableWriter.csv(trend).split(separator: "\r\n").last.map(String.init)
        #expect(row?.hasPrefix("b,") == true)
        #expect(row?.hasSuffix(",0,0,0,0,0,1,0,0") == true)
    }
}
