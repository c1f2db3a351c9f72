import KMapAnalysis
import KMapModel
import KMapRender

/// The waves diagram of an analysed map, as reports embed it.
public enum ReportDiagram {
    /// The waves diagram as SVG markup ready to place inside an HTML page: Graphviz's XML
    /// declaration, doctype and comments removed.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public static func inlineSVG(for analysis: AnalysisResult, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> String {
        let bytes = try Renderer.render(DiagramInput(analysis: analysis), options: options, format: .svg)
        return inline(String(decoding: bytes, as: UTF8.self))
    }

    /// The standalone SVG file of the waves diagram (for the Markdown report).
    /// - Throws: ``RenderError`` when Graphviz fails.
    public static func svgFile(for analysis: AnalysisResult, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> [UInt8] {
        try Renderer.render(DiagramInput(analysis: analysis), options: options, format: .svg)
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

    /// The values of every `id="..."` attribute in `svg`, character references decoded (Graphviz
    /// writes `-` as `&#45;`): the elements a report may link to.
    static func elementIDs(in svg: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = svg[...]
        while let marker = firstRange(of: " id=\"", in: rest) {
            let value = rest[marker.upperBound...]
            guard let close = value.firstIndex(of: "\"") else { break }
            ids.insert(decodeReferences(value[..<close]))
            rest = value[close...]
        }
        return ids
    }

    /// Decodes numeric character references and the five predefined XML entities.
    static func decodeReferences(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var result = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&"), let semicolon = rest[ampersand...].firstIndex(of: ";") {
            result += rest[..<ampersand]
            let name = rest[rest.index(after: ampersand)..<semicolon]
            if let character = named[name] ?? numericReference(name) {
                result += character
            } else {
                result += rest[ampersand...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// `#45` or `#x2D` as the character it names.
    private static func numericReference(_ name: Substring) -> String? {
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
