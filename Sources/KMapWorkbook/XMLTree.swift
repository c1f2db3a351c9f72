import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, small enough for the parts of a workbook: local names (namespace
/// prefixes dropped), attributes by local name, children and text in order.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLNode] = []
    /// The text directly inside this element.
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The children named `name`.
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// All text inside this element, its descendants' included, in document order.
    var allText: String { text + children.map(\.allText).joined() }

    fileprivate func append(_ child: XMLNode) { children.append(child) }
    fileprivate func appendText(_ more: String) { text += more }

    /// Parses `data`; throws when it is not well-formed XML.
    ///
    /// A part must be UTF-8, or UTF-16 with its byte order mark (ECMA-376 allows both; libxml2
    /// decodes UTF-16 itself). Other bytes are refused before parsing: libxml2 can pass a name
    /// with an invalid UTF-8 sequence on to Foundation's XMLParser, which then traps.
    static func parse(_ data: Data, part: String) throws(WorkbookReadError) -> XMLNode {
        let isUTF16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        guard isUTF16 || String(validating: data, as: UTF8.self) != nil else {
            throw WorkbookReadError("'\(part)' is not UTF-8 text")
        }
        let parser = XMLParser(data: data)
        let builder = TreeBuilder()
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            throw WorkbookReadError("'\(part)' is not well-formed XML" + (parser.parserError.map { ": \($0.localizedDescription)" } ?? ""))
        }
        return root
    }

    /// A name without its namespace prefix: `r:id` is `id`.
    static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }
}

/// Why a file cannot be read as a workbook.
public struct WorkbookReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Builds an ``XMLNode`` tree from parser events; elements nested deeper than a workbook needs
/// are refused, so hostile input cannot exhaust the stack of later walks.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    private var stack: [XMLNode] = []
    private static let maximumDepth = 64

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard stack.count < Self.maximumDepth else { return parser.abortParsing() }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[XMLNode.localName(key)] = value }
        let node = XMLNode(name: XMLNode.localName(elementName), attributes: attributes)
        if let parent = stack.last { parent.append(node) } else if root == nil { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.appendText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.appendText(String(decoding: CDATABlock, as: UTF8.self))
    }
}
