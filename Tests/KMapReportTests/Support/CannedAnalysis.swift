import KMapAnalysis
import KMapLanguage
import KMapModel

/// A small map with findings of every severity, suppressions (one used, one not, one without a
/// reason) and a project file naming an unknown rule: the input of every reporter golden test.
enum CannedAnalysis {
    static let text = """
        # Store operations: a canned map for reporter tests
        map "Store operations" {
          goal "Stores act on what customers tell them"
        }

        stakeholder staff    "Store staff \\"floor\\"" group stores
        stakeholder managers "Store managers" group stores
        stakeholder ops      "Operations team ☕" group head_office

        repository intranet "Ops intranet"

        generation    complaints "Complaint log (café)" by staff every day
        consolidation review     "Complaint review" by managers every year
        capture       brief      "Service brief" by ops
        sharing       elearning  "E-learning module" by ops for staff # kmap: ignore broker-bottleneck -- nothing to see
        application   apply      "Apply the standards" # kmap: ignore unowned-activity -- owner being hired
        generation    audits     "Stock audits" by ops # kmap: ignore orphan-activity

        complaints -> review -> brief -> intranet
        intranet -> elearning -> apply
        """

    static let projectFile = "disabled_rules: [idle-brokr]\nfail_on: warning\n"

    static func result() -> AnalysisResult {
        let source = SourceFile(path: "maps/store operations.kmap", text: text)
        let map = Resolver.resolve(Parser.parse(source), source: source).map
        let project = try? ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: projectFile))
        return Analyzer.analyze(map, configuration: AnalysisConfiguration(project: project))
    }
}
