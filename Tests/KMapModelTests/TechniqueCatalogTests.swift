import KMapModel
import Testing

@Suite struct TechniqueCatalogTests {
    /// The slugs other stages and users rely on; none may disappear or change.
    static let fixedSlugs = [
        "peer-assist", "before-action-review", "pre-mortem", "after-action-review", "retrospect", "community-of-practice",
        "knowledge-cafe", "randomised-coffee-trials", "action-learning-set", "knowledge-asset", "mentoring",
        "working-out-loud", "knowledge-retention", "lessons-learned-workshop", "knowledge-repository",
        "peer-learning-exchange", "feedback-loop", "change-package", "storytelling", "data-dashboard", "inquiry-cycle",
        "root-cause-analysis", "elevator-pitch", "evaluation", "survey", "knowledge-brief", "convening",
        "learning-agenda", "site-visit", "synthesis-workshop", "tech-talk",
        "focus-group-discussion", "key-informant-interview", "feedback-mechanism", "outcome-harvesting",
        "most-significant-change", "experiment", "community-scorecard", "case-study", "newsletter", "training",
        "clinical-audit",
    ]

    @Test(arguments: fixedSlugs)
    func everyFixedSlugIsInTheCatalog(slug: String) {
        #expect(TechniqueCatalog.technique(slug: slug)?.slug == slug)
    }

    @Test func theCatalogHoldsExactlyTheFixedSlugs() {
        #expect(Set(TechniqueCatalog.all.map(\.slug)) == Set(Self.fixedSlugs))
        #expect(TechniqueCatalog.all.count == Self.fixedSlugs.count)
    }

    @Test func theMEALTechniquesPractitionersWriteAreKnownByTheirShortNames() {
        #expect(TechniqueCatalog.technique(slug: "msc")?.slug == "most-significant-change")
        #expect(TechniqueCatalog.technique(slug: "fgd")?.slug == "focus-group-discussion")
        #expect(TechniqueCatalog.technique(slug: "cfm")?.slug == "feedback-mechanism")
        #expect(TechniqueCatalog.technique(slug: "knowledge-harvesting")?.slug == "knowledge-retention")
        #expect(TechniqueCatalog.technique(slug: "audit")?.slug == "clinical-audit")
    }

    @Test func coffeeTrialsIsNotASlug() {
        #expect(TechniqueCatalog.technique(slug: "coffee-trials") == nil)
        #expect(TechniqueCatalog.suggestions(for: "coffee-trials") == ["randomised-coffee-trials"])
    }

    @Test(arguments: [
        ("pdsa", "inquiry-cycle"), ("aar", "after-action-review"), ("cop", "community-of-practice"),
        ("bar", "before-action-review"), ("rca", "root-cause-analysis"), ("retrospective", "retrospect"),
        ("randomized-coffee-trials", "randomised-coffee-trials"),
    ])
    func aliasesResolveToTheirTechnique(alias: String, slug: String) {
        #expect(TechniqueCatalog.technique(slug: alias)?.slug == slug)
        #expect(TechniqueCatalog.canonicalSlug(alias) == slug)
    }

    @Test func aliasesAreUniqueAndNeverShadowASlug() {
        let slugs = Set(TechniqueCatalog.all.map(\.slug))
        let aliases = TechniqueCatalog.all.flatMap(\.aliases)
        #expect(Set(aliases).count == aliases.count)
        #expect(slugs.isDisjoint(with: aliases))
    }

    @Test func everyTechniqueServesDefaultPhasesAndIsDescribed() {
        for technique in TechniqueCatalog.all {
            #expect(!technique.phases.isEmpty, "\(technique.slug)")
            #expect(technique.phases.allSatisfy(Framework.defaultPhases.contains), "\(technique.slug)")
            #expect(Set(technique.phases).count == technique.phases.count, "\(technique.slug)")
            #expect(!technique.name.isEmpty && technique.summary.count > 20, "\(technique.slug)")
            #expect(!technique.summary.contains("\n"), "\(technique.slug)")
        }
    }

    @Test func slugsAndAliasesAreValidIdentifiers() {
        let names = TechniqueCatalog.all.flatMap { [$0.slug] + $0.aliases }
        for name in names {
            let valid = name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
                && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            #expect(valid, "\(name)")
        }
    }

    @Test func timingFollowsThePractice() {
        #expect(TechniqueCatalog.technique(slug: "peer-assist")?.timing == .before)
        #expect(TechniqueCatalog.technique(slug: "after-action-review")?.timing == .during)
        #expect(TechniqueCatalog.technique(slug: "retrospect")?.timing == .after)
        #expect(TechniqueCatalog.technique(slug: "survey")?.timing == nil)
    }

    @Test func suggestionsCorrectMisspellings() {
        #expect(TechniqueCatalog.suggestions(for: "peer-asist").first == "peer-assist")
        #expect(TechniqueCatalog.suggestions(for: "retrospec").first == "retrospect")
        #expect(TechniqueCatalog.suggestions(for: "qqqqqqqqqqqq").isEmpty)
    }

    @Test func techniquesServingAPhaseListMainOnesFirst() {
        let capture = TechniqueCatalog.techniques(serving: "capture")
        #expect(capture.contains { $0.slug == "knowledge-brief" })
        #expect(capture.allSatisfy { $0.serves("capture") })
        let firstSecondary = capture.firstIndex { $0.phases.first != "capture" } ?? capture.count
        #expect(capture[firstSecondary...].allSatisfy { $0.phases.first != "capture" })
        #expect(TechniqueCatalog.techniques(serving: "nowhere").isEmpty)
    }
}
