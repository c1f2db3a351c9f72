import KMapEvidence
import KMapLanguage
import KMapModel
import PropertyBased
import Testing

@Suite struct EvidenceReaderTests {
    static let map = """
        stakeholder staff "Project staff"
        stakeholder leads "Team leads"
        generation aar "After-action review" by staff every month
        capture brief "Lessons brief" by leads for staff
        aar -> brief
        """

    @Test func readsRowsIntoOccurrencesInDateOrder() throws {
        let map = compile(Self.map)
        let evidence = read("""
            Date,Activity,Participants,id,acts_on,note,room
            2026-02-10,aar,staff; leads,a2,,,B12
            2026-01-12,aar,staff,a1,,"first, short",
            2026-01-20,brief,leads,,a1,
            """, against: map)
        #expect(described(evidence) == [])
        #expect(evidence.occurrences.map(\.date.description) == ["2026-01-12", "2026-01-20", "2026-02-10"])
        #expect(evidence.occurrences.map(\.row) == [3, 4, 2])
        #expect(evidence.occurrences.map { map.activities[$0.activity].id } == ["aar", "brief", "aar"])
        #expect(evidence.occurrences[2].participants.map { map[$0].id } == ["staff", "leads"])
        #expect(evidence.occurrences[1].actsOn == 0)
        #expect(evidence.occurrences[0].note == "first, short")
        #expect(evidence.occurrences[2].extra == ["room": "B12"])
    }

    @Test func pointsAtTheCellWithADidYouMean() {
        let evidence = read("""
            date,activity,participants
            2026-01-12,aar,staf
            2026-02-30,aar,staff
            ,aar,staff
            2026-03-01,,staff
            """, against: compile(Self.map))
        #expect(described(evidence) == [
            "2:16: L005 'staf' is not a stakeholder of the map; did you mean 'staff'?",
            "3:1: L004 '2026-02-30' is not a date; write an ISO 8601 calendar date, YYYY-MM-DD (2026-03-05)",
            "4:1: L003 the date is empty; write the day the activity happened as YYYY-MM-DD",
            "5:12: L003 the activity is empty; write the id of the map's activity that happened",
        ])
        #expect(evidence.occurrences.isEmpty)
        #expect(evidence.hasErrors)
    }

    @Test func aRowNamingNoActivityIsUndeclaredWithSuggestions() {
        let evidence = read("date,activity,participants\n2026-01-12,arr,staff\n", against: compile(Self.map))
        #expect(described(evidence) == [])
        #expect(evidence.undeclared.map { "\($0.row) \($0.name) \($0.suggestions)" } == ["2 arr [\"aar\"]"])
    }

    @Test func reportsAHeaderWithoutRequiredColumns() {
        let evidence = read("when,activty,participants\n2026-01-12,aar,staff\n", against: compile(Self.map))
        #expect(described(evidence) == [
            "1:1: L002 the header has no the columns 'date', 'activity'; an evidence log's header row names date, activity and participants (for 'activity', did you mean 'activty'?)",
        ])
    }

    @Test func reportsBadLinks() {
        let evidence = read("""
            date,activity,participants,id,acts_on
            2026-01-12,aar,staff,a1,b1
            2026-01-20,brief,leads,b1,a1
            2026-01-21,brief,leads,b1,a2
            """, against: compile(Self.map))
        #expect(described(evidence) == [
            "2:25: L007 acts_on names 'b1', which happened on 2026-01-20, after this occurrence (2026-01-12); an occurrence acts on an earlier one",
            "4:12: L006 the occurrence id 'b1' is already the id of row 3 of log.csv",
            "4:27: L007 acts_on names 'a2', which is not the id of any occurrence; did you mean 'a1'?",
        ])
    }

    @Test func reportsQuotingAndRowProblems() {
        let map = compile(Self.map)
        #expect(described(read("date,activity,participants\n2026-01-12,\"aar,staff\n", against: map)) == [
            "2:1: L001 unterminated quote: the quoted field that starts in this row never ends",
        ])
        #expect(described(read("date,activity,participants\n2026-01-12,aar,staff,x\n", against: map)) == [
            "2:22: L008 the row has 4 cells but the header names 3 columns",
        ])
        #expect(described(read("", against: map)).count == 1)
        #expect(described(read("date,activity,participants\n\n", against: map)) == ["1:1: L008 the log has a header and no rows"])
    }

    @Test func readsSemicolonSeparatedLogsWithCRLFAndABOM() {
        let evidence = read("\u{FEFF}date;activity;participants\r\n2026-01-12;aar;staff\r\n", against: compile(Self.map))
        #expect(described(evidence) == [])
        #expect(evidence.occurrences.count == 1)
    }

    /// Random bytes (and random edits of a valid log) never crash the reader, and every
    /// diagnostic points inside its log.
    @Test func randomInputNeverCrashes() async {
        let map = compile(Self.map)
        let valid = Array("date,activity,participants,id,acts_on\n2026-01-12,aar,staff,a1,\n2026-01-20,brief,leads,,a1\n".utf8)
        await propertyCheck(count: 400, input: Gen.uint64().array(of: 0...20), Gen.bool) { words, edit in
            let bytes = words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } }
            var input = bytes
            if edit {
                input = valid
                for (index, byte) in bytes.enumerated() where !input.isEmpty { input[(index * 7919 + Int(byte)) % input.count] = byte }
            }
            let evidence = read(String(decoding: input, as: UTF8.self), against: map)
            for entry in evidence.diagnostics {
                #expect(entry.diagnostic.range.end <= evidence.logs[entry.log].bytes.count)
            }
        }
    }
}
