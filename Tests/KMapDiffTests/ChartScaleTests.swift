@testable import KMapDiff
import Testing

@Suite struct ChartScaleTests {
    @Test(arguments: [(0, 1, 1), (1, 1, 1), (4, 1, 4), (7, 2, 8), (13, 5, 15), (99, 20, 100), (1234, 500, 1500)])
    func roundTicksCoverTheLargestValue(largest: Int, step: Int, maximum: Int) {
        let scale = ChartScale(largest: largest)
        #expect(scale.step == step)
        #expect(scale.maximum == maximum)
        #expect(scale.ticks.first == 0 && scale.ticks.last == maximum)
    }

    @Test func numbersHaveAtMostOneDecimal() {
        #expect(ChartNumber.format(12) == "12")
        #expect(ChartNumber.format(12.34) == "12.3")
        #expect(ChartNumber.format(-0.04) == "0")
        #expect(ChartNumber.format(-2.5) == "-2.5")
        #expect(ChartNumber.format(.nan) == "0")
    }
}
