import KMapModel

/// Descriptions of the `missing-<phase>` family: written out for the default framework's phases,
/// generated for a custom framework's.
enum MissingPhaseDescriptions {
    static func code(for phase: Int) -> String {
        phase < 10 ? "KM10\(phase)" : "KM1\(phase)"
    }

    /// "A wave never reaches a sharing activity." ("an" before a vowel).
    static func summary(for name: String) -> String {
        "A wave never reaches \(withArticle(name)) activity."
    }

    /// `a share`, `an access`: the indefinite article a phase name takes.
    static func withArticle(_ name: String) -> String {
        let article = name.first.map { "aeiou".contains($0.lowercased()) } == true ? "an" : "a"
        return "\(article) \(name)"
    }

    static func defaultPhase(_ phase: Int) -> RuleDescription {
        let name = Framework.defaultPhases[phase]
        let text = texts[phase] ?? (rationale: "", remedy: "", techniques: [])
        return RuleDescription(
            code: code(for: phase), slug: "missing-\(name)", name: "Missing \(name)",
            defaultSeverity: phase == Framework.defaultPhases.count - 1 ? .error : .warning,
            summary: summary(for: name),
            rationale: text.rationale, remedy: text.remedy, techniques: text.techniques,
            triggeringExamples: MissingPhaseExamples.triggering[phase] ?? [],
            nonTriggeringExamples: MissingPhaseExamples.nonTriggering[phase] ?? []
        )
    }

    static func customPhase(_ phase: Int, of framework: Framework) -> RuleDescription {
        let name = framework.phases[phase]
        let run = framework.alternatives(of: phase)
        let before = (run?.lowerBound ?? phase) - 1
        let previous = framework.phases[before]
        let step = run.map { $0.map { framework.phases[$0] }.joined(separator: " or ") } ?? name
        let alternativesNote = run.map { run in
            " \(run.map { framework.phases[$0] }.joined(separator: " and ")) stand in for each other, so a wave that reaches one of them has attended to the step; a wave that misses them all is reported once, by the first whose rule is on."
        } ?? ""
        // A later phase of a run reports only when the run's first phase is turned off.
        let disabling = run.flatMap { $0.lowerBound == phase ? nil : "missing-\(framework.phases[$0.lowerBound])" }
        return RuleDescription(
            code: code(for: phase), slug: "missing-\(name)", name: "Missing \(name)",
            defaultSeverity: phase == framework.lastPhase ? .error : .warning,
            summary: summary(for: name),
            rationale: "In the map's own framework knowledge passes through every step in order; the first step no activity of a wave attends to is where its cycle breaks." + alternativesNote,
            remedy: "Add \(withArticle(step)) activity with an owner, and a flow into it from the \(previous) activity where the wave stops.",
            techniques: ["learning-agenda"],
            triggeringExamples: [MissingPhaseExamples.chain(framework, through: before, marked: true, disabling: disabling)],
            nonTriggeringExamples: [MissingPhaseExamples.chain(framework, through: framework.lastPhase, marked: false)]
        )
    }

    private static let texts: [Int: (rationale: String, remedy: String, techniques: [String])] = [
        1: (
            "Data from the work is not yet knowledge. Summary, synthesis and reduction routines sort what a team learned from noise and test it against the map's standard of success; a wave without them spreads anecdotes and untested ideas.",
            "Add a consolidation activity after generation: a synthesis workshop that compares results across teams or sites against the success standard, or an after-action review or retrospect that picks out what is worth passing on.",
            ["synthesis-workshop", "after-action-review", "retrospect"]
        ),
        2: (
            "Knowledge that is never packaged stays with the people who found it and leaves when they move on. A knowledge product designed for a named audience tells that audience what to do and with what resources.",
            "Package what the wave learned for a named audience: a knowledge brief, a change package, a knowledge asset, or stories and short video summaries.",
            ["knowledge-brief", "change-package", "knowledge-asset", "storytelling"]
        ),
        3: (
            "Knowledge spreads mostly through people. A product nobody carries to its audience ends up in an unused repository, however good it is.",
            "Add a sharing activity that carries the product to the people who must act on it: a community of practice, a peer learning exchange, a knowledge cafe or a convening, run by a broker both sides trust.",
            ["community-of-practice", "peer-learning-exchange", "knowledge-cafe", "convening"]
        ),
        4: (
            "Application is the purpose of the whole cycle and its most neglected phase. Until someone acts on the knowledge (adopts the practice, provides resources, or advocates for it), nothing has changed.",
            "Ask what needs to be done and who needs to do it, then add an application activity with an owner and an action (act, resource or buy-in). Plan it with a before-action review, support it with peer assist or an action learning set, and evaluate it.",
            ["before-action-review", "peer-assist", "action-learning-set", "evaluation"]
        ),
    ]
}
