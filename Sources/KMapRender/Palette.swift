/// Colours of the diagrams: Paul Tol's colour-blind-safe "pale" scheme for phase fills (light
/// enough for black text, also in grayscale print) and his "vibrant" red for gaps.
enum Palette {
    /// Fill of each phase column, in framework order; frameworks with more phases repeat them.
    static let phaseFills = ["#BBCCEE", "#CCEEFF", "#CCDDAA", "#EEEEBB", "#FFCCCC", "#DDDDDD"]
    /// Outline and text of gaps and findings.
    static let gap = "#CC3311"
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
