import Testing
import KMapModel
@testable import KMapRender

/// The phase fills stay apart for every framework size from one to ten phases, for readers with
/// normal vision and with each of the three kinds of dichromacy, and keep black labels readable.
@Suite("Palette")
struct PaletteTests {
    /// The least CIELAB distance (CIE76) two phase fills may have, in every kind of vision.
    static let leastDistance = 10.0

    @Test("any two of the first n phase fills differ in every kind of vision", arguments: 1...10)
    func fillsStayApart(phases: Int) {
        let fills = (0..<phases).map(Palette.fill(forPhase:))
        #expect(Set(fills).count == phases, "a colour repeats among \(phases) phases")
        for vision in ColourVision.allCases {
            for first in 0..<phases {
                for second in (first + 1)..<phases {
                    let distance = ColourVision.distance(fills[first], fills[second], seenWith: vision)
                    #expect(distance >= Self.leastDistance,
                            "phases \(first) and \(second) (\(fills[first]), \(fills[second])) are \(distance) apart with \(vision)")
                }
            }
        }
    }

    @Test("black label text keeps a contrast of 6:1 or more on every fill", arguments: 0..<10)
    func labelsStayReadable(phase: Int) {
        let fill = Palette.fill(forPhase: phase)
        let contrast = ColourVision.contrast(fill, Palette.text)
        #expect(contrast >= 6, "\(fill) gives \(contrast):1")
    }

    @Test("a finding's code stays legible: 4.5:1 or more on its chip, which a filled node draws it on")
    func findingCodesStayReadable() throws {
        let contrast = ColourVision.contrast(Palette.gap, Palette.findingChip)
        #expect(contrast >= 4.5, "\(Palette.gap) on \(Palette.findingChip) gives \(contrast):1")
        // On the fills alone the gap colour would not be legible, hence the chip.
        #expect((0..<10).contains { ColourVision.contrast(Palette.gap, Palette.fill(forPhase: $0)) < 3 })
        let map = try ExampleMaps.map("broken-everything")
        let dot = try DiagramBuilder.dot(for: Analysed.input(map), options: DiagramOptions())
        let codes = dot.components(separatedBy: "<FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.gap)\"><B>KM").count - 1
        let chipped = dot.components(separatedBy: "BGCOLOR=\"\(Palette.findingChip)\"><TR><TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.gap)\"><B>KM").count - 1
        #expect(codes > 0 && chipped == codes, "\(chipped) of \(codes) finding codes on a chip")
    }

    @Test("APQC's seven steps get seven colours in the waves view")
    func apqcHasNoRepeatedColour() throws {
        let map = try ExampleMaps.map("apqc-knowledge-flow")
        #expect(map.framework.phases == Framework.apqcPhases)
        let graph = try DiagramBuilder.graph(for: Analysed.input(map), options: DiagramOptions())
        let headers = map.framework.phases.compactMap { graph.node(id: DiagramElement.phase($0).id)?.text("fillcolor") }
        #expect(headers.count == 7)
        #expect(Set(headers).count == 7, "\(headers)")
    }

    @Test("frameworks longer than the palette repeat it from the start")
    func longFrameworksWrapAround() {
        #expect(Palette.fill(forPhase: Palette.phaseFills.count) == Palette.fill(forPhase: 0))
        #expect(Palette.fill(forPhase: -1) == Palette.phaseFills.last)
    }
}
