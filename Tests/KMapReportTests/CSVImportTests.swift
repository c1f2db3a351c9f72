import KMapLanguage
import KMapModel
import Testing
@testable import KMapReport

@Suite struct CSVImportTests {
    private func importing(_ csv: String) -> CSVImportResult {
        CSVImport.importMap(csv: csv, title: "Imported", source: "activities.csv")
    }

    private func errors(_ result: CSVImportResult) -> [String] {
        result.problems.filter { $0.severity == .error }.map(\.description)
    }

    @Test func columnsAreMatchedByNameInAnyOrderAndCase() throws {
        let result = importing("\u{FEFF}Label,NEXT,Phase,id,By\r\n\"Cycles, weekly\",b,Generation,a,team\r\nShare it,,sharing,b,\"team; coaches\"\r\n")
        #expect(result.problems.isEmpty)
        let text = try #require(result.mapText)
        #expect(text.contains(#"generation a "Cycles, weekly" by team"#))
        #expect(text.contains("sharing    b \"Share it\"       by team, coaches"))
        #expect(text.contains("stakeholder coaches \"coaches\""))
        #expect(text.contains("a -> b"))
    }

    @Test func theMapIsInCanonicalLayoutAndResolvesCleanly() throws {
        let csv = "id,phase,label,by,for,cadence,technique,status,routine,action,next\n"
            + "g,generation,Gen,team,,every 2 weeks,pdsa,,,,c\n"
            + "c,consolidation,Con,team,,monthly,,planned,synthesis,,r\n"
            + "r,repository,Store,lead,,,,,,,\n"
            + "a,application,Act,lead,,,,,,buy-in,g\n"
        let text = try #require(importing(csv).mapText)
        let source = SourceFile(path: "m.kmap", text: text)
        let parsed = Parser.parse(source)
        #expect(Formatter.format(parsed.file) == text)
        let resolved = Resolver.resolve(parsed.file, source: source)
        #expect(parsed.diagnostics.isEmpty && resolved.diagnostics.isEmpty)
        #expect(resolved.map.stakeholders.map(\.id) == ["team", "lead"])
        #expect(resolved.map.repositories.first?.owner == 1)
        #expect(resolved.map.activities[1].cadence == .init(unit: .month))
        #expect(resolved.map.activities[1].status == .planned)
        #expect(text.hasPrefix("# Imported from activities.csv by kmap import.\nmap \"Imported\"\n"))
    }

    @Test func quotedFieldsMayHoldLineBreaksQuotesAndCommas() throws {
        let result = importing("id,phase,label,by\na,generation,\"Say \"\"hi\"\",\nthen go\",team\n")
        #expect(result.problems.map(\.description) == ["row 2: warning: the label spans several lines; they are joined with spaces"])
        #expect(try #require(result.mapText).contains(#"generation a "Say \"hi\", then go" by team"#))
    }

    @Test func everyBadRowIsReportedAndNothingIsWritten() {
        let result = importing("""
            id,phase,label,by,for,cadence,status,next
            a,generation,Fine,team,,,,b
            b,sharing,,team,,,,
            1x,capture,Bad id,team,,,,
            c,consolidation,Bad cadence,team,,sometimes,,
            d,sharing,Bad status,team,,,maybe,
            a,application,Duplicate,team,,,,zz
            e,application,Self,team,,,,e
            f,sharing,Stakeholder clash,a,,,,
            r,repository,Store,"x, y",team,week,,
            g,generation,Too many,team,,,,,extra
            """)
        #expect(result.mapText == nil)
        #expect(errors(result) == [
            "row 3: error: the label is empty",
            "row 4: error: id '1x' is not a valid id: ids use letters, digits, '_' and '-', and start with a letter or '_'",
            "row 5: error: cadence 'sometimes' is not a cadence; write e.g. 'week', '3 weeks' or 'monthly'",
            "row 6: error: status 'maybe' is not one of 'existing', 'planned'",
            "row 7: error: the id 'a' is already the id of row 2",
            "row 7: error: 'next' names 'zz', which is not the id of any row",
            "row 8: error: 'next' names the row itself; a flow from a node to itself is not allowed",
            "row 9: error: 'a' in 'by' is also the id of row 2; stakeholders, activities and repositories need different ids",
            "row 10: error: a repository has one owner, but 'by' names 2",
            "row 10: error: a repository has no 'for'; leave the cell empty or make the row an activity",
            "row 10: error: a repository has no 'cadence'; leave the cell empty or make the row an activity",
            "row 11: error: the row has 9 cells but the header names 8 columns",
        ])
    }

    @Test func problemsFoundByTheResolverPointAtTheirRow() {
        let result = importing("id,phase,label,by,routine,technique\na,generation,A,team,synthesis,\nb,sharing,B,team,,coffee-trials\n")
        #expect(result.mapText == nil)
        #expect(result.problems.contains { $0.row == 2 && $0.severity == .error && $0.message.contains("routine") })
        #expect(result.problems.contains { $0.row == 3 && $0.severity == .warning && $0.message.contains("W001") })
    }

    @Test func fileProblemsStopTheImport() {
        #expect(errors(importing("")) == ["file: error: the file is empty; it needs a header row and one row per activity"])
        #expect(errors(importing("id,phase\na,generation\n")) == [
            "row 1: error: the header has no 'label' column; the header row must name the columns id, phase and label",
        ])
        #expect(errors(importing("id,phase,label,Id\n")) == ["row 1: error: the column 'id' is named twice"])
        #expect(errors(importing("id,phase,label\n\n,,\n")) == ["file: error: the table has no rows to import"])
        #expect(errors(importing("id,phase,label\na,generation,\"open\nb,sharing,B\n")) == [
            "row 2: error: unterminated quote: the quoted field that starts in this row never ends",
        ])
        #expect(errors(importing("id,phase,label\na,generation,\"A\"x\n")) == [
            "row 2: error: text after the closing quote of a field; write a quote inside a quoted field as two quotes (\"\")",
        ])
    }

    @Test func unknownColumnsAndCustomPhasesAreReported() throws {
        let result = importing("id;phase;label;by;colour;next\na;create;A;team;red;b\nb;use;B;team;blue;\n")
        #expect(result.problems.map(\.description) == [
            "file: warning: the phases are not kmap's default ones; they are declared in the order they first appear: create, use",
            "row 1: warning: the column 'colour' is not imported (kmap reads: id, phase, label, by, for, cadence, technique, status, routine, action, next)",
        ])
        let text = try #require(result.mapText)
        #expect(text.contains("phases create, use"))
        #expect(errors(importing("id,phase,label\na,create,A\n")) == [
            "row 2: error: 'create' is not one of kmap's phases (generation, consolidation, capture, sharing, application), "
                + "and a map's own phases need at least two distinct ones",
        ])
        #expect(text.contains(#"activity a "A" phase create by team"#))
    }
}
