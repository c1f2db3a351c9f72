import KMapDiff
import Testing

/// Each wave before and after: furthest phase, completeness, closed loop.
@Suite struct WaveProgressTests {
    private let stopsAtCapture = BaseMap.editing(
        ("sharing convening \"Network convening\" by coaches for teachers, principals every quarter technique community-of-practice\n", ""),
        ("application adopt \"Schools adopt the routine\" by principals action act status planned\n", ""),
        ("brief -> drive -> convening -> adopt\nadopt -> pdsa : \"next cycle\"", "brief -> drive"))

    @Test func aWaveThatGoesFurtherSaysHowFar() throws {
        let diff = Maps.diff(stopsAtCapture, BaseMap.text)
        let wave = try #require(diff.waves.first { $0.id == "reading" })
        #expect(wave.before?.furthestPhase == "capture")
        #expect(wave.after?.furthestPhase == "application")
        #expect(wave.sentence == "wave reading now reaches application; was capture; now complete; loop now closed")
        #expect(diff.changedWaves.map(\.id) == ["reading"])
    }

    @Test func aWaveThatFallsBackSaysSo() throws {
        let wave = try #require(Maps.diff(BaseMap.text, stopsAtCapture).waves.first { $0.id == "reading" })
        #expect(wave.sentence == "wave reading now reaches capture; was application; no longer complete; loop no longer closed")
    }

    @Test func newAndRemovedWaves() throws {
        let withSecond = BaseMap.text + "\ngeneration survey \"Staff survey\" by teachers\nsurvey -> huddle\n"
        let added = try #require(Maps.diff(BaseMap.text, withSecond).waves.first { $0.id == "survey" })
        #expect(added.before == nil)
        #expect(added.sentence.hasPrefix("wave survey is new: reaches "))
        let removed = try #require(Maps.diff(withSecond, BaseMap.text).waves.first { $0.id == "survey" })
        #expect(removed.after == nil)
        #expect(removed.sentence.hasPrefix("wave survey is gone; it reached "))
    }

    @Test func unchangedWavesAreNotChanged() {
        let diff = Maps.diff(BaseMap.text, BaseMap.editing(("status planned", "status existing")))
        #expect(!diff.waves.isEmpty)
        #expect(diff.waves.allSatisfy { !$0.isChanged })
    }
}
