import KMapAnalysis
import KMapDiff
import Testing

/// Findings resolved, introduced and persisting, matched by rule and subject.
@Suite struct GapChangesTests {
    /// The base map with its adoption step cut off: the wave stops at sharing.
    private let withoutApplication = BaseMap.editing(
        ("application adopt \"Schools adopt the routine\" by principals action act status planned\n", ""),
        ("brief -> drive -> convening -> adopt\nadopt -> pdsa : \"next cycle\"", "brief -> drive -> convening"))

    private func keys(_ findings: [KMapAnalysis.Finding]) -> [String] {
        findings.map { "\($0.slug) \($0.key)" }
    }

    @Test func closingAGapResolvesItsFindings() {
        let diff = Maps.diff(withoutApplication, BaseMap.text)
        #expect(keys(diff.gaps.resolved) == ["silent-stakeholder principals", "missing-application reading"])
        // The application step it adds is planned: the wave is now complete only on paper.
        #expect(keys(diff.gaps.introduced) == ["complete-only-on-paper reading"])
    }

    @Test func openingAGapIntroducesFindings() {
        let diff = Maps.diff(BaseMap.text, withoutApplication)
        #expect(keys(diff.gaps.introduced) == ["silent-stakeholder principals", "missing-application reading"])
        #expect(keys(diff.gaps.resolved) == ["complete-only-on-paper reading"])
        #expect(diff.introduced(atLeast: .info).count == diff.gaps.introduced.count)
    }

    @Test func findingsThatOnlyMovedPersist() {
        let shifted = "# a comment that moves every line down\n\n" + withoutApplication
        let diff = Maps.diff(withoutApplication, shifted)
        #expect(diff.gaps.resolved.isEmpty)
        #expect(diff.gaps.introduced.isEmpty)
        #expect(diff.gaps.persisting.count == Maps.analyze(withoutApplication).findings.count)
        #expect(diff.gaps.persisting.allSatisfy { $0.old.range != $0.new.range })
        #expect(diff.isEmpty)
    }

    @Test func failOnNewCountsOnlyIntroducedFindingsAtOrAboveTheSeverity() {
        let diff = Maps.diff(BaseMap.text, withoutApplication)
        let severities = diff.gaps.introduced.map(\.severity)
        #expect(diff.introduced(atLeast: .error).count == severities.count { $0 == .error })
        #expect(diff.introduced(atLeast: .warning).count == severities.count { $0 >= .warning })
        #expect(Maps.diff(withoutApplication, BaseMap.text).introduced(atLeast: .error).isEmpty)
        #expect(Maps.diff(withoutApplication, BaseMap.text).introduced(atLeast: .info).map(\.slug) == ["complete-only-on-paper"])
    }
}
