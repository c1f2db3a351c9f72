import KMapLanguage
import Testing
@testable import KMapStudio

@Suite struct SnapshotBuilderTests {
    static let hostile = """
        map "Labels" {
          goal "Learn"
        }
        stakeholder team "</script><img src=x onerror=alert(1)>"
        wave w "W" {
          generation a "Talk" {
            by team
          }
        }
        """

    @Test func aGoodMapGivesBothDiagramsFindingsAndLines() throws {
        let snapshot = SnapshotBuilder.build(SourceFile(path: "m.kmap", text: Self.hostile))
        #expect(!snapshot.hasErrors)
        let diagrams = try #require(snapshot.diagrams)
        #expect(diagrams.waves.contains("id=\"act&#45;a\""))  // Graphviz writes "-" as &#45;
        #expect(!diagrams.stakeholders.contains("<img"))
        #expect(diagrams.stakeholders.contains("&lt;/script&gt;"))
        #expect(snapshot.elementLines["act-a"] == 6)
        #expect(snapshot.waves.first?.missingPhases.isEmpty == false)
        #expect(snapshot.findingGroups.flatMap(\.findings).contains { $0.elements.contains("act-a") || $0.elements.contains("wave-w") })
    }

    @Test func anErrorKeepsTheLastGoodDiagramAndShowsTheDiagnostic() throws {
        let good = SnapshotBuilder.build(SourceFile(path: "m.kmap", text: Self.hostile))
        let broken = SnapshotBuilder.build(SourceFile(path: "m.kmap", text: Self.hostile + "\nwave {"), lastGood: good)
        #expect(broken.hasErrors && broken.isStale)
        #expect(broken.diagrams == good.diagrams)
        #expect(broken.source.hasSuffix("wave {"))
        let diagnostic = try #require(broken.diagnostics.first { $0.severity == "error" })
        #expect(diagnostic.line >= 10)
        #expect(broken.version != good.version)
    }

    @Test func aMapAboveTheCollapseThresholdSaysItsWavesViewIsCollapsed() throws {
        #expect(SnapshotBuilder.build(SourceFile(path: "m.kmap", text: Self.hostile)).diagramNote == nil)
        let large = "stakeholder team \"Team\"\n" + (0...300).map { "generation a\($0) \"A\" by team\n" }.joined()
        let snapshot = SnapshotBuilder.build(SourceFile(path: "m.kmap", text: large))
        let note = try #require(snapshot.diagramNote)
        #expect(note.hasPrefix("301 activities, more than 300: the waves view shows one node per wave."))
        #expect(try #require(snapshot.diagrams).waves.contains("collapsed to one node per wave"))
        let broken = SnapshotBuilder.build(SourceFile(path: "m.kmap", text: large + "wave {"), lastGood: snapshot)
        #expect(broken.diagramNote == note)
    }

    @Test func onlyTheEmbeddedAssetsAreServed() {
        #expect(StudioAssets.named("studio.js") != nil)
        #expect(StudioAssets.named("../Package.swift") == nil)
        #expect(StudioAssets.named("studio.css/..") == nil)
        #expect(!StudioAssets.page(token: "\"><b>x").contains("\"><b>"))
        #expect(StudioAssets.page(token: "\"><b>x").contains("content=\"b\""))
    }
}
