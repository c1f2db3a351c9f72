/// The starter maps `kmap init` writes: commented maps that teach the language by example.
/// Each parses and resolves without a problem, is in canonical layout and has no findings.
public enum StarterMap: String, CaseIterable, Sendable {
    /// A small generic map: one wave through every phase, every construct explained.
    case blank
    /// A school improvement network: waves, routines, planned activities, external partners.
    case schoolNetwork = "school-network"
    /// An international development programme learning with partners: groups as levels,
    /// rule configuration in the header.
    case developmentProgramme = "development-programme"
    /// A software engineering organization: learning before, during and after the work.
    case engineeringOrg = "engineering-org"

    /// The template's name on the command line.
    public var name: String { rawValue }

    /// One line saying what the template shows.
    public var summary: String {
        switch self {
        case .blank: "a small generic map with every construct explained"
        case .schoolNetwork: "a school improvement network with a declared wave"
        case .developmentProgramme: "a development programme learning with local, national and global partners"
        case .engineeringOrg: "an engineering organization learning before, during and after the work"
        }
    }

    /// The map text.
    public var text: String {
        switch self {
        case .blank: Self.blankText
        case .schoolNetwork: Self.schoolNetworkText
        case .developmentProgramme: Self.developmentProgrammeText
        case .engineeringOrg: Self.engineeringOrgText
        }
    }

    static let blankText = """
        # A starter knowledge-management map. Describe how your organization learns, then run:
        #   kmap check FILE    to find where the learning cycle breaks
        #   kmap render FILE   to draw it
        #   kmap report FILE -o report.html   to write a workshop report
        # Lines starting with # are comments. One statement per line; `kmap fmt --write FILE` tidies
        # the layout.

        # The header: what the knowledge-management system is for (goal) and what counts as
        # knowledge here (standard, repeatable). Without a standard, consolidation has no bar.
        map "Our knowledge map" {
          goal "Teams apply what other teams have learned"
          standard "An idea counts as knowledge once two teams have used it with success"
        }

        # Stakeholders: the people who run activities (by) or receive what they produce (for).
        # `group` says which group someone belongs to; `broker` marks someone trusted on both sides
        # of a group boundary; `external` marks people outside the organization.
        stakeholder team  "Project team"  group delivery
        stakeholder lead  "Practice lead" group delivery broker
        stakeholder peers "Other teams"   group others

        # Repositories: where captured knowledge is kept, optionally with an owner.
        repository wiki "Team wiki" owner lead

        # Activities: a phase keyword, an id, a label, then attributes. The default cycle is
        # generation -> consolidation -> capture -> sharing -> application.
        # `every` is a cadence (week, 2 weeks, month, quarter, year); `technique` is a slug from
        # `kmap techniques`; `routine` (consolidation) is summary, synthesis or reduction.
        generation    review  "After-action review"               by team every month technique after-action-review
        consolidation lessons "Pick the lessons worth passing on" by team, lead every month routine summary
        capture       brief   "Lessons brief"                     by lead for peers technique knowledge-brief
        sharing       cafe    "Knowledge cafe"                    by lead, team for peers every quarter technique knowledge-cafe

        # Attributes may also go in a block, one or more per line. `action` (application) is act,
        # resource or buy-in; `indicator` and `note` are free text; `status planned` marks an
        # activity that does not happen yet.
        application adopt "Other teams adopt a lesson" {
          by peers
          action act
          indicator "Share of lessons acted on within six months"
        }

        # Flows: how knowledge moves between activities and repositories. `a -> b -> c` declares two
        # flows; a label follows a colon. Application feeding new generation closes the loop.
        review -> lessons -> brief -> wiki
        wiki -> cafe -> adopt
        adopt -> review : "what adopting it taught us"

        """
}
