/// Colours of the diagrams: phase fills from Paul Tol's colour-blind-safe "light" scheme, made
/// for cells that carry black text, and his "vibrant" red for gaps.
enum Palette {
    /// Fill of each phase column, in framework order: Tol's nine "light" colours and a light
    /// violet, ordered so that every prefix stays apart. Any two of the first ten differ by at
    /// least 10 CIELAB units in normal vision and simulated protanopia, deuteranopia and
    /// tritanopia, and all keep black text at a contrast of 6:1 or more (`PaletteTests`).
    /// Frameworks with more than ten phases repeat them.
    static let phaseFills = [
        "#77AADD", "#EE8866", "#44BB99", "#EEDD88", "#FFAABB", "#99DDFF", "#BBCC33", "#BB88FF", "#AAAA00", "#DDDDDD",
    ]
    /// Outline and text of gaps and findings.
    static let gap = "#CC3311"
    /// The background of a finding's code inside a filled node, so the gap colour stays legible.
    static let findingChip = "#FFFFFF"
    /// Backward flows (application to generation, feedback).
    static let feedback = "#0077BB"
    static let text = "#222222"
    static let secondaryText = "#444444"
    static let edge = "#555555"
    static let waveBackground = "#F7F7F7"
    static let waveBorder = "#BBBBBB"
    static let repositoryFill = "#FFFFFF"
    /// Declared brokers in the stakeholder view.
    static let broker = "#EE7733"
    /// Fill of de-facto brokers (people bridging groups without being declared brokers).
    static let deFactoBrokerFill = "#FFDDBB"
    static let font = "DejaVu Sans"

    /// The fill of phase `index`.
    static func fill(forPhase index: Int) -> String {
        phaseFills[((index % phaseFills.count) + phaseFills.count) % phaseFills.count]
    }
}
