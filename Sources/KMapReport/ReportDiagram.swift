import KMapAnalysis
import KMapModel
import KMapRender

/// A diagram of an analysed map (the waves view unless the options say otherwise), as reports
/// embed it or link to it.
public enum ReportDiagram {
    /// The diagram to place inside an HTML page: its SVG markup (Graphviz's XML declaration,
    /// doctype and comments removed) and the elements it draws.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public static func embedded(for analysis: AnalysisResult, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> EmbeddedDiagram {
        let drawn = try file(for: analysis, options: options)
        return EmbeddedDiagram(svg: inline(String(decoding: drawn.svg, as: UTF8.self)), elements: drawn.elements)
    }

    /// The diagram as a standalone SVG file (the Markdown report links to it) and the elements it draws.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public static func file(for analysis: AnalysisResult, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> DiagramFile {
        let diagram = try DiagramBuilder.diagram(for: DiagramInput(analysis: analysis), options: options)
        return DiagramFile(svg: try Renderer.render(graph: diagram.graph, format: .svg), elements: diagram.elements)
    }

    /// Drops everything before the `<svg` element and the XML comments Graphviz writes.
    static func inline(_ svg: String) -> String {
        guard let start = firstRange(of: "<svg", in: svg[...]) else { return "" }
        var result = ""
        result.reserveCapacity(svg.utf8.count)
        var rest = svg[start.lowerBound...]
        while let comment = firstRange(of: "<!--", in: rest) {
            result += rest[..<comment.lowerBound]
            guard let end = firstRange(of: "-->", in: rest[comment.upperBound...]) else { return result }
            rest = rest[end.upperBound...]
        }
        result += rest
        return result
    }

    /// Where `marker` (ASCII) first occurs in `text`, searched in its UTF-8 bytes. (Foundation's
    /// `range(of:)` measures every substring from the start of its string in UTF-16, which made
    /// a search loop over a large drawing quadratic: 5 s of a 60,000-activity report.)
    private static func firstRange(of marker: String, in text: Substring) -> Range<String.Index>? {
        text.utf8.firstRange(of: marker.utf8)
    }
}

/// A diagram inside a report page: the SVG markup and the elements it draws, which findings link to.
public struct EmbeddedDiagram: Sendable {
    /// SVG markup without prolog or comments, inserted into the page as it is.
    public var svg: String
    public var elements: Set<DiagramElement>

    public init(svg: String, elements: Set<DiagramElement>) {
        self.svg = svg
        self.elements = elements
    }
}

/// A diagram drawn as its own SVG file (``ReportDiagram/file(for:options:)``): the file's bytes
/// and the elements it draws.
public struct DiagramFile: Sendable {
    public var svg: [UInt8]
    public var elements: Set<DiagramElement>
}
