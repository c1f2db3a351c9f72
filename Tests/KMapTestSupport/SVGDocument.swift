import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file parsed as XML: its node and edge groups, ids and texts.
public struct SVGDocument {
    /// `id` of every `<g class="node">`, in document order.
    public private(set) var nodeIDs: [String] = []
    /// `id` of every `<g class="edge">`, in document order.
    public private(set) var edgeIDs: [String] = []
    /// `id` of every `<g class="cluster">`.
    public private(set) var clusterIDs: [String] = []
    /// Every `<text>` content, in document order.
    public private(set) var texts: [String] = []
    /// Every `<title>` content, in document order.
    public private(set) var titles: [String] = []
    /// Every `id` attribute of the file.
    public private(set) var allIDs: [String] = []
    /// The y coordinate of each node's first `<text>`, by node id (SVG y grows downwards).
    public private(set) var textY: [String: Double] = [:]
    /// The stroke colour of each edge's first path, by edge id.
    public private(set) var edgeStrokes: [String: String] = [:]

    /// Parses `bytes`; nil when they are not well-formed XML.
    public init?(_ bytes: [UInt8]) {
        let delegate = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        self = delegate.document
    }

    private init() {}

    private final class Collector: NSObject, XMLParserDelegate {
        var document = SVGDocument()
        private var text: String?
        private var currentNode: String?
        private var currentEdge: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if let id = attributes["id"] { document.allIDs.append(id) }
            if name == "g" { currentEdge = nil }
            if name == "g", let id = attributes["id"] {
                switch attributes["class"] {
                case "node":
                    document.nodeIDs.append(id)
                    currentNode = id
                case "edge":
                    document.edgeIDs.append(id)
                    currentEdge = id
                case "cluster": document.clusterIDs.append(id)
                default: break
                }
            }
            if name == "path", let edge = currentEdge, document.edgeStrokes[edge] == nil {
                document.edgeStrokes[edge] = attributes["stroke"]
            }
            if name == "text", let node = currentNode, document.textY[node] == nil,
                let y = attributes["y"].flatMap(Double.init) {
                document.textY[node] = y
            }
            if name == "text" || name == "title" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text { document.texts.append(text) }
            if name == "title", let text { document.titles.append(text) }
            if name == "text" || name == "title" { text = nil }
        }
    }
}
