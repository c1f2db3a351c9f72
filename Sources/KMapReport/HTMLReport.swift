import KMapAnalysis
import KMapRender
import Mustache

/// The workshop report as one self-contained HTML page: inline SVG and CSS, no network, no script.
///
/// Every text from the map is escaped by the template engine; only the diagram is inserted raw,
/// and it is the SVG Graphviz drew from DOT whose labels were escaped when it was built.
public enum HTMLReport {
    /// The page for `analysis`.
    ///
    /// - Parameters:
    ///   - diagram: the waves diagram from ``ReportDiagram/embedded(for:options:)``, or nil when
    ///     it could not be drawn; findings link to the elements it draws.
    ///   - stakeholderDiagram: the stakeholders view, drawn after it; a finding the waves diagram
    ///     does not show links to its stakeholder there.
    ///   - diagramNote: a sentence shown under the diagram, such as why it is missing.
    ///   - evidence: the evidence section (`kmap report --evidence`), after the findings.
    public static func render(
        _ analysis: AnalysisResult, diagram: EmbeddedDiagram?, stakeholderDiagram: EmbeddedDiagram? = nil, diagramNote: String? = nil,
        evidence: EvidenceReport? = nil
    ) -> String {
        let report = ReportModel(
            analysis: analysis, diagramElements: diagram?.elements ?? [], stakeholderElements: stakeholderDiagram?.elements ?? [])
        let page = Page(report: report, diagramSVG: diagram?.svg, stakeholderSVG: stakeholderDiagram?.svg, diagramNote: diagramNote,
                        evidence: evidence)
        return library.render(page, withTemplate: "page") ?? ""
    }

    /// What the page template reads, by name (``ReportModel`` and its parts answer the same way).
    struct Page: MustacheParent {
        var report: ReportModel
        var diagramSVG: String?
        var stakeholderSVG: String?
        var diagramNote: String?
        var evidence: EvidenceReport?

        func child(named name: String) -> Any? {
            switch name {
            case "report": report
            case "diagramSVG": diagramSVG
            case "stakeholderSVG": stakeholderSVG
            case "diagramNote": diagramNote
            case "evidence": evidence
            default: nil
            }
        }
    }

    /// The templates, parsed once, each escaping with ``ReportEscaping``. They are constants of
    /// this module, checked by the tests.
    private static let library: MustacheLibrary = {
        let templates = [
            "page": HTMLTemplate.page, "header": HTMLTemplate.header, "summary": HTMLTemplate.summary,
            "findings": HTMLTemplate.findings, "engagement": HTMLTemplate.engagement,
            "brokers": HTMLTemplate.brokers, "techniques": HTMLTemplate.techniques, "evidence": HTMLTemplate.evidence,
        ]
        ReportEscaping.register()
        var library = MustacheLibrary()
        for (name, text) in templates {
            do {
                try library.register("{{% CONTENT_TYPE: \(ReportEscaping.name) }}" + text, named: name)
            } catch {
                preconditionFailure("the HTML report template '\(name)' does not parse: \(error)")
            }
        }
        return library
    }()
}
