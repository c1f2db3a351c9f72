import KMapAnalysis
import KMapModel
import KMapRender

/// Diagram inputs built the way the command line builds them: analysis, then diagram input.
enum Analysed {
    /// With `findings`, the analysis' findings are replaced by those, each drawn on its elements.
    static func input(_ map: KMap, findings: [(DiagramMark, [DiagramElement])]? = nil) -> DiagramInput {
        let analysis = Analyzer.analyze(map)
        guard let findings else { return DiagramInput(analysis: analysis) }
        var input = DiagramInput(map: analysis.map, waves: DiagramInput(analysis: analysis).waves,
                                 deFactoBrokers: Set(analysis.brokers.deFactoBrokers))
        for (mark, elements) in findings { input.decorations.markFinding(mark, on: elements) }
        return input
    }
}
