/// The small word lists generated maps are made of. Labels read like a real KM inventory
/// ("Site data huddle on reading fluency"), a few carry non-ASCII letters or quotes so that
/// generated maps also exercise decoding and escaping.
enum Vocabulary {
    /// The five phases of the default framework, in cycle order.
    static let phases = ["generation", "consolidation", "capture", "sharing", "application"]

    /// Id stems per phase (an activity's id is a stem followed by its number).
    static let stems: [[String]] = [
        ["pdsa", "survey", "aar", "rca", "monitor", "evaluation", "visit", "experiment"],
        ["huddle", "synthesis", "review", "retro", "panel"],
        ["brief", "story", "asset", "package", "video", "podcast"],
        ["convening", "cop", "cafe", "exchange", "webinar", "coaching"],
        ["adopt", "fund", "endorse", "pilot", "rollout"],
    ]

    /// Label beginnings per phase; a topic follows.
    static let labelHeads: [[String]] = [
        ["PDSA cycles on", "Field survey of", "After-action review of", "Root-cause analysis of",
         "Monitoring visits on", "Evaluation of", "Classroom experiments with", "Data collection on"],
        ["Site data huddle on", "Cross-site synthesis of", "Evidence review of", "Team retrospective on",
         "Expert panel on"],
        ["Change-idea brief on", "Story of", "Knowledge asset on", "Change package for",
         "Video summary of", "Podcast episode on"],
        ["Network convening on", "Community of practice on", "Knowledge café on", "Peer exchange on",
         "Webinar on", "Coaching sessions on"],
        ["Schools adopt routines for", "Budget for", "Leaders endorse", "Pilot of", "Rollout of"],
    ]

    /// What activities are about.
    static let topics = [
        "reading fluency", "early numeracy", "attendance", "family engagement", "hand hygiene",
        "discharge planning", "onboarding", "incident response", "code review", "supplier quality",
        "field safety", "water points", "crop rotation", "vaccine cold chain", "tutoring",
        "\"what works\" evidence", "remote teams", "customer churn", "maternal health", "énergie solaire",
    ]

    /// Catalog technique slugs that suit each phase.
    static let techniques: [[String]] = [
        ["inquiry-cycle", "after-action-review", "root-cause-analysis", "survey", "evaluation",
         "site-visit", "pre-mortem", "before-action-review", "peer-assist", "data-dashboard",
         "learning-agenda"],
        ["synthesis-workshop", "lessons-learned-workshop", "retrospect", "action-learning-set"],
        ["knowledge-brief", "knowledge-asset", "change-package", "storytelling", "knowledge-retention"],
        ["community-of-practice", "convening", "knowledge-cafe", "peer-learning-exchange",
         "randomised-coffee-trials", "tech-talk", "working-out-loud", "mentoring", "elevator-pitch"],
        ["feedback-loop", "inquiry-cycle", "peer-assist", "mentoring"],
    ]

    /// Usual cadences per phase, as written after `every`: data is produced often, consolidated
    /// less often, shared and applied less often still.
    static let cadences: [[String]] = [
        ["week", "fortnight", "2 weeks", "month"],
        ["month", "6 weeks", "quarter"],
        ["quarter", "2 months", "half-year"],
        ["month", "quarter", "half-year"],
        ["quarter", "half-year", "year"],
    ]

    /// Stakeholder roles: id stem and label.
    static let roles: [(id: String, label: String)] = [
        ("teachers", "Classroom teachers"), ("coaches", "Instructional coaches"),
        ("principals", "School leadership team"), ("analysts", "Data analysts"),
        ("nurses", "Ward nurses"), ("engineers", "Platform engineers"), ("managers", "Line managers"),
        ("researchers", "Research unit"), ("volunteers", "Community volunteers"),
        ("officers", "Programme officers"), ("equipe", "Équipe terrain"), ("leads", "Practice leads"),
    ]

    /// External stakeholders: id stem and label.
    static let externals: [(id: String, label: String)] = [
        ("funder", "Foundation programme team"), ("ministry", "Ministry of education"),
        ("university", "University partner"), ("vendor", "Technology vendor"),
    ]

    /// Repository kinds: id stem and label.
    static let repositories: [(id: String, label: String)] = [
        ("drive", "Shared drive"), ("wiki", "Team wiki"), ("library", "Lessons library"),
        ("portal", "Knowledge portal"), ("archive", "Project archive"), ("lms", "Learning platform"),
    ]

    /// Region names for stakeholder groups.
    static let regions = ["north", "south", "east", "west", "central", "coast", "valley", "uplands"]

    /// Indicator texts.
    static let indicators = [
        "Share of lessons acted upon within six months", "Sessions held per cycle",
        "Share of staff who can find relevant lessons", "Share of sites attending",
    ]
}
