import Foundation
import FoundationXML

/// The edges of an SVG Graphviz drew: the stroke colour of each edge group's path, by its id.
struct SVGEdges {
    private(set) var strokes: [String: String] = [:]

    /// Parses `bytes`; nil when they are not well-formed XML.
    init?(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        strokes = collector.strokes
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var strokes: [String: String] = [:]
        private var edge: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "g" { edge = attributes["class"] == "edge" ? attributes["id"] : nil }
            if name == "path", let edge, strokes[edge] == nil { strokes[edge] = attributes["stroke"] }
        }
    }
}
