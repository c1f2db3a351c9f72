/// A piece of the HTML report written by Swift code straight into UTF-8 bytes, for the parts
/// of the page repeated once per finding, wave or stakeholder; the templates insert it raw
/// (`{{{findingSections}}}`, `{{{waveRows}}}`...).
///
/// swift-mustache looks each `{{name}}` up on its context stack by dynamic casts and copies that
/// stack for every item of a section: at 100,000 activities, some two million lookups took 2 s
/// of the page's 2.1 s. The rows hold no logic a template would show better, so they are written
/// here, in the order and with the bytes the templates wrote them: markup is a constant of this
/// module, and every text from the map goes through ``text(_:)``, which escapes it exactly as
/// the templates escape `{{value}}` (``ReportEscaping``).
struct HTMLFragment {
    /// The HTML written so far, in UTF-8.
    private var bytes: [UInt8] = []

    /// Markup written as is: a constant of this module, never text from the map.
    mutating func markup(_ html: StaticString) {
        html.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text escaped as the templates escape `{{value}}`: `& < > " '` as entities.
    mutating func text(_ text: String) {
        ReportEscaping.append(text, to: &bytes)
    }

    /// A number in decimal digits, as the templates write an `Int`.
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Ends a line of the page.
    mutating func lineBreak() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The lines written, without the last one's line break: the template line that inserts the
    /// fragment (`{{{waveRows}}}` on a line of its own) ends it.
    var lines: String {
        String(decoding: bytes.last == UInt8(ascii: "\n") ? bytes.dropLast() : bytes[...], as: UTF8.self)
    }

    /// The lines `write` writes for each of `items`, without the last line break (``lines``).
    static func lines<Item>(_ items: [Item], _ write: (inout HTMLFragment, Item) -> Void) -> String {
        var fragment = HTMLFragment()
        for item in items { write(&fragment, item) }
        return fragment.lines
    }
}

/// The HTML report's rows of one wave or one stakeholder, written into an ``HTMLFragment``: the
/// summary's waves (`{{{waveRows}}}`), the engagement matrix (`{{{stakeholderRows}}}`) and the
/// brokers' lists (`{{{declaredItems}}}`, `{{{deFactoItems}}}`, `{{{bottleneckItems}}}`).
extension HTMLFragment {
    /// The summary's table of waves: each wave's label and id, a mark per phase, its status.
    static func waveRows(_ waves: [ReportSummary.WaveLine]) -> String {
        lines(waves) { $0.waveRow($1) }
    }

    /// The engagement matrix: each stakeholder's label, id, group and roles, then a cell per phase.
    static func stakeholderRows(_ rows: [EngagementSection.Row]) -> String {
        lines(rows) { $0.stakeholderRow($1) }
    }

    /// A list of brokers, each linked to the finding about it when `linksFindings` and there is one.
    static func brokerItems(_ brokers: [BrokerSection.Line], linksFindings: Bool) -> String {
        lines(brokers) { $0.brokerItem($1, linksFinding: linksFindings) }
    }

    private mutating func waveRow(_ wave: ReportSummary.WaveLine) {
        markup(#"<tr><th scope="row">"#)
        labelAndID(wave.label, wave.id)
        markup("</th>")
        for phase in wave.phases {
            markup(phase.reached ? #"<td class="reached">✓</td>"# : #"<td class="unreached">✗ missing</td>"#)
        }
        markup("<td>")
        text(wave.status)
        markup("</td></tr>\n")
    }

    private mutating func stakeholderRow(_ row: EngagementSection.Row) {
        markup(row.ownsNothing ? #"<tr class="receives-only"><th scope="row">"# : #"<tr><th scope="row">"#)
        labelAndID(row.label, row.id)
        markup(#"<br><span class="group">group "#)
        text(row.group)
        for role in row.roles {
            markup(" · ")
            text(role)
        }
        if row.ownsNothing { markup(" · runs nothing") }
        markup("</span></th>")
        for cell in row.cells {
            markup(#"<td class=""#)
            text(cell.kind)
            markup(#"">"#)
            text(cell.text)
            markup("</td>")
        }
        markup("</tr>\n")
    }

    private mutating func brokerItem(_ line: BrokerSection.Line, linksFinding: Bool) {
        markup("<li><strong>")
        text(line.label)
        markup("</strong> <code>")
        text(line.id)
        markup("</code>: ")
        text(line.text)
        if linksFinding, let anchor = line.findingAnchor {
            markup(##" (<a href="#"##)
            text(anchor)
            markup(#"">finding</a>)"#)
        }
        markup("</li>\n")
    }

    /// `label <code>id</code>`, how a row names its wave or stakeholder.
    private mutating func labelAndID(_ label: String, _ id: String) {
        text(label)
        markup(" <code>")
        text(id)
        markup("</code>")
    }
}
