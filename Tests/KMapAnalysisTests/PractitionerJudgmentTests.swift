@testable import KMapAnalysis
import KMapModel
import Testing

/// Distinctions a KM practitioner makes that the analysis must keep (shared/DOMAIN.md): push and
/// pull, optional steps, combined sessions, existing and planned, one break one finding.
@Suite struct PractitionerJudgmentTests {
    private let apqcHeader = """
        map "Consulting" {
          standard "Reviewed by an expert"
          phases create, identify, collect, review, share, access, use
        }
        stakeholder team "Consultants"
        repository portal "Knowledge portal" owner team

        """

    @Test func aPullFromAReviewedRepositoryIsNoSkippedStep() {
        let result = analyze(CommonExamples.apqcPull)
        #expect(!result.slugs.contains("skipped-phase"))
        #expect(!result.slugs.contains { $0.hasPrefix("missing-") })
        #expect(result.waves.first?.isComplete == true)
    }

    @Test func aWaveMissingBothShareAndAccessIsReportedOnceInTheFrameworksWords() throws {
        let result = analyze(apqcHeader + """
            activity work "Engagement work" phase create by team
            activity spot "Spot reusable work" phase identify by team
            activity collect "Collect with context" phase collect by team
            activity expert "Expert review" phase review by team
            work -> spot -> collect -> expert -> portal
            """)
        let missing = result.findings.filter { $0.slug.hasPrefix("missing-") }
        #expect(missing.map(\.slug) == ["missing-share"])
        let finding = try #require(missing.first)
        #expect(finding.message.contains("never reaches share or access"))
        #expect(finding.notes.map(\.message).contains("so it never reaches use either"))
        #expect(finding.remedy.contains("Add a share or access activity"))
    }

    @Test func anOptionalStepMayBePassedOver() {
        let result = analyze("""
            map "M" {
              standard "Two teams used it"
              phases create, identify, collect, use
              optional identify
            }
            stakeholder s "S"
            activity c "C" phase create by s
            activity k "K" phase collect by s for s
            activity u "U" phase use by s action act
            c -> k -> u -> c
            """)
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
        #expect(result.waves.first?.isComplete == true)
    }

    @Test func aCombinedReviewAndWriteUpServesBothPhases() {
        let result = analyze("""
            map "M" {
              standard "Seen at two sites"
            }
            stakeholder s "Staff"
            generation g "Monitoring" by s
            consolidation r "Review and write-up session" by s for s also capture
            sharing c "Community of practice" by s for s
            application a "Adopt" by s action act
            g -> r -> c -> a -> g
            """)
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
        #expect(result.waves.first?.isComplete == true)
    }

    @Test func oneBreakGivesOneFindingWithItsConsequencesAsANote() throws {
        let result = analyze("""
            map "M" {
              standard "Seen at two sites"
            }
            stakeholder s "Staff"
            generation g "Monitoring" by s
            consolidation r "Review" by s
            g -> r
            """)
        let missing = result.findings.filter { $0.slug.hasPrefix("missing-") }
        #expect(missing.map(\.slug) == ["missing-capture"])
        #expect(missing.first?.notes.first?.message == "so it never reaches sharing and application either")
        // With that rule off, the next missing phase reports the break.
        let off = analyze("""
            map "M" {
              standard "Seen at two sites"
              rules {
                disable missing-capture
              }
            }
            stakeholder s "Staff"
            generation g "Monitoring" by s
            consolidation r "Review" by s
            g -> r
            """)
        #expect(off.findings.filter { $0.slug.hasPrefix("missing-") }.map(\.slug) == ["missing-sharing"])
    }

    @Test func twoWavesStoppingAtOneStepAreOneFindingThatNamesTheOtherByLabel() throws {
        let result = analyze("""
            map "Field learning" {
              standard "Used twice"
            }
            stakeholder team "Field team"
            generation visits "Monitoring visits" by team
            generation calls "Feedback calls" by team
            consolidation review "Monthly review" by team routine summary
            visits -> review
            calls -> review
            """)
        let missing = result.findings.filter { $0.slug == "missing-capture" }
        #expect(missing.count == 1)
        let notes = try #require(missing.first).notes.map(\.message)
        #expect(notes.contains { $0 == "wave 'Monitoring visits' ends here as well" || $0 == "wave 'Feedback calls' ends here as well" })
    }

    @Test func planIsReadApartFromTheSystemAsItRunsToday() throws {
        let text = """
            map "M" {
              standard "Seen at two sites"
            }
            stakeholder s "Staff"
            generation g "Monitoring" by s
            consolidation r "Review" by s
            capture b "Brief" by s for s
            sharing c "Community of practice" by s for s status planned
            application a "Adopt" by s action act status planned
            g -> r -> b -> c -> a -> g
            """
        let plan = analyze(text)
        let wave = try #require(plan.waves.first)
        #expect(wave.isComplete && wave.isClosed)
        #expect(wave.asIs?.isComplete == false)
        #expect(wave.phasesOnPaper(in: plan.map.framework) == [3, 4])
        #expect(plan.summary.line.hasPrefix("waves complete 1/1 (0 as is)"))
        #expect(plan.slugs == ["complete-only-on-paper"])
        let today = analyze(text, configuration: AnalysisConfiguration(asIs: true))
        #expect(today.slugs.contains("missing-sharing"))
        #expect(!today.slugs.contains("complete-only-on-paper"))
    }

    @Test func noBrokerRemediesFitTheAudienceAndNameAnIdleBroker() throws {
        let result = analyze("""
            stakeholder officers "MEAL officers" group co
            stakeholder lead "Country learning lead" group co broker
            stakeholder donor "Institutional donor" external
            stakeholder communities "Affected communities" external
            stakeholder hub "Regional hub" group hub
            generation desk "Community feedback desk" by communities
            sharing report "Donor report" by officers for donor
            sharing radio "Community radio" by officers for communities
            sharing note "Note to the hub" by officers for hub
            application fund "Donor funds the next phase" by donor action resource
            report -> fund
            """)
        let remedies = Dictionary(result.findings.filter { $0.slug == "no-broker" }.map { ($0.key, $0) },
                                  uniquingKeysWith: { first, _ in first })
        #expect(try #require(remedies["report"]).remedy.contains("donor brief"))
        #expect(try #require(remedies["radio"]).remedy.contains("trusted local intermediaries"))
        let betweenGroups = try #require(remedies["note"])
        #expect(betweenGroups.remedy.contains("peer learning exchange"))
        #expect(betweenGroups.notes.map(\.message) == [
            "Country learning lead (lead) is a declared broker of group co and runs no sharing: ask them to co-run this",
        ])
    }

    @Test func aGuildThatNobodyActsOnIsNamedThoughTheWaveAppliesElsewhere() throws {
        let result = analyze("""
            map "Platform incident learning" {
              standard "A pattern counts once it caused incidents in two services"
            }
            group sre "Site reliability"
            group product "Product engineering"
            stakeholder oncall "On-call engineers" group sre
            stakeholder lead "SRE lead" group sre broker
            stakeholder engineers "Product engineers" group product
            stakeholder vp "VP of engineering" group sre informed
            generation postmortem "Blameless postmortems" by oncall, engineers
            consolidation review "Monthly incident review" by lead, oncall, engineers routine synthesis
            capture runbooks "Runbook updates" by oncall for oncall
            sharing drill "Runbook drill" by oncall for oncall
            sharing guild "Reliability guild" by lead for engineers, vp
            application use "Use runbooks during incidents" by oncall action act
            postmortem -> review -> runbooks -> drill -> use -> postmortem
            runbooks -> guild
            """)
        #expect(result.slugs == ["unapplied-sharing"], "\(result.findings.map(\.message))")
        let finding = try #require(result.findings.first)
        #expect(finding.key == "guild")
        #expect(finding.message.contains("shares knowledge with Product engineers (engineers), but no application follows"))
        #expect(result.waves.first?.isComplete == true)
    }

    @Test func onCallEngineersLookingUpTheRunbooksTheyWroteSkipNoStep() throws {
        // The runbooks are kept in the wiki and read during the next incident: a pull, which the
        // default framework's sharing stands for. A raw log read straight into action still skips
        // consolidation and capture, and only those are named.
        let result = analyze("""
            map "Platform incident learning" {
              standard "A pattern counts once it caused incidents in two services"
            }
            stakeholder oncall "On-call engineers"
            repository wiki "Engineering wiki" owner oncall
            repository logs "Incident log" owner oncall
            generation postmortem "Blameless postmortems" by oncall
            consolidation review "Monthly incident review" by oncall routine synthesis
            capture runbooks "Runbook updates" by oncall for oncall
            application use "Use runbooks during incidents" by oncall action act
            application hotfix "Patch from the log" by oncall action act
            postmortem -> review -> runbooks -> wiki -> use -> postmortem
            postmortem -> logs -> hotfix -> postmortem
            """)
        #expect(result.slugs == ["skipped-phase"], "\(result.findings.map(\.message))")
        let finding = try #require(result.findings.first)
        #expect(finding.message == "flow Incident log (logs) -> Patch from the log (hotfix) jumps from generation to application, skipping consolidation and capture")
        #expect(result.waves.first?.isComplete == true)
        #expect(result.waves.first?.missingPhases == [])
    }

    @Test func aLessonsWriteUpSentStraightToTheFundersIsToldToBeSharedNotWrittenUpAgain() throws {
        // Only sharing is missing between the write-up and the directors' decision: the remedy
        // names that step, not the consolidation and capture the flow already went through.
        let result = analyze("""
            map "M" {
              standard "Confirmed by two project teams"
            }
            stakeholder leads "Project managers"
            stakeholder directors "Delivery directors"
            generation aar "After-action reviews" by leads
            consolidation review "Lessons review" by leads routine synthesis
            capture lessons "Lessons write-up" by leads for leads
            sharing assist "Peer assist" by leads for leads
            application plan "Plans adapted from lessons" by leads action act
            application fund "Directors fund process changes" by directors action resource
            aar -> review -> lessons -> assist -> plan -> aar
            lessons -> fund -> aar
            """)
        let finding = try #require(result.findings.first { $0.slug == "skipped-phase" })
        #expect(finding.remedy == "Route the flow through the skipped phase before Directors fund process changes (fund): share it with the people who must act, in a briefing, a community of practice or a peer learning exchange.")
    }

    @Test func aReportToADonorThatOnlyReceivesNeedsNoBroker() {
        // Upward accountability: the MEAL officers hold the donor relationship themselves. Once the
        // donor acts on what it hears, the knowledge must land in its work and a broker counts.
        let reported = """
            stakeholder meal "MEAL officers"
            stakeholder donor "Institutional donor" external
            stakeholder ministry "Ministry of health" external
            sharing report "Quarterly progress report" by meal for donor, ministry
            """
        #expect(!analyze(reported).slugs.contains("no-broker"))
        let acted = analyze(reported + """

            application policy "Ministry revises its guideline" by ministry action buy-in
            report -> policy
            """)
        let finding = acted.findings.first { $0.slug == "no-broker" }
        #expect(finding?.message == "sharing activity Quarterly progress report (report) reaches Ministry of health (ministry) (external), and none of its owners is a broker")
    }
}
