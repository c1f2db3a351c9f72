import KMapLanguage

/// The sheets a map becomes, and their columns: the one description export and import share.
///
/// Every declaration kind has a sheet whose fixed columns come first (`id`, `label`, ...), then
/// one column per attribute keyword of the language (`by`, `every`, `indicator`, ...), then
/// `comment`, the comment at the end of the declaration's line (where `# kmap: ignore` lives).
/// A keyword given several times (`indicator`, `note`) holds one value per line of its cell.
public enum SheetLayout {
    /// `map`: one `field`, `value` row per header attribute (`title`, `goal`, `standard`,
    /// `phases`, ..., and `rules disable` for the attributes of the `rules` block).
    public static let map = "map"
    public static let groups = "groups"
    public static let stakeholders = "stakeholders"
    public static let repositories = "repositories"
    public static let activities = "activities"
    public static let flows = "flows"
    public static let waves = "waves"
    /// Comments on lines of their own, in file order (`text`).
    public static let comments = "comments"

    /// Every sheet, in the order a workbook holds them.
    public static let sheetNames = [map, stakeholders, groups, repositories, activities, flows, waves, comments]

    /// The columns written for each sheet; attribute keywords a map uses beyond these are added
    /// before `comment`.
    public static func columns(of sheet: String) -> [String] {
        switch sheet {
        case map: ["field", "value"]
        case groups: ["id", "label", "comment"]
        case stakeholders: ["id", "label", "broker", "external", "group", "heard", "informed", "comment"]
        case repositories: ["id", "label", "owner", "comment"]
        case activities:
            ["id", "phase", "label", "wave", "by", "for", "every", "technique", "routine", "action", "status", "also",
             "indicator", "note", "comment"]
        case flows: ["from", "to", "label", "wave", "comment"]
        case waves: ["id", "label", "comment"]
        case comments: ["text"]
        default: []
        }
    }

    /// The columns of a sheet that are not attribute keywords.
    public static func fixedColumns(of sheet: String) -> Set<String> {
        switch sheet {
        case activities: ["id", "phase", "label", "wave", "comment"]
        case flows: ["from", "to", "label", "wave", "comment"]
        case map: ["field", "value"]
        case comments: ["text"]
        default: ["id", "label", "comment"]
        }
    }

    /// The sheet a declaration of `kind` goes to.
    static func sheet(for kind: EntityKind) -> String {
        switch kind {
        case .stakeholder: stakeholders
        case .repository: repositories
        case .group: groups
        case .activity: activities
        }
    }

    /// The `field` of a `rules` block attribute in the map sheet: `rules disable`.
    static let rulesPrefix = "rules "
    /// The `field` holding the map's title.
    static let title = "title"
    /// The value a flag attribute (`broker`) has in its cell.
    static let flagValue = "yes"
}
