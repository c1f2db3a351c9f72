/// The starter maps of networks and programmes.
extension StarterMap {
    static let schoolNetworkText = """
        # A school improvement network: teachers test small changes in their classrooms, the network
        # hub pools what they learn across schools, and coaches spread what holds up.
        # Replace the names and labels with your own, then run `kmap check` on the file.

        map "School improvement network" {
          goal "Every classroom in the network uses routines the network has tested"
          standard "A change idea counts as knowledge once it improved results at three or more schools"
        }

        # People in the schools: one group. Literacy leads are trusted by teachers and by the hub.
        stakeholder teachers   "Classroom teachers"    group schools
        stakeholder leads      "School literacy leads" group schools broker
        stakeholder principals "Principals"            group schools

        # The network hub: another group. Coaches work in the schools every week.
        stakeholder coaches  "Improvement coaches" group hub broker
        stakeholder analysts "Hub data analysts"   group hub

        # Outside the network.
        stakeholder district "District office" external

        repository tracker "PDSA tracker"        owner analysts
        repository library "Change-idea library" owner coaches

        # A wave groups the activities that carry one piece of knowledge around the cycle; the
        # diagram draws each wave as a row. Waves you do not declare are found by the analysis,
        # one per generation activity.
        wave reading "Reading routines" {
          generation    pdsa      "PDSA cycles on reading routines" {
            by teachers, leads
            every week
            technique inquiry-cycle
            indicator "PDSA cycles logged per teacher per month"
          }
          consolidation huddle    "School data huddle" by leads, teachers every 2 weeks routine summary
          consolidation synthesis "Cross-school synthesis" {
            by analysts, coaches
            every month
            routine synthesis
            technique synthesis-workshop
          }
          # The reduction routine promotes only ideas that meet the standard in the header.
          consolidation promotion "Promotion review" {
            by analysts, coaches
            every quarter
            routine reduction
            note "Ideas that fall short go back to the schools for another cycle"
          }
          capture       package   "Change package"             by coaches, analysts for teachers, leads technique change-package
          sharing       convening "Network convening"          by coaches, leads for teachers, principals every quarter technique convening
          sharing       coaching  "School-site coaching"       by coaches, leads for teachers every 2 weeks technique mentoring
          application   adopt     "Teachers adopt the routine" by teachers action act every week
          # Application has three kinds: act (use it), resource (provide time or money), buy-in.
          application protect "Principals protect time for the routine" by principals action resource every quarter

          pdsa -> tracker -> huddle -> synthesis -> promotion
          promotion -> pdsa : "not yet knowledge: test again"
          promotion -> package -> library
          library -> convening -> adopt
          library -> coaching -> adopt
          convening -> protect
          adopt -> pdsa : "next inquiry cycle"
          protect -> pdsa : "protected time runs the next cycle"
        }

        # Reporting to the district. `status planned` marks what the network intends to start.
        capture     report           "Network learning report"  by analysts, coaches for district every half-year
        sharing     district_meeting "Hub and district meeting" by coaches, principals for district every quarter
        application alignment        "District aligns its guidance" {
          by district
          action buy-in
          every year
          status planned
        }

        promotion -> report -> district_meeting -> alignment
        alignment -> pdsa : "guidance shapes the next cycles"

        # To silence a finding you have discussed and accepted, end the line it points at with a
        # comment such as: kmap: ignore RULE -- the reason (rules are listed by `kmap rules`).

        """

    static let developmentProgrammeText = """
        # An international development programme that learns with its partners: communities and
        # local implementers generate evidence, country teams make sense of it, and a global team
        # carries what works to other countries and back to funders.
        # Replace the names and labels with your own, then run `kmap check` on the file.

        # The header may also configure the analysis for this map: `rules { ... }` turns rules off
        # (disable), back on (enable), or changes their severity. `kmap rules` lists them.
        map "Community health programme" {
          goal "Country teams adapt their work to what communities and partners learn"
          standard "A practice counts as knowledge once it worked in two districts and partners agree why"
          rules {
            severity open-loop error
          }
        }

        # Groups here are levels of the programme: local, national and global. Partners outside
        # the organization are `external`; facilitators and coordinators broker between levels.
        stakeholder communities  "Community health committees"    group local external
        stakeholder implementers "Local implementing partners"    group local external
        stakeholder facilitators "District learning facilitators" group local broker
        stakeholder country      "Country programme team"         group national
        stakeholder coordinator  "Country learning coordinator"   group national broker
        stakeholder ministry     "Ministry of Health"             group national external
        stakeholder global_team  "Global learning team"           group global broker
        stakeholder funders      "Funders"                        group global external

        repository evidence "Programme evidence library" owner global_team

        # Learning before the work: a learning agenda says which questions the evidence must answer.
        generation    agenda          "Learning agenda refresh" {
          by country, coordinator, communities
          every year
          technique learning-agenda
          note "Communities help choose the questions, not only answer them"
        }
        generation    monitoring      "Community monitoring"                     by communities, implementers every month technique data-dashboard
        generation    reviews         "After-action reviews of campaigns"        by implementers, facilitators every quarter technique after-action-review
        consolidation reflection      "Quarterly district reflection" {
          by facilitators, implementers, communities
          every quarter
          routine summary
        }
        consolidation synthesis       "Country synthesis workshop"               by coordinator, country every quarter routine synthesis technique synthesis-workshop
        consolidation validation      "Cross-country validation"                 by global_team, coordinator every half-year routine reduction
        capture       stories         "Stories of change"                        by facilitators, coordinator for ministry, country technique storytelling
        capture       notes           "District learning notes"                  by facilitators for implementers, communities
        capture       brief           "Practice brief"                           by global_team for country, funders every half-year technique knowledge-brief
        sharing       exchange        "Peer learning exchange between districts" by facilitators, implementers for implementers, communities every half-year technique peer-learning-exchange
        sharing       cop             "Country community of practice"            by coordinator, facilitators for country, implementers every month technique community-of-practice
        sharing       webinar         "Global learning webinar"                  by global_team, coordinator for country, funders every quarter technique knowledge-cafe
        sharing       policy_dialogue "Policy dialogue with the ministry"        by coordinator, country for ministry every half-year technique convening
        application   adapt           "Partners adapt their campaigns"           by implementers, communities action act every quarter
        application   budget          "Country team reallocates budget"          by country action resource every year
        application   policy          "Ministry endorses the practice"           by ministry action buy-in every year status planned

        agenda -> monitoring -> reflection
        reviews -> reflection -> synthesis -> validation
        synthesis -> stories -> policy_dialogue -> policy
        validation -> brief -> evidence
        evidence -> cop -> adapt
        reflection -> notes -> exchange -> adapt
        evidence -> webinar -> budget
        adapt -> monitoring : "next campaign's data"
        budget -> agenda : "new questions for next year"
        policy -> agenda

        """
}
