/// The map and log most evidence rule examples start from.
enum EvidenceExampleMaps {
    /// A monthly after-action review, a lessons brief and the change it leads to.
    static let reviews = """
        stakeholder staff "Project staff"
        stakeholder leads "Team leads"
        generation aar "After-action review" by staff every month
        capture brief "Lessons brief" by leads for staff
        application adopt "Adopt the change" by leads, staff
        aar -> brief -> adopt
        """

    /// A log on which no evidence rule reports anything for ``reviews``.
    static let keptLog = """
        date,activity,participants,id,acts_on,note
        2026-01-12,aar,staff;leads,aar-jan,,
        2026-01-20,brief,leads,brief-jan,aar-jan,
        2026-02-10,aar,staff,aar-feb,,
        2026-03-09,aar,staff;leads,aar-mar,,
        2026-03-30,adopt,leads;staff,,brief-jan,new checklist
        """
}
