/// Example maps shared by several rules.
enum CommonExamples {
    /// A small map with one complete, closed wave and no gaps: no rule reports anything on it.
    static let healthy = """
        map "Literacy network" {
          goal "Teachers apply tested reading routines"
          standard "A routine is knowledge once it raised scores at three sites"
        }

        stakeholder teachers   "Classroom teachers" group schools
        stakeholder principals "School leaders" group schools
        stakeholder coaches    "Instructional coaches" broker

        repository drive "Network drive" owner coaches

        generation    pdsa      "PDSA cycles" by teachers every week
        consolidation huddle    "Data huddle" by teachers, coaches every month routine synthesis
        capture       brief     "Change brief" by coaches for principals every month
        sharing       convening "Network convening" by coaches, teachers for teachers, principals every quarter
        application   adopt     "Adopt the routine" by principals every quarter action act

        pdsa -> huddle -> brief -> drive -> convening -> adopt
        adopt -> pdsa : "next inquiry cycle"
        """

    /// Teachers' inquiry up to a community of practice: generation, consolidation, capture and
    /// sharing, to which an example adds its application and flows.
    static let teachersUpToSharing = """
        stakeholder teachers "Classroom teachers"
        generation pdsa "PDSA cycles" by teachers
        consolidation huddle "Data huddle" by teachers
        capture brief "Change brief" by teachers for teachers
        sharing cop "Community of practice" by teachers for teachers
        """

    /// APQC's knowledge flow with a pull: reviewed work is found in the portal (access) instead of
    /// being pushed (share), a complete and closed wave.
    static let apqcPull = """
        map "Consulting" {
          standard "Reviewed by a practice expert"
          phases create, identify, collect, review, share, access, use
        }
        stakeholder team "Consultants"
        repository portal "Knowledge portal" owner team
        activity work "Engagement work" phase create by team
        activity spot "Spot reusable work" phase identify by team
        activity collect "Collect with context" phase collect by team
        activity expert "Expert review" phase review by team
        activity search "Portal search" phase access by team for team
        activity reuse "Reuse in proposals" phase use by team action act
        work -> spot -> collect -> expert -> portal -> search -> reuse -> work
        """
}
