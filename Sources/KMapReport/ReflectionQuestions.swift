/// Questions a facilitator can put to the room about a finding, one set per gap rule.
///
/// They open a conversation rather than close it: why the gap exists, who feels it, and who needs
/// to act. Rules of a custom framework's `missing-<phase>` family share one generic set.
public enum ReflectionQuestions {
    /// The questions for the rule with this slug (`dead-end-repository`); a generic set for a rule
    /// the table does not know.
    public static func questions(forRule slug: String) -> [String] {
        if let questions = byRule[slug] { return questions }
        if slug.hasPrefix("missing-") {
            let phase = String(slug.dropFirst("missing-".count))
            return [
                "Why does no activity of this wave attend to \(phase)?",
                "Who would notice if \(phase) happened, and who needs to act to make it happen?",
                "What is the smallest \(phase) step the team could try before the next review?",
            ]
        }
        return generic
    }

    /// Questions that fit any gap.
    static let generic = [
        "Why does this gap exist?",
        "Who feels its consequences, and who needs to act?",
        "What would be a first, small step to close it?",
    ]

    /// The questions of every rule kmap ships, keyed by rule slug.
    static let byRule: [String: [String]] = [
        "complete-only-on-paper": [
            "Which of the planned steps would change most for the people at the end of this wave?",
            "What stands between the plan and the first time it runs: an owner, a date, resources?",
            "Until the plan runs, what happens today to what this wave learns?",
        ],
        "open-loop": [
            "What happens to what people learn when they apply this knowledge?",
            "Who would collect the results of applying it, and when?",
            "How could this wave's application start the next round of inquiry?",
        ],
        "skipped-phase": [
            "Why does the work move on without the phases it skips?",
            "What context or evidence is lost on the way, and who misses it later?",
            "Who could take on the skipped step without slowing the work down?",
        ],
        "unapplied-sharing": [
            "What should the people who hear this do differently afterwards?",
            "Who would give them the time, the resources or the permission to act on it?",
            "How would anyone know, a few months later, whether it was applied?",
        ],
        "orphan-activity": [
            "Where does this activity get its input, and where does its output go?",
            "Is it connected in practice but not on the map, or is it really on its own?",
            "Who should it be feeding, and do they know it exists?",
        ],
        "dead-end-repository": [
            "Who reads what is stored here, and when did anyone last look?",
            "Why was the repository set up, and for whom?",
            "Who could carry its content to the people who need it?",
        ],
        "unreached-activity": [
            "Where does the knowledge this activity works with come from?",
            "Is there generation the map does not show, or is this activity running on opinion?",
            "Who should feed it, and what data would they need to collect?",
        ],
        "no-broker": [
            "Who is trusted on both sides of this boundary?",
            "How does the receiving group hear about this today, and how well does it land?",
            "Who could co-run this activity with someone from the other side?",
        ],
        "broker-bottleneck": [
            "What happens to this flow of knowledge when this person is away or leaves?",
            "Who else could carry it, and what would they need to learn first?",
            "What does this person know that is written down nowhere?",
        ],
        "idle-broker": [
            "What does this broker do today, and what stops them from sharing?",
            "Which sharing activity would benefit most from their relationships?",
            "Is the broker label still true, or has the role changed?",
        ],
        "silent-stakeholder": [
            "What does this group know that others need?",
            "Why do they only ever receive, and do they feel heard?",
            "Which activity could they run or co-run, and with what support?",
        ],
        "unowned-activity": [
            "Who actually runs this activity today, if anyone?",
            "Who would notice if it stopped happening?",
            "Who needs to act, and what would they need to take it on?",
        ],
        "product-without-audience": [
            "Who is this knowledge product for, and what should they do with it?",
            "Was it designed with its readers, or for nobody in particular?",
            "Who would miss it if it were not produced?",
        ],
        "no-success-standard": [
            "What has to be true before an idea counts as knowledge here?",
            "Who decides, and would everyone in the room give the same answer?",
            "How many contexts should an idea be tested in before it spreads?",
        ],
        "cadence-mismatch": [
            "What happens to the results that pile up between the slower meetings?",
            "Does the slower activity still see what the faster one learns in time to use it?",
            "Who could add a lighter, more frequent step in between?",
        ],
        "missing-consolidation": [
            "Who decides which results are worth passing on, and against what bar?",
            "How do findings from different teams or sites get compared today?",
            "What would a first summary or synthesis routine look like for this wave?",
        ],
        "missing-capture": [
            "Where does this knowledge live once the people who found it move on?",
            "Who is the audience for it, and what do they need to be told to do?",
            "What product (brief, story, change package) would they actually use?",
        ],
        "missing-sharing": [
            "Who needs this knowledge and does not have it yet?",
            "How does it reach them today, if at all?",
            "Who is trusted by those people and could carry it to them?",
        ],
        "missing-application": [
            "Why does this gap exist? What needs to be done, and who needs to do it?",
            "Who holds the time or budget that acting on this knowledge requires?",
            "How will we know, in six months, whether anyone acted on it?",
        ],
    ]
}
