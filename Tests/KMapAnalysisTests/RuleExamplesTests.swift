@testable import KMapAnalysis
import KMapLanguage
import KMapModel
import Testing

/// Runs every rule's examples: a triggering example must produce a finding of that rule on each
/// marked line and nowhere else; a non-triggering example none. Each example runs three times: as
/// written, after a line of multi-byte characters (catches byte/character offset mix-ups), and
/// with a suppression comment on every marked line (the finding moves to `suppressed`).
@Suite struct RuleExamplesTests {
    static let customFramework = Framework(phases: ["create", "identify", "collect", "review", "share", "access", "use"])
    static let descriptions = RuleRegistry.all + MissingPhaseRule.family(for: customFramework).map(\.description)

    @Test(arguments: descriptions)
    func triggeringExamplesReportAtTheMarkers(_ rule: RuleDescription) {
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.slug) has no triggering example")
        for example in rule.triggeringExamples {
            let location = Testing.SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: 1)
            #expect(!example.markedLines.isEmpty, "triggering example without a marker", sourceLocation: location)
            let plain = analyze(example.text, sourceLocation: location)
            #expect(plain.lines(of: rule.slug) == example.markedLines, "\(rule.slug)", sourceLocation: location)
            #expect(plain.findings.filter { $0.slug == rule.slug }.allSatisfy { $0.code == rule.code }, sourceLocation: location)

            let prefixed = analyze("# Café ☕ 日本語 — notes\n" + example.text, sourceLocation: location)
            #expect(prefixed.lines(of: rule.slug) == example.markedLines.map { $0 + 1 }, "\(rule.slug) after multi-byte line",
                    sourceLocation: location)

            let suppressed = analyze(Self.suppressing(rule.slug, in: example), sourceLocation: location)
            #expect(suppressed.lines(of: rule.slug).isEmpty, "\(rule.slug) not suppressed", sourceLocation: location)
            #expect(suppressed.suppressed.filter { $0.slug == rule.slug }.count == example.markedLines.count, sourceLocation: location)
            #expect(!suppressed.configurationDiagnostics.contains { $0.id == .unusedSuppression }, sourceLocation: location)
        }
    }

    @Test(arguments: descriptions)
    func nonTriggeringExamplesReportNothing(_ rule: RuleDescription) {
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.slug) has no non-triggering example")
        for example in rule.nonTriggeringExamples {
            let location = Testing.SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: 1)
            #expect(analyze(example.text, sourceLocation: location).lines(of: rule.slug).isEmpty, "\(rule.slug)",
                    sourceLocation: location)
            #expect(analyze("# Café ☕ 日本語\n" + example.text, sourceLocation: location).lines(of: rule.slug).isEmpty,
                    sourceLocation: location)
        }
    }

    @Test func theHealthyExampleHasNoFindingsAtAll() {
        let result = analyze(CommonExamples.healthy)
        #expect(result.findings.map { "\($0.slug): \($0.message)" } == [])
        #expect(result.summary.line == "waves complete 1/1 · no findings")
    }

    @Test func codesAndSlugsAreUnique() {
        #expect(Set(RuleRegistry.all.map(\.code)).count == RuleRegistry.all.count)
        #expect(Set(RuleRegistry.all.map(\.slug)).count == RuleRegistry.all.count)
    }

    @Test func remediesCiteCatalogTechniques() {
        for rule in Self.descriptions {
            #expect(!rule.techniques.isEmpty, "\(rule.slug)")
            for slug in rule.techniques {
                #expect(TechniqueCatalog.technique(slug: slug) != nil, "\(rule.slug) cites unknown technique \(slug)")
            }
        }
    }

    /// The example's text with `# kmap: ignore SLUG -- example` after every marked line.
    static func suppressing(_ slug: String, in example: RuleExample) -> String {
        let marked = Set(example.markedLines)
        return example.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            marked.contains(index + 1) ? "\(line) # kmap: ignore \(slug) -- example" : String(line)
        }.joined(separator: "\n")
    }
}
