import KMapAnalysis
import KMapModel
import KMapRender

/// Diagram inputs built the way the command line builds them: analysis, then diagram input.
enum Analysed {
    static func input(_ map: KMap, marks: [DiagramMark]? = nil) -> DiagramInput {
        var input = DiagramInput(analysis: Analyzer.analyze(map))
        if let marks { input.marks = marks }
        return input
    }
}
