import Testing
@testable import KMapReport
import KMapText

@Suite struct CSVTextTests {
    @Test(arguments: ["=SUM(A1:A9)", "+1", "-1", "@cmd", "\tx", "\rx"])
    func formulaCellsAreGuarded(cell: String) {
        #expect(CSVText.guarded(cell) == "'" + cell)
        #expect(CSVText.unguarded(CSVText.guarded(cell)) == cell)
    }

    @Test func ordinaryCellsAreLeftAlone() {
        for cell in ["plain", "'quoted'", "a=b", "", "'", "1+1"] {
            #expect(CSVText.guarded(cell) == cell)
            #expect(CSVText.unguarded(cell) == cell)
        }
    }

    @Test func guardingIsAlwaysUndone() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Character] = ["'", "=", "+", "-", "@", "\t", "a", " ", "\""]
        for _ in 0..<2_000 {
            let cell = String((0..<Int.random(in: 0...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            #expect(CSVText.unguarded(CSVText.guarded(cell)) == cell, "\(cell.debugDescription)")
            #expect(!CSVText.guarded(cell).hasPrefix("=") && !CSVText.guarded(cell).hasPrefix("@"))
        }
    }

    @Test func cellsAreQuotedWhenTheyMustBe() {
        #expect(CSVText.quoted("plain") == "plain")
        #expect(CSVText.quoted("a, b") == "\"a, b\"")
        #expect(CSVText.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.quoted(" padded") == "\" padded\"")
        #expect(CSVText.line(["=1", "a,b"]) == "'=1,\"a,b\"")
    }
}

/// A small deterministic random number generator (SplitMix64), so generated cases replay.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
