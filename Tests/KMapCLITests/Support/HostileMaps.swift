/// Generated maps for the hostile-input suite: one healthy knowledge cycle (`waves complete 1/1 ·
/// no findings`) stretched into shapes that break naive code, so each case has a known result.
enum HostileMaps {
    /// Header, stakeholders and repository shared by every generated map.
    private static let preamble = """
        map "Healthy cycle" {
          goal "Teams use what other teams learned"
          standard "A practice counts once two teams used it"
        }
        stakeholder team  "Team"  group staff
        stakeholder users "Users" group staff
        repository store "Store" owner team
        generation g "Generate" by team every week

        """

    /// Capture, sharing and application after the consolidation step, closing the loop to `g`.
    private static let rest = """
        capture k "Capture" by team for users every month
        sharing s "Share" by team for users every month
        application a "Apply" by users action act every month
        k -> store -> s -> a -> g

        """

    private static func consolidation(_ id: String) -> String {
        "consolidation \(id) \"Consolidate\" by team every month routine synthesis\n"
    }

    /// The healthy cycle with one consolidation activity `c`.
    static var healthy: String { preamble + consolidation("c") + rest + "g -> c -> k\n" }

    /// The healthy cycle whose consolidation is a chain of `length` activities `c0 -> c1 -> ...`,
    /// written one flow per line.
    static func chain(_ length: Int) -> String {
        var text = preamble + rest
        text.reserveCapacity(length * 90)
        for index in 0..<length { text += consolidation("c\(index)") }
        text += "g -> c0\n"
        for index in 1..<length { text += "c\(index - 1) -> c\(index)\n" }
        return text + "c\(length - 1) -> k\n"
    }

    /// The healthy cycle whose consolidation is `width` parallel activities: `g` fans out to all
    /// of them and all of them fan in to `k`.
    static func fan(_ width: Int) -> String {
        var text = preamble + rest
        for index in 0..<width { text += consolidation("c\(index)") + "g -> c\(index) -> k\n" }
        return text
    }

    /// The healthy cycle followed by `statement` repeated until the text reaches `bytes`.
    /// `count` stakeholders, each the only member of its own group, three of them owning the one
    /// activity (sweep case 7: every diagram format was quadratic in the number of groups).
    static func ownGroups(_ count: Int) -> String {
        var text = "map \"Groups\"\n"
        for index in 0..<count { text += "stakeholder s\(index) \"S \(index)\" group g\(index)\n" }
        return text + "generation a \"A\" by s0, s1, s2\n"
    }

    static func repeated(_ statement: String, toSize bytes: Int) -> String {
        let base = healthy
        return base + String(repeating: statement, count: max(1, (bytes - base.utf8.count) / statement.utf8.count))
    }

    /// The healthy cycle with cycles inside one phase (`c -> c2 -> c`) and back across phases
    /// (`s -> c`, `a -> s`).
    static var cycles: String {
        healthy + consolidation("c2") + "c -> c2 -> c\ns -> c\na -> s\n"
    }
}
