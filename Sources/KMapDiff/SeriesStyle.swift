/// How one line of a chart is drawn: colour (Paul Tol's colour-blind-safe "bright" and "vibrant"
/// schemes), dash pattern and marker, so lines stay apart in grayscale print too.
struct SeriesStyle {
    enum Marker { case circle, square, triangle, diamond, cross }

    let color: String
    /// An SVG `stroke-dasharray`, nil for a solid line.
    let dash: String?
    let marker: Marker

    static let all: [SeriesStyle] = [
        SeriesStyle(color: "#228833", dash: nil, marker: .circle),
        SeriesStyle(color: "#777777", dash: "7 4", marker: .square),
        SeriesStyle(color: "#CC3311", dash: nil, marker: .triangle),
        SeriesStyle(color: "#EE7733", dash: "2 3", marker: .diamond),
        SeriesStyle(color: "#0077BB", dash: "9 3 2 3", marker: .cross),
        SeriesStyle(color: "#4477AA", dash: nil, marker: .circle),
        SeriesStyle(color: "#66CCEE", dash: "7 4", marker: .square),
        SeriesStyle(color: "#AA3377", dash: "2 3", marker: .triangle),
        SeriesStyle(color: "#CCBB44", dash: "9 3 2 3", marker: .diamond),
        SeriesStyle(color: "#EE6677", dash: nil, marker: .cross),
        SeriesStyle(color: "#009988", dash: "7 4", marker: .circle),
        SeriesStyle(color: "#BBBBBB", dash: "2 3", marker: .square),
    ]

    /// The marker centred on a point, as one SVG element.
    func marker(x: Double, y: Double) -> String {
        let n = ChartNumber.format
        let r = 4.0
        switch marker {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(color)\"/>"
        case .square:
            return "<rect x=\"\(n(x - r))\" y=\"\(n(y - r))\" width=\"\(n(2 * r))\" height=\"\(n(2 * r))\" fill=\"\(color)\"/>"
        case .triangle:
            return "<polygon points=\"\(n(x)),\(n(y - r - 1)) \(n(x + r + 1)),\(n(y + r)) \(n(x - r - 1)),\(n(y + r))\" fill=\"\(color)\"/>"
        case .diamond:
            return "<polygon points=\"\(n(x)),\(n(y - r - 1)) \(n(x + r + 1)),\(n(y)) \(n(x)),\(n(y + r + 1)) \(n(x - r - 1)),\(n(y))\" fill=\"\(color)\"/>"
        case .cross:
            return "<path d=\"M\(n(x - r)),\(n(y - r))L\(n(x + r)),\(n(y + r))M\(n(x - r)),\(n(y + r))L\(n(x + r)),\(n(y - r))\" "
                + "stroke=\"\(color)\" stroke-width=\"2.2\" fill=\"none\"/>"
        }
    }
}
