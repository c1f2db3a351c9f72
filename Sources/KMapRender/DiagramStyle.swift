/// Graph-wide attributes shared by every view.
enum DiagramStyle {
    /// Attributes of a left-to-right graph with a title block on top.
    ///
    /// `newrank` ranks clusters with the rest of the graph: the waves view needs it for columns
    /// across rows, and without it Graphviz 2.42 freed memory twice when cleaning up the layout of
    /// some stakeholder networks with groups. `splines=ortho` is far too slow for big maps and is
    /// never used. `remincross=false` is what the renderer forces anyway (see ``GraphvizEngine``),
    /// written out so that the `dot` program draws the same picture.
    /// Attributes in `overriding` replace the defaults of the same name. `nodeCount`, the nodes the
    /// graph draws, chooses the layout effort (see ``quickLayoutThreshold``).
    static func graphAttributes(title: HTMLLabel, nodeCount: Int, overriding: [DOTAttribute] = []) -> [DOTAttribute] {
        let replaced = Set(overriding.map(\.name))
        let defaults: [DOTAttribute] = [
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
        return defaults.filter { !replaced.contains($0.name) } + layoutEffort(nodeCount: nodeCount) + overriding
    }

    /// Above this many drawn nodes, Graphviz positions nodes with one pass of network simplex per
    /// node (`nslimit=1`) instead of iterating to the optimum. The x-coordinate pass grows
    /// superlinearly and dominates large layouts: a 1,000-activity map took 1.17 s in `dot` and
    /// takes 0.44 s so, 1,500 activities 3.0 s and 0.77 s, with edges slightly less straight
    /// (docs/RENDERING.md). Smaller maps, every example map among them, keep the full layout.
    static let quickLayoutThreshold = 400

    static func layoutEffort(nodeCount: Int) -> [DOTAttribute] {
        nodeCount > quickLayoutThreshold ? [.text("nslimit", "1")] : []
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
