/// Graph-wide attributes shared by every view.
enum DiagramStyle {
    /// Attributes of a left-to-right graph with a title block on top.
    ///
    /// Layout limits keep big maps fast: `newrank` (needed for columns across clusters) must not
    /// be combined with `nslimit`, and `splines=ortho` is far too slow. `remincross=false` is what
    /// the renderer forces anyway (see ``GraphvizEngine``), written out so that the `dot` program
    /// draws the same picture.
    /// Attributes in `overriding` replace the defaults of the same name.
    static func graphAttributes(id: String, title: HTMLLabel, overriding: [DOTAttribute] = []) -> [DOTAttribute] {
        let replaced = Set(overriding.map(\.name))
        let defaults: [DOTAttribute] = [
            .text("id", id),
            DOTAttribute("label", .html(title)),
            .text("labelloc", "t"),
            .text("fontname", Palette.font),
            .text("rankdir", "LR"),
            .text("newrank", "true"),
            .text("remincross", "false"),
            .text("nodesep", "0.25"),
            .text("ranksep", "0.5"),
            .text("pad", "0.3"),
            .text("outputorder", "edgesfirst"),
            .text("bgcolor", "white"),
        ]
        return defaults.filter { !replaced.contains($0.name) } + overriding
    }

    static let nodeDefaults: [DOTAttribute] = [
        .text("shape", "box"),
        .text("style", "rounded,filled"),
        .text("fillcolor", "white"),
        .text("color", "#333333"),
        .text("fontname", Palette.font),
        .text("fontsize", "11"),
        .text("fontcolor", Palette.text),
        .text("margin", "0.12,0.06"),
    ]

    static let edgeDefaults: [DOTAttribute] = [
        .text("fontname", Palette.font),
        .text("fontsize", "9"),
        .text("fontcolor", Palette.secondaryText),
        .text("color", Palette.edge),
        .text("arrowsize", "0.7"),
    ]

    /// Attributes that outline a node concerned by a finding.
    static let findingOutline: [DOTAttribute] = [.text("color", Palette.gap), .text("penwidth", "2.2")]

    /// An edge label: wrapped, escaped, in an outer table.
    static func edgeLabel(_ text: String) -> DOTAttribute {
        DOTAttribute("label", .html(NodeLabels.table([HTMLLabel.wrapped(text, width: 24)])))
    }
}
