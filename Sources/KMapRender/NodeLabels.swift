import KMapModel
import KMapText

/// The HTML-like labels of nodes: a main line, smaller detail lines, and red finding lines.
enum NodeLabels {
    /// Characters per line before a label wraps.
    static let labelWidth = 28
    static let detailWidth = 36

    /// An activity: its label, "owners → audience", cadence and status, and finding codes.
    static func activity(_ activity: Activity, in map: KMap, findings: [DiagramMark]) -> HTMLLabel {
        var rows = [HTMLLabel.wrapped(activity.label, width: labelWidth)]
        let owners = names(activity.owners, in: map)
        let audience = names(activity.audience, in: map)
        switch (owners.isEmpty, audience.isEmpty) {
        case (false, false): rows.append(detail(owners + " → " + audience))
        case (false, true): rows.append(detail("by " + owners))
        case (true, false): rows.append(detail("for " + audience))
        case (true, true): break
        }
        var timing = activity.cadence.map { "every " + $0.description } ?? ""
        if activity.status == .planned { timing += timing.isEmpty ? "planned" : " · planned" }
        if !timing.isEmpty { rows.append(detail(timing)) }
        rows.append(contentsOf: findings.lazy.map(findingRow))
        return table(rows)
    }

    /// A repository: its label, its owner, and finding codes.
    static func repository(_ repository: Repository, in map: KMap, findings: [DiagramMark]) -> HTMLLabel {
        var rows = [HTMLLabel.wrapped(repository.label, width: labelWidth)]
        if let owner = repository.owner {
            rows.append(detail("kept by \(map[owner].label)"))
        }
        return table(rows + findings.map(findingRow))
    }

    /// A stakeholder of the stakeholder view: its label, its role, and finding codes.
    static func stakeholder(_ stakeholder: Stakeholder, role: String?, findings: [DiagramMark]) -> HTMLLabel {
        var rows = [HTMLLabel.wrapped(stakeholder.label, width: labelWidth)]
        if let role { rows.append(detail(role)) }
        return table(rows + findings.map(findingRow))
    }

    /// A phase column's header.
    static func phaseHeader(_ name: String) -> HTMLLabel {
        table(["<B>\(DOTText.htmlLabel(name))</B>"])
    }

    /// The "missing: phase" box of a wave that never reaches `phase`, naming the wave when given.
    static func missingPhase(_ phase: String, wave: String?) -> HTMLLabel {
        let rows = [font("missing: \(DOTText.htmlLabel(phase))", color: Palette.gap)]
        return table(rows + (wave.map { [detail($0)] } ?? []))
    }

    /// A smaller, grey line.
    static func detail(_ text: String) -> String {
        font(HTMLLabel.wrapped(text, width: detailWidth), size: 9, color: Palette.secondaryText)
    }

    /// `markup` in a `<FONT>` element of the given size and colour.
    static func font(_ markup: String, size: Int? = nil, color: String? = nil) -> String {
        var font = "<FONT"
        font.reserveCapacity(markup.utf8.count + 48)
        if let size { font += " POINT-SIZE=\"" + String(size) + "\"" }
        if let color { font += " COLOR=\"" + color + "\"" }
        font += ">"
        font += markup
        font += "</FONT>"
        return font
    }

    /// The title of a cluster: `markup` at 11 points, wrapped in an outer element.
    static func clusterTitle(_ markup: String) -> HTMLLabel {
        HTMLLabel(trustedMarkup: font(markup, size: 11))
    }

    /// Rows in a borderless table (the outer element keeps HTML labels apart from plain ones).
    static func table(_ rows: [String]) -> HTMLLabel {
        var markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
        markup.reserveCapacity(rows.reduce(markup.utf8.count + 8) { $0 + $1.utf8.count + 18 })
        for row in rows {
            markup += "<TR><TD>"
            markup += row
            markup += "</TD></TR>"
        }
        markup += "</TABLE>"
        return HTMLLabel(trustedMarkup: markup)
    }

    /// The rule code and slug in the gap colour on a white chip: on the phase fills the red alone
    /// falls to a contrast of about 2:1, on white it keeps 5:1 (`PaletteTests`).
    private static func findingRow(_ mark: DiagramMark) -> String {
        let code = font("<B>\(DOTText.htmlLabel("\(mark.code) \(mark.slug)"))</B>", size: 9, color: Palette.gap)
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\" BGCOLOR=\"\(Palette.findingChip)\"><TR><TD>\(code)</TD></TR></TABLE>"
    }

    private static func names(_ stakeholders: [StakeholderIndex], in map: KMap) -> String {
        var names = ""
        for (position, stakeholder) in stakeholders.enumerated() {
            if position > 0 { names += ", " }
            names += map[stakeholder].label
        }
        return names
    }
}
