import KMapGenerate
import KMapLanguage
import Testing

/// The default input limit (`SourceLoader.defaultMaxBytes`, `--max-input-size`) lets the
/// benchmarks' largest map through without the flag, and still is a limit.
@Suite struct InputLimitTests {
    /// Bytes per activity grow slowly with the map (longer ids): 174 at 10,000 activities, 186 at
    /// 1,000,000 (185,828,676 bytes). The estimate from 10,000 takes a quarter more than that.
    @Test func aMillionActivityMapFitsTheDefaultLimitWithRoomToSpare() {
        let sample = MapGenerator(activities: 10_000, seed: 1).generate().utf8.count
        let estimated = sample * 100 * 5 / 4
        #expect(estimated > 64 << 20, "the old limit refused it")
        #expect(estimated < SourceLoader.defaultMaxBytes)
        #expect(185_828_676 * 13 / 10 < SourceLoader.defaultMaxBytes, "30% headroom over the measured size")
    }

    @Test func theDefaultIsStillALimit() {
        #expect(SourceLoader.defaultMaxBytes == 256 << 20)
        #expect(SourceLoader.defaultMaxBytes < SourceLoader.largestInput)
    }
}
