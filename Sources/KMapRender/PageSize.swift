/// A sheet a drawing is fitted to: PDF pages for print (`render --page`) and the 16:9 slide of
/// `render --per-wave`. The page is exactly the sheet, turned to landscape when the drawing is
/// wider than tall; the drawing is scaled, up or down, until it fills the sheet less its margin in
/// one direction, and centred in the other.
public enum PageSize: String, CaseIterable, Sendable {
    case a4, a3, letter
    /// A1, for a wall.
    case poster
    /// A 16:9 slide of 13.33 x 7.5 inches, as presentation programs make them.
    case slide

    /// Portrait width and height in whole points (1/72 inch), as Graphviz sizes every canvas
    /// (A4 is 595.28 x 841.89 points, which Graphviz would round to 595 x 841 or 842).
    public var portrait: (width: Double, height: Double) {
        switch self {
        case .a4: (595, 842)
        case .a3: (842, 1191)
        case .letter: (612, 792)
        case .poster: (1684, 2384)
        case .slide: (540, 960)
        }
    }

    /// The white border kept on every side, in points.
    public var margin: Double { self == .poster ? 54 : 28 }

    /// The sheet for a drawing of `width` x `height` points: landscape when it is wider than tall.
    public func sheet(forWidth width: Double, height: Double) -> (width: Double, height: Double) {
        width > height ? (portrait.height, portrait.width) : portrait
    }

    /// Graphviz's `size` and `pad` that put a drawing of `width` x `height` points on the sheet.
    ///
    /// Graphviz scales the drawing together with its pad until the padded drawing fits `size`
    /// (growing it too, with `!`), and the canvas is the padded drawing. So with `size` the sheet
    /// and a pad, in the drawing's own units, of half the room the scaled drawing leaves on each
    /// axis, the canvas is exactly the sheet and the drawing sits in its middle.
    func graphvizAttributes(forWidth width: Double, height: Double) -> [(name: String, value: String)] {
        let sheet = sheet(forWidth: width, height: height)
        let drawing = (width: max(width, 1), height: max(height, 1))
        let scale = min((sheet.width - 2 * margin) / drawing.width, (sheet.height - 2 * margin) / drawing.height)
        let pad = (x: (sheet.width / scale - drawing.width) / 2, y: (sheet.height / scale - drawing.height) / 2)
        return [
            ("size", "\(inches(sheet.width)),\(inches(sheet.height))!"),
            ("pad", "\(inches(pad.x)),\(inches(pad.y))"),
        ]
    }

    private func inches(_ points: Double) -> String {
        String(Double((points / 72 * 10_000).rounded()) / 10_000)
    }
}
