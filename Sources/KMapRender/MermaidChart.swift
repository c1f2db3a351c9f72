import KMapText

/// The lines of a Mermaid flowchart being written, with its class definitions.
struct MermaidChart {
    enum Shape { case box, cylinder, rounded }

    /// How an edge is drawn: `-->`, `-.->` (flows back) or `<-->` (both ways).
    enum EdgeStyle: String {
        case solid = "-->"
        case dashed = "-.->"
        case both = "<-->"
    }

    private let title: String?
    var lines: [String] = []

    init(title: String?) {
        self.title = title
    }

    /// A node statement: `a3["label"]:::gap`.
    static func node(_ name: String, _ labelLines: [String], shape: Shape, classes: [String] = []) -> String {
        let label = "\"" + MermaidText.label(labelLines) + "\""
        let body = switch shape {
        case .box: "[\(label)]"
        case .cylinder: "[(\(label))]"
        case .rounded: "(\(label))"
        }
        return name + body + classes.map { ":::\($0)" }.joined()
    }

    mutating func subgraph(_ name: String, title: String, nodes: [String], fill: String) {
        lines.append("  subgraph \(name)[\"\(MermaidText.escape(title))\"]")
        for node in nodes { lines.append("    " + node) }
        lines.append("  end")
        lines.append("  style \(name) fill:\(fill)")
    }

    mutating func edge(from: String, to: String, label: String?, style: EdgeStyle) {
        let arrow = style.rawValue
        if let label {
            lines.append("  \(from) \(arrow)|\"\(MermaidText.escape(label))\"| \(to)")
        } else {
            lines.append("  \(from) \(arrow) \(to)")
        }
    }

    mutating func comment(_ text: String) {
        lines.append("  %% " + PlainText.clean(text))
    }

    /// The whole chart: front matter with the title, the flowchart, and the class definitions.
    var text: String {
        var out = ""
        if let title { out += "---\ntitle: \(MermaidText.yamlQuoted(title))\n---\n" }
        out += "flowchart LR\n"
        for line in lines { out += line + "\n" }
        out += "  classDef planned stroke-dasharray:5 5\n"
        out += "  classDef gap stroke:\(Palette.gap),stroke-dasharray:5 5,color:\(Palette.gap),fill:#FFFFFF\n"
        out += "  classDef finding stroke:\(Palette.gap),stroke-width:3px\n"
        out += "  classDef broker stroke:\(Palette.broker),stroke-width:3px\n"
        return out
    }
}
