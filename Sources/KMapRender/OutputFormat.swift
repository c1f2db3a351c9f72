/// The file formats a diagram can be written in.
public enum OutputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    case svg, png, pdf, dot, mermaid

    /// The format named by a file's extension (`map.svg`, `map.mmd`), case-insensitively;
    /// `gv` means DOT and `mmd` or `mermaid` means Mermaid.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(fileExtension: String(path[path.index(after: dot)...]))
    }

    /// The format for a file extension without its dot (`svg`, `gv`, `mmd`).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "mmd", "mermaid": self = .mermaid
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .mermaid: "mmd"
        default: rawValue
        }
    }

    /// True for formats Graphviz lays out and draws (svg, png, pdf); DOT and Mermaid are text
    /// written directly.
    public var needsLayout: Bool {
        switch self {
        case .svg, .png, .pdf: true
        case .dot, .mermaid: false
        }
    }

    /// True for formats that are text (svg, dot, mermaid).
    public var isText: Bool { self != .png && self != .pdf }

    public var description: String { rawValue }
}
