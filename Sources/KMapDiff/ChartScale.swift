/// A value axis from zero to a round maximum, with round tick steps.
struct ChartScale {
    let maximum: Int
    let step: Int

    /// Ticks at 1, 2 or 5 times a power of ten, about `ticks` of them, covering `largest`.
    init(largest: Int, ticks: Int = 5) {
        let target = max(1, Double(max(largest, 1)) / Double(max(ticks, 1)))
        var magnitude = 1
        while Double(magnitude * 10) <= target { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { Double($0) >= target } ?? magnitude * 10
        self.step = step
        self.maximum = max(step, ((max(largest, 1) + step - 1) / step) * step)
    }

    /// The tick values, from 0 to ``maximum``.
    var ticks: [Int] { Array(stride(from: 0, through: maximum, by: step)) }
}

/// Coordinates written with at most one decimal, the same on every machine.
enum ChartNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
