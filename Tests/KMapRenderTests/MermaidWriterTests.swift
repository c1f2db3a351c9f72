import Foundation
import Testing
import KMapAnalysis
@testable import KMapRender

@Suite("MermaidWriter")
struct MermaidWriterTests {
    let input = Analysed.input(SampleMaps.literacy.map())

    @Test("one subgraph per phase in framework order, with the phase's fill")
    func phaseSubgraphs() throws {
        let chart = try MermaidWriter.flowchart(for: input, options: DiagramOptions())
        let subgraphs = chart.split(separator: "\n").filter { $0.hasPrefix("  subgraph ") }
        #expect(subgraphs == [
            #"  subgraph p0["generation"]"#, #"  subgraph p1["consolidation"]"#, #"  subgraph p2["capture"]"#,
            #"  subgraph p3["sharing"]"#, #"  subgraph p4["application"]"#,
        ])
        #expect(chart.hasPrefix("---\ntitle: \"Literacy improvement network\"\n---\nflowchart LR\n"))
        #expect(chart.contains("  style p0 fill:#77AADD\n"))
    }

    @Test("activities, repositories, gaps and flows")
    func content() throws {
        let chart = try MermaidWriter.flowchart(for: input, options: DiagramOptions())
        #expect(chart.contains(#"    a0["PDSA cycles in classrooms<br/>every week"]"#))
        // The wave's application is planned: complete only on paper.
        #expect(chart.contains(#"    a4["Schools adopt the routine<br/>KM014 complete-only-on-paper"]:::planned:::finding"#))
        #expect(chart.contains(#"  r0[("Network shared drive")]"#))
        #expect(chart.contains(#"    g1p1["missing: consolidation<br/>Learning walks"]:::gap"#))
        #expect(chart.contains(#"  a4 -.->|"next inquiry cycle"| a0"#))
        #expect(chart.contains("  a0 --> a1\n"))
        let plain = try MermaidWriter.flowchart(for: input, options: DiagramOptions(showGaps: false))
        #expect(!plain.contains(":::gap"))
    }

    @Test("the stakeholder view has a subgraph per shared group and two-way links")
    func stakeholders() throws {
        let chart = try MermaidWriter.flowchart(for: input, options: DiagramOptions(view: .stakeholders))
        #expect(chart.contains(#"  subgraph g0["schools"]"#))
        #expect(chart.contains(#"  s1("Instructional coaches<br/>broker"):::broker"#))
        #expect(chart.contains(#"  s1 <-->|"×1 / ×2"| s0"#))
    }

    /// Every example map: each stakeholder carries the same finding codes in Mermaid as in DOT,
    /// a de-facto broker is filled as in DOT and never gets the missing-phase `gap` class.
    @Test("the Mermaid stakeholder view marks what the DOT view marks", arguments: ExampleMaps.names)
    func stakeholderMarksMatchTheDOTView(name: String) throws {
        let analysis = Analyzer.analyze(try ExampleMaps.map(name))
        let input = DiagramInput(analysis: analysis)
        let options = DiagramOptions(view: .stakeholders)
        let graph = try DiagramBuilder.graph(for: input, options: options)
        let lines = try MermaidWriter.flowchart(for: input, options: options).split(separator: "\n").map(String.init)
        let codes = { (text: String) in Set(text.matches(of: /KM\d{3}/).map { String($0.output) }) }
        for (position, stakeholder) in analysis.map.stakeholders.enumerated() {
            let node = "s\(position)"
            let line = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(node + "(") })
            let label = try #require(graph.node(id: DiagramElement.stakeholder(stakeholder.id).id)?.text("label"))
            #expect(codes(line) == codes(label), "\(stakeholder.id): \(line) vs \(label)")
            #expect(!line.contains(":::gap"))
            #expect(line.hasSuffix(":::finding") == !codes(label).isEmpty)
            let isDeFacto = analysis.brokers.deFactoBrokers.contains { analysis.map[$0].id == stakeholder.id }
            #expect(lines.contains("  style \(node) fill:\(Palette.deFactoBrokerFill)") == isDeFacto)
            #expect(line.contains("de-facto broker") == isDeFacto)
        }
    }

    @Test("a large map is collapsed to one node per wave")
    func collapsed() throws {
        let chart = try MermaidWriter.flowchart(for: input, options: DiagramOptions(collapseThreshold: 3))
        #expect(chart.contains(#"  w1["Learning walks<br/>4 of 5 phases"]:::finding"#))
        #expect(chart.contains("  w1 --> r0\n"))
    }

    @Test("hostile labels stay inside their quotes: every line has one of the expected shapes")
    func hostileLabels() throws {
        let allowed = try [
            #"^---$"#, #"^title: "([^"\\]|\\.)*"$"#, #"^flowchart LR$"#,
            #"^  subgraph \w+\["[^"]*"\]$"#, #"^  end$"#, #"^  style \w+ fill:#[0-9A-F]{6}$"#,
            #"^ {2,4}\w+(\["[^"]*"\]|\[\("[^"]*"\)\]|\("[^"]*"\))(:::\w+)*$"#,
            #"^  \w+ (-->|-\.->|<-->)(\|"[^"]*"\| | )\w+$"#, #"^  %% [^\n]*$"#, #"^  classDef \w+ [^"]*$"#,
        ].map { try Regex($0) }
        for view in DiagramOptions.View.allCases {
            let chart = try MermaidWriter.flowchart(for: HostileLabelTests.input, options: DiagramOptions(view: view))
            for line in chart.split(separator: "\n") {
                #expect(allowed.contains { line.wholeMatch(of: $0) != nil }, "\(line)")
                #expect(line.hasPrefix("  %%") || line.hasPrefix("title:") || !line.contains(/#(?!\d+;|[0-9A-F]{6})/),
                        "\(line)")
            }
        }
    }
}
