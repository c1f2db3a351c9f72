import KMapAnalysis
import Mustache

/// The workshop report as one self-contained HTML page: inline SVG and CSS, no network, no script.
///
/// Every text from the map is escaped by the template engine; only the diagram is inserted raw,
/// and it is the SVG Graphviz drew from DOT whose labels were escaped when it was built.
public enum HTMLReport {
    /// The page for `analysis`.
    ///
    /// - Parameters:
    ///   - diagramSVG: the waves diagram from ``ReportDiagram/inlineSVG(for:options:)``, or nil
    ///     when it could not be drawn.
    ///   - diagramNote: a sentence shown under the diagram, such as why it is missing.
    public static func render(_ analysis: AnalysisResult, diagramSVG: String?, diagramNote: String? = nil) -> String {
        let ids = diagramSVG.map(ReportDiagram.elementIDs(in:)) ?? []
        let page = Page(report: ReportModel(analysis: analysis, diagramIDs: ids), diagramSVG: diagramSVG, diagramNote: diagramNote)
        return library.render(page, withTemplate: "page") ?? ""
    }

    /// What the page template reads.
    private struct Page {
        var report: ReportModel
        var diagramSVG: String?
        var diagramNote: String?
    }

    /// The templates, parsed once. They are constants of this module, checked by the tests.
    private static let library: MustacheLibrary = {
        let templates = [
            "page": HTMLTemplate.page, "header": HTMLTemplate.header, "summary": HTMLTemplate.summary,
            "findings": HTMLTemplate.findings, "engagement": HTMLTemplate.engagement,
            "brokers": HTMLTemplate.brokers, "techniques": HTMLTemplate.techniques,
        ]
        var library = MustacheLibrary()
        for (name, text) in templates {
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("the HTML report template '\(name)' does not parse: \(error)")
            }
        }
        return library
    }()
}
