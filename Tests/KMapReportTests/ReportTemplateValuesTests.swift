import KMapAnalysis
import Mustache
import Testing
@testable import KMapReport

/// The report model answers the templates by name (`ReportTemplateValues.swift`,
/// `ReportTemplateSections.swift`) exactly as swift-mustache's `Mirror` lookup would: every stored
/// property under its name, an absent optional as nil, and nothing else. The rows ``HTMLFragment``
/// writes are not read by name (`HTMLFragmentTests` checks them).
@Suite struct ReportTemplateValuesTests {
    /// The types of the rows written by ``HTMLFragment``, which the templates insert as HTML.
    private static let writtenAsHTML: Set<ObjectIdentifier> = [
        ObjectIdentifier(FindingGroup.self), ObjectIdentifier(ReportSummary.WaveLine.self), ObjectIdentifier(EngagementSection.Row.self),
    ]

    @Test func everyValueOfThePageAnswersWhatMirrorFinds() throws {
        let (evidenceAnalysis, evidence) = try EvidenceReportTests.galleryEvidence()
        let pages = [
            page(TestMaps.analyse(TestMaps.small).analysis, diagram: true),
            page(TestMaps.analyse(TestMaps.custom).analysis, diagram: true),
            page(TestMaps.analyse(TestMaps.hostile).analysis, diagram: false),
            page(try TestMaps.example("literacy-network.kmap"), diagram: true),
            page(evidenceAnalysis, diagram: false, evidence: evidence),
        ]
        var checked: Set<String> = []
        for page in pages { compare(page, path: "page", checked: &checked) }
        #expect(checked.isSuperset(of: ["PhaseTally", "Line", "Segment", "TechniqueEntry", "Row"]), "\(checked.sorted())")
    }

    private func page(_ analysis: AnalysisResult, diagram: Bool, evidence: EvidenceReport? = nil) -> HTMLReport.Page {
        let drawn = diagram ? TestMaps.stubDiagram(for: analysis) : nil
        return HTMLReport.Page(
            report: ReportModel(analysis: analysis, diagramElements: drawn?.elements ?? []), diagramSVG: drawn?.svg,
            stakeholderSVG: nil, diagramNote: diagram ? nil : "not drawn", evidence: evidence
        )
    }

    /// Checks `value`'s answers against its mirror, then the values inside it.
    private func compare(_ value: Any, path: String, checked: inout Set<String>) {
        guard let parent = value as? MustacheParent else {
            Issue.record("\(path) (\(type(of: value))) does not answer the templates by name")
            return
        }
        checked.insert(String(describing: type(of: value)))
        for case let (label?, child) in Mirror(reflecting: value).children {
            let expected = unwrapped(child)
            #expect(String(describing: parent.child(named: label)) == String(describing: expected), "\(path).\(label)")
            if let expected { walk(expected, path: path + "." + label, checked: &checked) }
        }
        #expect(parent.child(named: "noSuchValue") == nil)
    }

    private func walk(_ value: Any, path: String, checked: inout Set<String>) {
        switch value {
        case is String, is Int, is Bool, is Double: return
        case let items as [Any]:
            for (index, item) in items.enumerated() { walk(item, path: "\(path)[\(index)]", checked: &checked) }
        case _ where Self.writtenAsHTML.contains(ObjectIdentifier(type(of: value))): return
        default: compare(value, path: path, checked: &checked)
        }
    }

    /// What `Mirror` gives swift-mustache for a stored property: an optional's value, or nil.
    private func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
