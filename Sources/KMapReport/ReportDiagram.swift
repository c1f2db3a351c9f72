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
        return EmbeddedDiagram(svg: inline(drawn.svg), elements: drawn.elements)
    }

    /// The diagram as a standalone SVG file (the Markdown report links to it) and the elements it draws.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public static func file(for analysis: AnalysisResult, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> DiagramFile {
        let diagram = try DiagramBuilder.diagram(for: DiagramInput(analysis: analysis), options: options)
        return DiagramFile(svg: try Renderer.render(graph: diagram.graph, format: .svg), elements: diagram.elements)
    }

    /// Drops everything before the `<svg` element and the XML comments Graphviz writes.
    ///
    /// The markers are found in the UTF-8 bytes by a plain scan. (Foundation's `range(of:)`
    /// measures every substring from the start of its string in UTF-16, which made a search loop
    /// over a large drawing quadratic: 5 s of a 60,000-activity report; the standard library's
    /// generic `firstRange(of:)` on the UTF-8 view took 0.2 s of a 100,000-activity report.)
    static func inline(_ svg: [UInt8]) -> String {
        guard let start = firstOffset(of: "<svg", in: svg, from: 0) else { return "" }
        var result: [UInt8] = []
        result.reserveCapacity(svg.count - start)
        var rest = start
        while let comment = firstOffset(of: "<!--", in: svg, from: rest) {
            result += svg[rest..<comment]
            guard let end = firstOffset(of: "-->", in: svg, from: comment + 4) else { return String(decoding: result, as: UTF8.self) }
            rest = end + 3
        }
        result += svg[rest...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The offset at which `marker` (ASCII) first occurs in `bytes` at or after `start`.
    private static func firstOffset(of marker: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        marker.withUTF8Buffer { marker in
            var offset = start
            while offset + marker.count <= bytes.count {
                if bytes[offset] == marker[0], bytes[offset..<(offset + marker.count)].elementsEqual(marker) { return offset }
                offset += 1
            }
            return nil
        }
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
