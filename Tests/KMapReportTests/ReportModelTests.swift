import KMapAnalysis
import KMapRender
import Testing
@testable import KMapReport

@Suite struct ReportModelTests {
    let analysis = TestMaps.analyse(TestMaps.small).analysis

    @Test func summaryCountsWavesAndFindingsByPhase() {
        let summary = ReportModel(analysis: analysis).summary
        #expect(summary.completeWaves == 1)
        #expect(summary.totalWaves == 2)
        #expect(summary.phaseNames == ["generation", "consolidation", "capture", "sharing", "application"])
        let total = summary.phaseTallies.map(\.total).reduce(0, +)
        #expect(total == analysis.findings.count)
        let sharing = summary.phaseTallies.first { $0.phase == "sharing" }
        #expect(sharing?.total == analysis.findings.count { $0.missingPhase == 3 })
        #expect(summary.waves.map(\.status) == ["complete, loop closed", "stops at capture; missing consolidation, sharing, application"])
    }

    @Test func findingsAreGroupedByTheirWave() {
        let groups = ReportModel(analysis: analysis).findingGroups
        let survey = groups.first { $0.title == "Wave: Survey" }
        #expect(survey != nil)
        // One break, one finding: the wave's first missing phase.
        #expect(survey?.findings.contains { $0.slug.hasPrefix("missing-") } == true)
        #expect(survey?.findings.contains { $0.slug == "dead-end-repository" } == true)
        let listed = groups.flatMap(\.findings).count
        #expect(listed == analysis.findings.count)
        #expect(Set(groups.flatMap(\.findings).map(\.anchor)).count == listed)
    }

    @Test func findingQuotesTheLinesItPointsAt() throws {
        let entry = try #require(ReportModel(analysis: analysis).findingGroups.flatMap(\.findings).first { $0.slug == "dead-end-repository" })
        #expect(entry.location == "line 10")
        #expect(entry.excerpt.map(\.text) == [#"repository archive "Archive" owner coaches"#])
        #expect(entry.techniques.allSatisfy { $0.anchor == "technique-\($0.slug)" })
        #expect(entry.questions == ReflectionQuestions.questions(forRule: "dead-end-repository"))
    }

    @Test func findingsLinkOnlyToDiagramElementsThatExist() throws {
        func target(_ elements: Set<DiagramElement>) -> String? {
            ReportModel(analysis: analysis, diagramElements: elements).findingGroups.flatMap(\.findings).first { $0.slug == "dead-end-repository" }?.diagramTarget
        }
        #expect(target([]) == nil)
        #expect(target([.repository("archive")]) == "repo-archive")
        let missing = ReportModel(analysis: analysis, diagramElements: [.gap(wave: "survey", phase: "sharing"), .activity("report")])
            .findingGroups.flatMap(\.findings).first { $0.slug == "missing-sharing" }
        #expect(missing?.diagramTarget == "gap-survey.sharing")
    }

    @Test func engagementMatrixShadesGaps() throws {
        let engagement = ReportModel(analysis: analysis).engagement
        let teachers = try #require(engagement.rows.first { $0.id == "teachers" })
        #expect(teachers.cells.map(\.kind) == ["owner", "owner", "audience", "audience", "owner"])
        let coaches = try #require(engagement.rows.first { $0.id == "coaches" })
        #expect(coaches.cells.map(\.text) == ["runs 1", "runs 1", "runs 2", "runs 1", "—"])
        #expect(coaches.cells.last?.kind == "gap")
        #expect(coaches.roles == ["broker"])
    }

    @Test func citedTechniquesComeFromTheRemediesOfTheFindings() {
        let catalog = ReportModel(analysis: analysis).catalog
        let cited = Set(analysis.findings.compactMap { RuleRegistry.description(named: $0.slug) }.flatMap(\.techniques))
        #expect(Set(catalog.map(\.slug)) == cited)
        let used = catalog.first { $0.slug == "knowledge-brief" }
        #expect(used == nil || used?.usage == "already used by 1 activity of this map")
    }

    @Test func everyRuleHasItsOwnReflectionQuestions() {
        for rule in RuleRegistry.all {
            let questions = ReflectionQuestions.questions(forRule: rule.slug)
            #expect(questions.count >= 3, "\(rule.slug)")
            #expect(questions != ReflectionQuestions.generic, "\(rule.slug) has no questions of its own")
        }
        #expect(ReflectionQuestions.questions(forRule: "missing-review").contains { $0.contains("review") })
        #expect(ReflectionQuestions.questions(forRule: "no-such-rule") == ReflectionQuestions.generic)
    }
}
