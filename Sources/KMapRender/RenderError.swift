/// Why a diagram could not be drawn.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz could not read the DOT text; the messages are Graphviz's own.
    case invalidDOT(messages: String)
    /// Graphviz reported an error while laying out or drawing, even if its call returned success.
    case graphviz(stage: String, messages: String)
    /// The format is not drawn by Graphviz (`dot` and `mermaid` are text, written directly).
    case notAGraphvizFormat(OutputFormat)
    /// `focus` names no activity, repository, stakeholder or wave of the map.
    case unknownFocus(String, suggestions: [String])
    /// The layout would cost more than ``LayoutBudget/limit``; nothing was laid out.
    case layoutTooLarge(LayoutBudget)

    public var description: String {
        switch self {
        case .invalidDOT(let messages):
            "Graphviz could not read the diagram: \(Self.summary(messages))"
        case .graphviz(let stage, let messages):
            "Graphviz failed while \(stage): \(Self.summary(messages))"
        case .notAGraphvizFormat(let format):
            "\(format) is written as text, not drawn by Graphviz"
        case .unknownFocus(let name, let suggestions):
            "nothing named '\(name)' to focus on"
                + (suggestions.isEmpty ? "" : "; did you mean \(Self.quotedList(suggestions))?")
        case .layoutTooLarge(let budget):
            "the diagram is too large to lay out: \(budget); draw a part of it with --focus ID"
                + " (an activity, repository, stakeholder or wave), or the collapsed view (without --full)"
        }
    }

    private static func quotedList(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    private static func summary(_ messages: String) -> String {
        let text = messages.split(whereSeparator: \.isNewline).joined(separator: "; ")
        return text.isEmpty ? "no message" : text
    }
}
