import Testing
import KMapRender
import KMapText

@Suite("DOTWriter")
struct DOTWriterTests {
    @Test("quoted strings escape quotes, backslashes and ampersands")
    func quoting() {
        #expect(DOTText.quoted(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTText.quoted(#"a\N\"#) == #""a\\N\\""#)
        #expect(DOTText.quoted("R&D") == #""R&amp;D""#)
        #expect(DOTText.quoted(#""]; x -> y [label=""#) == #""\"]; x -> y [label=\"""#)
    }

    @Test("quoted strings drop control characters and keep other text")
    func quotingCleans() {
        #expect(DOTText.quoted("a\nb\u{0}") == #""a b""#)
        #expect(DOTText.quoted("知识 🧠") == #""知识 🧠""#)
    }

    @Test("writes defaults, clusters, nodes, edges and rank groups in a fixed order")
    func layout() {
        var graph = DOTGraph()
        graph.attributes = [.text("rankdir", "LR")]
        graph.nodeDefaults = [.text("shape", "box")]
        graph.subgraphs = [DOTSubgraph(name: "cluster_a", attributes: [.text("label", "A")], nodes: [DOTNode("n1")])]
        graph.nodes = [DOTNode("n2", [DOTAttribute("label", .html(HTMLLabel(trustedMarkup: "<B>x</B>")))])]
        graph.edges = [DOTEdge(from: "n1", to: "n2", [.text("style", "dashed"), .text("id", "e")])]
        graph.rankGroups = [.sameRank(["n1", "n2"])]
        #expect(DOTWriter.write(graph) == """
            digraph kmap {
              graph [rankdir="LR"];
              node [shape="box"];
              subgraph cluster_a {
                label="A";
                n1;
              }
              n2 [label=<<B>x</B>>];
              n1 -> n2 [style="dashed", id="e"];
              {
                rank="same";
                n1;
                n2;
              }
            }

            """)
    }
}
