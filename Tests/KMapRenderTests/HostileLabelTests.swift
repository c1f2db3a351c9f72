import KMapTestSupport
import Testing
import KMapRender

/// Labels that try to break out of DOT, HTML, XML or Mermaid must be drawn as written.
@Suite("Hostile labels")
struct HostileLabelTests {
    static let labels = [
        #""]; x -> y [label=""#,
        #"back\slash \N \G \E \T \H \L \n \l \r ends\"#,
        "line one\nline two\ttab\r\nend",
        #"<b>bold</b> & &amp; &#60; < > "q" 'a'"#,
        "{ | } <port> record",
        "مرحبا بالعالم \u{202E}abc",
        "知识管理 🧠📚👩🏽‍🏫",
        "bell\u{7}esc\u{1B}[31mnul\u{0}del\u{7F}",
        "]]> <!-- --> <![CDATA[",
        "%% end subgraph #quot; `tick`",
    ]

    /// A map whose every text is hostile: one stakeholder and activity per label, chained by
    /// flows labelled with the next label.
    static var input: DiagramInput {
        var fixture = MapFixture(title: labels[0], goal: labels[3])
        let phases = fixture.phases
        for (index, label) in labels.enumerated() { fixture.stakeholder("s\(index)", label) }
        fixture.repository("store", labels[1], owner: "s2")
        for (index, label) in labels.enumerated() {
            fixture.activity(
                phases[index % phases.count], "act\(index)", label, by: ["s\(index)"],
                for: ["s\((index + 1) % labels.count)"])
        }
        for index in labels.indices.dropLast() {
            fixture.flow("act\(index)", "act\(index + 1)", label: labels[(index + 1) % labels.count])
        }
        fixture.flow("act4", "store", "act5")
        return Analysed.input(fixture.map())
    }

    @Test("the SVG is well-formed and has exactly the map's nodes and flows", arguments: DiagramOptions.View.allCases)
    func svgStructure(view: DiagramOptions.View) throws {
        let input = Self.input
        let svg = try Renderer.render(input, options: DiagramOptions(view: view), format: .svg)
        #expect(try Tools.isWellFormedXML(svg))
        let document = try #require(SVGDocument(svg))
        switch view {
        case .waves:
            #expect(document.nodeIDs.filter { $0.hasPrefix("act-") }.count == Self.labels.count)
            #expect(document.nodeIDs.filter { $0.hasPrefix("repo-") } == ["repo-store"])
            #expect(document.edgeIDs.filter { $0.hasPrefix("flow-") }.count == input.map.flows.count)
        case .stakeholders:
            #expect(document.nodeIDs.filter { $0.hasPrefix("stakeholder-") }.count == Self.labels.count)
        }
        #expect(Set(document.allIDs).count == document.allIDs.count, "ids are unique")
    }

    @Test("every label is drawn as written, control characters aside")
    func textsAsWritten() throws {
        let svg = try Renderer.render(Self.input, options: DiagramOptions(), format: .svg)
        let document = try #require(SVGDocument(svg))
        let drawn = document.texts.joined().filter { $0 != " " }
        for label in Self.labels {
            let expected = label.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
                .map(String.init).joined().filter { $0 != " " }
            #expect(drawn.contains(expected), "\(label.debugDescription)")
        }
    }

    @Test("the dot binary reads our DOT the same way")
    func dotBinaryAgrees() throws {
        let dot = try DiagramBuilder.dot(for: Self.input, options: DiagramOptions())
        let fromBinary = try #require(SVGDocument(try Tools.dotBinarySVG(dot)))
        let inProcess = try #require(SVGDocument(try Renderer.render(dot: dot, format: .svg)))
        #expect(fromBinary.nodeIDs == inProcess.nodeIDs)
        #expect(fromBinary.edgeIDs == inProcess.edgeIDs)
        #expect(fromBinary.texts == inProcess.texts)
    }

    @Test("PNG and PDF render without Graphviz errors")
    func binaryFormats() throws {
        for format in [OutputFormat.png, .pdf] {
            #expect(try !Renderer.render(Self.input, options: DiagramOptions(), format: format).isEmpty)
        }
    }
}
