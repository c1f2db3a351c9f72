@testable import KMapDiff
import KMapRender

extension DOTGraph {
    /// The node whose `id` attribute is `id`.
    func node(id: String) -> DOTNode? { DOTGraphEditor(self).node(id) }

    /// The edge whose `id` attribute is `id`.
    func edge(id: String) -> DOTEdge? { DOTGraphEditor(self).edge(id) }
}

extension DOTNode {
    /// The text of a plain attribute, or the markup of an HTML one.
    func attribute(_ name: String) -> String? {
        guard let value = attributes.last(where: { $0.name == name })?.value else { return nil }
        switch value {
        case .text(let text): return text
        case .html(let label): return label.markup
        }
    }
}

extension DOTEdge {
    func attribute(_ name: String) -> String? {
        guard case .text(let text)? = attributes.last(where: { $0.name == name })?.value else { return nil }
        return text
    }
}
