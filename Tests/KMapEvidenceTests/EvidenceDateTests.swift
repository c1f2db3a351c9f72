import KMapEvidence
import PropertyBased
import Testing

@Suite struct EvidenceDateTests {
    @Test func readsISODates() {
        #expect(EvidenceDate(iso: "1970-01-01")?.day == 0)
        #expect(EvidenceDate(iso: "2026-03-05")?.description == "2026-03-05")
        #expect(EvidenceDate(iso: "2024-02-29") != nil)
        #expect(EvidenceDate(iso: "2000-03-01").map { $0.day - EvidenceDate(iso: "2000-02-28")!.day } == 2)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "05/03/2026", "2026-03-05T10:00", "", "２０２６-03-05", "1900-02-29"])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(EvidenceDate(iso: text) == nil)
    }

    @Test func everyDayPrintsAsItReads() async {
        await propertyCheck(input: Gen.int(in: -700_000...2_900_000)) { day in
            let date = EvidenceDate(day: day)
            #expect(EvidenceDate(iso: date.description) == date)
        }
    }
}
