/// The findings of the HTML report, a `<section>` per group and an `<article>` per finding,
/// written into an ``HTMLFragment``; the `findings` template inserts them as `{{{findingSections}}}`.
extension HTMLFragment {
    /// The sections of `groups`, in order, each with its findings.
    static func findingSections(_ groups: [FindingGroup]) -> String {
        lines(groups) { $0.findingSection($1) }
    }

    /// One group: its title, what the wave lacks, then its findings.
    mutating func findingSection(_ group: FindingGroup) {
        markup(#"<section class="wave-group" id=""#)
        text(group.anchor)
        markup("\">\n<h3>")
        text(group.title)
        markup("</h3>\n")
        markup(#"<p class="group-detail">"#)
        text(group.detail)
        markup("</p>\n")
        for finding in group.findings { article(finding) }
        markup("</section>\n")
    }

    /// One finding: its rule, message and place in the map, the quoted lines, notes, remedy,
    /// techniques and questions.
    mutating func article(_ finding: FindingEntry) {
        markup(#"<article class="finding "#)
        text(finding.severity)
        markup(#"" id=""#)
        text(finding.anchor)
        markup("\">\n")
        heading(severity: finding.severity, code: finding.code, ruleName: finding.ruleName, slug: finding.slug)
        message(finding.message)
        markup(#"<p class="where">"#)
        text(finding.location)
        if let target = finding.diagramTarget {
            markup(##" · <a href="#"##)
            text(target)
            markup(#"">show in diagram</a>"#)
        }
        markup("</p>\n")
        excerpt(finding.excerpt, isCut: finding.excerptIsCut)
        if finding.hasNotes { list(finding.notes, opening: #"<ul class="notes">"#) }
        remedy(finding.remedySegments)
        if finding.hasTechniques { techniqueLinks(finding.techniques) }
        markup("<h5>Questions for the room</h5>\n")
        list(finding.questions, opening: #"<ul class="questions">"#)
        markup("</article>\n")
    }

    /// The `<h4>` of a finding: severity badge, code, rule name and slug.
    mutating func heading(severity: String, code: String, ruleName: String, slug: String) {
        markup(#"<h4><span class="badge "#)
        text(severity)
        markup(#"">"#)
        text(severity)
        markup("</span> <code>")
        text(code)
        markup("</code> ")
        text(ruleName)
        markup(#" <code class="slug">"#)
        text(slug)
        markup("</code></h4>\n")
    }

    /// A finding's message, a line of its own.
    mutating func message(_ message: String) {
        markup(#"<p class="message">"#)
        text(message)
        markup("</p>\n")
    }

    /// The remedy under its heading, code spans as `<code>`.
    mutating func remedy(_ segments: [RemedyText.Segment]) {
        markup("<h5>Remedy</h5>\n")
        markup(#"<p class="remedy">"#)
        for segment in segments {
            if segment.isCode { markup("<code>") }
            text(segment.text)
            if segment.isCode { markup("</code>") }
        }
        markup("</p>\n")
    }

    /// The quoted lines of the map, numbered; an ellipsis when more lines follow.
    private mutating func excerpt(_ lines: [FindingEntry.ExcerptLine], isCut: Bool) {
        markup(#"<pre class="excerpt">"#)
        for line in lines {
            markup(#"<span class="ln">"#)
            number(line.number)
            markup("</span>")
            text(line.text)
            lineBreak()
        }
        if isCut { markup("<span class=\"ln\">…</span>\n") }
        markup("</pre>\n")
    }

    /// A `<ul>` opened by `opening`, one `<li>` per item.
    private mutating func list(_ items: [String], opening: StaticString) {
        markup(opening)
        lineBreak()
        for item in items {
            markup("<li>")
            text(item)
            markup("</li>\n")
        }
        markup("</ul>\n")
    }

    /// The techniques the remedy names, each linked to its catalog entry, separated by commas.
    private mutating func techniqueLinks(_ techniques: [FindingEntry.TechniqueRef]) {
        markup(#"<p class="technique-links">Techniques: "#)
        for (index, technique) in techniques.enumerated() {
            if index > 0 { markup(", ") }
            markup(##"<a href="#"##)
            text(technique.anchor)
            markup(#"">"#)
            text(technique.name)
            markup("</a>")
        }
        markup("</p>\n")
    }
}
