import KMapAnalysis
import Testing

/// broker-bottleneck as a practitioner names it: the people that the routes between groups of
/// several members depend on, never the one owner who reports to a single body.
@Suite struct BottleneckJudgmentTests {
    /// A multi-country co-learning cluster: every country team reports to a one-person secretariat,
    /// which sends one digest back; countries never meet each other.
    private let cluster = """
        map "Co-learning cluster" {
          standard "Tried in two countries"
        }
        group kenya  "Kenya team"
        group uganda "Uganda team"
        group nepal  "Nepal team"
        stakeholder secretariat "Cluster secretariat"
        stakeholder kenya_staff "Kenya programme staff" group kenya
        stakeholder kenya_meal  "Kenya MEAL officer"    group kenya
        stakeholder uganda_staff "Uganda programme staff" group uganda
        stakeholder uganda_meal  "Uganda MEAL officer"    group uganda
        stakeholder nepal_staff "Nepal programme staff" group nepal
        stakeholder nepal_meal  "Nepal MEAL officer"    group nepal
        generation kenya_aar "Kenya after-action reviews" by kenya_staff, kenya_meal
        generation uganda_aar "Uganda after-action reviews" by uganda_staff, uganda_meal
        generation nepal_aar "Nepal after-action reviews" by nepal_staff, nepal_meal
        capture kenya_report "Kenya learning report" by kenya_meal for secretariat
        capture uganda_report "Uganda learning report" by uganda_meal for secretariat
        capture nepal_report "Nepal learning report" by nepal_meal for secretariat
        sharing digest "Cluster learning digest" by secretariat for kenya_staff, uganda_staff, nepal_staff

        """

    @Test func aOnePersonSecretariatThatEveryCrossGroupRouteNeedsIsTheBottleneck() throws {
        let result = analyze(cluster)
        let bottlenecks = result.findings.filter { $0.slug == "broker-bottleneck" }
        #expect(bottlenecks.map(\.key) == ["secretariat"])
        let message = try #require(bottlenecks.first).message
        #expect(message == "Cluster secretariat (secretariat) is a bottleneck: every route of knowledge between the groups Kenya team (kenya), Uganda team (uganda) and Nepal team (nepal) (6 routes) passes through it alone")
    }

    @Test func countriesThatAlsoMeetEachOtherNoLongerDependOnTheSecretariat() {
        let result = analyze(cluster + """
            sharing exchange "Peer exchange visits" by kenya_meal, uganda_meal, nepal_meal for kenya_staff, uganda_staff, nepal_staff
            """)
        #expect(!result.slugs.contains("broker-bottleneck"))
    }

    @Test func countriesThatEachActOnTheDigestDoNotMeetByActing() {
        let result = analyze(cluster + """
            application adapt "Country teams adapt their approach" by kenya_staff, uganda_staff, nepal_staff action act
            digest -> adapt
            adapt -> kenya_aar, uganda_aar, nepal_aar
            """)
        #expect(result.findings.filter { $0.slug == "broker-bottleneck" }.map(\.key) == ["secretariat"])
    }

    @Test func aRepositoryEveryCountryReadsIsARouteThatDependsOnNoOne() {
        let result = analyze(cluster + """
            repository library "Cluster learning library"
            sharing browse "Browse the library" for kenya_staff, uganda_staff, nepal_staff
            kenya_report -> library
            uganda_report -> library
            nepal_report -> library
            library -> browse
            """)
        #expect(!result.slugs.contains("broker-bottleneck"))
    }

    @Test func oneOwnerReportingToSingleBodiesIsARelationshipNotABottleneck() {
        let result = analyze("""
            map "Country office" {
              standard "Used twice"
            }
            stakeholder meal "Country MEAL officer" group co
            stakeholder managers "Programme managers" group co
            stakeholder donor "Institutional donor" external
            stakeholder ministry "Ministry of social welfare" external
            capture donor_report "Donor progress report" by meal for donor
            capture ministry_brief "Ministry brief" by meal for ministry
            sharing review "Monthly review" by meal, managers for managers
            """)
        #expect(!result.slugs.contains("broker-bottleneck"))
    }

    @Test func theOnlyIntermediaryIntoAGroupFromSeveralOthersIsNamedWithThoseGroups() throws {
        let result = analyze("""
            map "Retail" {
              standard "Used in two stores"
            }
            group stores "Stores"
            group office "Head office"
            group leadership "Regional leadership"
            stakeholder staff "Store staff" group stores
            stakeholder managers "Store managers" group stores
            stakeholder ops "Operations team" group office
            stakeholder category "Category managers" group office
            stakeholder area "Area managers" broker
            stakeholder directors "Regional directors" group leadership
            stakeholder finance "Regional finance partners" group leadership
            capture store_note "Store note" by managers for ops, area
            capture ops_note "Operations note" by ops for staff, area
            sharing call "Regional performance call" by area for directors, finance
            """)
        let finding = try #require(result.findings.first { $0.slug == "broker-bottleneck" })
        #expect(finding.key == "area")
        #expect(finding.message.contains("every route of knowledge into Regional leadership (leadership) (from the groups Stores (stores) and Head office (office)) passes through it alone"))
        #expect(result.findings.filter { $0.slug == "broker-bottleneck" }.count == 1)
    }

    /// A regional lead between country offices and headquarters writes the lessons note alone.
    private func regional(synthesisOwners: String) -> String {
        """
        map "MEAL" {
          standard "Used twice"
        }
        stakeholder hub_lead "Regional learning lead"
        stakeholder co_meal "Country MEAL officers" group co
        stakeholder co_managers "Country managers" group co
        stakeholder hq_policy "Policy team" group hq
        stakeholder hq_director "Programme director" group hq
        consolidation synthesis "Cross-country synthesis" by \(synthesisOwners)
        capture lessons "Lessons note" by hub_lead for hq_policy
        capture policy "Policy update" by hq_policy, hq_director for co_managers
        """
    }

    @Test func theOnlyIntermediaryOnTheOnlyRouteIntoAGroupIsABottleneck() throws {
        let result = analyze(regional(synthesisOwners: "hub_lead, co_meal"))
        let finding = try #require(result.findings.first { $0.slug == "broker-bottleneck" })
        #expect(finding.key == "hub_lead")
        #expect(finding.message.hasSuffix("is a bottleneck: the only route of knowledge into group hq (from the group co) passes through it alone"))
    }

    @Test func ownersOfOneSessionLearnFromEachOther() {
        // Headquarters joins the synthesis the country officers co-run, so country learning
        // reaches it without the regional lead too.
        let result = analyze(regional(synthesisOwners: "hub_lead, co_meal, hq_policy"))
        #expect(!result.slugs.contains("broker-bottleneck"))
    }
}
