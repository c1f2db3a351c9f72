import KMapAnalysis
import KMapLanguage
import Testing

@Suite struct SuppressionTests {
    /// Orphan activities on lines 2 and 3, and a product without audience on line 3; each line
    /// may end with a comment.
    static func map(_ line2: String = "", _ line3: String = "", line1: String = "") -> String {
        """
        stakeholder coaches "Coaches" \(line1)
        generation pdsa "PDSA" by coaches \(line2)
        capture brief "Brief" by coaches \(line3)
        map "S" {
          standard "Used twice"
        }
        """
    }

    @Test func aSuppressionSilencesTheNamedRulesOnItsLine() {
        let result = analyze(Self.map("", "# kmap: ignore product-without-audience, KM004 -- drafted elsewhere"))
        #expect(result.findings.map { "\($0.slug)@\(result.map.source.line(of: $0.range.start))" } == ["orphan-activity@2"])
        #expect(result.suppressed.map(\.slug).sorted() == ["orphan-activity", "product-without-audience"])
        #expect(result.configurationDiagnostics.isEmpty)
        #expect(result.summary.suppressed == 2)
    }

    @Test func aSuppressionWithoutReasonStillAppliesButIsReported() throws {
        let result = analyze(Self.map("# kmap: ignore orphan-activity"))
        #expect(result.lines(of: "orphan-activity") == [3])
        let diagnostic = try #require(result.configurationDiagnostics.first)
        #expect(diagnostic.id == .suppressionWithoutReason)
        #expect(result.map.source.line(of: diagnostic.range.start) == 2)
        #expect(analyze(Self.map("# kmap: ignore orphan-activity --  ")).configurationDiagnostics.map(\.id) == [.suppressionWithoutReason])
    }

    @Test func anUnusedSuppressionIsReportedAtTheRuleName() throws {
        let result = analyze(Self.map("# kmap: ignore orphan-activity no-broker -- not needed"))
        let diagnostic = try #require(result.configurationDiagnostics.first)
        #expect(result.configurationDiagnostics.count == 1)
        #expect(diagnostic.id == .unusedSuppression)
        #expect(result.map.source.text(in: diagnostic.range) == "no-broker")
    }

    @Test func aSuppressionOfADisabledRuleIsNotUnused() {
        let text = Self.map("# kmap: ignore no-broker -- kept for the other config")
        let configuration = AnalysisConfiguration(commandLine: RuleOverrides(disabled: ["no-broker"]))
        #expect(analyze(text, configuration: configuration).configurationDiagnostics.isEmpty)
    }

    @Test func anUnknownRuleIsReportedWithSuggestions() throws {
        let result = analyze(Self.map("# kmap: ignore orphan-activty -- typo"))
        #expect(result.slugs.contains("orphan-activity"))
        #expect(result.configurationDiagnostics.map(\.message) == ["unknown rule 'orphan-activty'; did you mean 'orphan-activity'?"])
    }

    @Test func aSuppressionOnlyCoversItsOwnLine() {
        let result = analyze(Self.map(line1: "# kmap: ignore orphan-activity -- wrong line"))
        #expect(result.lines(of: "orphan-activity") == [2, 3])
        #expect(result.configurationDiagnostics.map(\.id) == [.unusedSuppression])
    }

    @Test func otherCommentsAreNotSuppressions() {
        let result = analyze(Self.map("# kmap ignores nothing here", "# kmap: note orphan-activity"))
        #expect(result.configurationDiagnostics.isEmpty)
        #expect(result.suppressed.isEmpty)
    }
}
