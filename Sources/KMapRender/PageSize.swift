/// A sheet a drawing is fitted to: PDF pages for print (`render --page`) and the 16:9 slide of
/// `render --per-wave`. The drawing is scaled, up or down, until it fills the sheet less its
/// margin in one direction; the sheet is turned to landscape when the drawing is wider than tall.
public enum PageSize: String, CaseIterable, Sendable {
    case a4, a3, letter
    /// A1, for a wall.
    case poster
    /// A 16:9 slide of 13.33 x 7.5 inches, as presentation programs make them.
    case slide

    /// Portrait width and height in points (1/72 inch).
    public var portrait: (width: Double, height: Double) {
        switch self {
        case .a4: (595.28, 841.89)
        case .a3: (841.89, 1190.55)
        case .letter: (612, 792)
        case .poster: (1683.78, 2383.94)
        case .slide: (540, 960)
        }
    }

    /// The white border kept on every side, in points.
    public var margin: Double { self == .poster ? 54 : 28 }

    /// Graphviz's `size` for a drawing of `width` x `height` points: the sheet in inches, turned
    /// to landscape when the drawing is wider than tall, with `!` so that a small drawing grows as
    /// a large one shrinks. The page is then the sheet in one direction and the drawing's own
    /// proportion (never more than the sheet) in the other.
    func size(forWidth width: Double, height: Double) -> String {
        let sheet = width > height ? (portrait.height, portrait.width) : portrait
        return "\(inches(sheet.0)),\(inches(sheet.1))!"
    }

    /// Graphviz's `pad`, the margin in inches (inside `size`); cairo's own PDF margin is set to 0.
    var pad: String { inches(margin) }

    private func inches(_ points: Double) -> String {
        String(Double((points / 72 * 10_000).rounded()) / 10_000)
    }
}
