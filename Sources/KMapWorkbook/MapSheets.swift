import KMapLanguage

/// Turns a parsed map into its sheets (see ``SheetLayout``): every declaration, attribute, flow,
/// wave, header line and comment, so that ``SheetImport`` gives back a map with the same model.
public enum MapSheets {
    /// The workbook of `file`. Source ranges and layout are not kept; everything else is.
    public static func workbook(of file: MapFile) -> Workbook {
        var collector = Collector()
        collector.collect(file.statements, wave: nil)
        return Workbook(sheets: SheetLayout.sheetNames.map { collector.sheet(named: $0) })
    }

    /// The text of an attribute's value as its cell holds it.
    static func cellText(of value: AttributeValue) -> String {
        switch value {
        case .flag: SheetLayout.flagValue
        case .names(let names): names.map(\.name).joined(separator: ", ")
        case .text(let text): text.value
        case .cadence(let cadence): (cadence.count.map { "\($0) " } ?? "") + cadence.unit.name
        case .block(let block): block.attributes.map { "\($0.keyword.name) \(cellText(of: $0.value))" }.joined(separator: "\n")
        }
    }
}

/// Rows gathered per sheet, as keyword → value maps, while the statements are walked.
private struct Collector {
    private var rows: [String: [[String: String]]] = [:]
    private var extraColumns: [String: [String]] = [:]

    mutating func collect(_ statements: [Statement], wave: String?) {
        for statement in statements {
            switch statement {
            case .header(let header): collectHeader(header)
            case .entity(let entity): collectEntity(entity, wave: wave)
            case .flow(let flow): collectFlow(flow, wave: wave)
            case .wave(let declared):
                add(SheetLayout.waves, ["id": declared.id.name, "label": declared.label?.value ?? "",
                                        "comment": declared.trailingComment?.text ?? declared.closingComment?.text ?? ""])
                collect(declared.body, wave: declared.id.name)
            case .comment(let comment): add(SheetLayout.comments, ["text": comment.text])
            case .blankLine: break
            }
        }
    }

    private mutating func collectHeader(_ header: MapHeader) {
        if let title = header.title { add(SheetLayout.map, ["field": SheetLayout.title, "value": title.value]) }
        for attribute in header.block?.attributes ?? [] {
            if case .block(let rules) = attribute.value {
                for rule in rules.attributes {
                    add(SheetLayout.map, ["field": SheetLayout.rulesPrefix + rule.keyword.name, "value": MapSheets.cellText(of: rule.value)])
                }
            } else {
                add(SheetLayout.map, ["field": attribute.keyword.name, "value": MapSheets.cellText(of: attribute.value)])
            }
        }
    }

    private mutating func collectEntity(_ entity: EntityDecl, wave: String?) {
        let sheet = SheetLayout.sheet(for: entity.kind)
        var row = ["id": entity.id.name, "label": entity.label?.value ?? "", "comment": entity.trailingComment?.text ?? ""]
        if entity.kind == .activity {
            if entity.keyword.name != StatementKeyword.activity { row["phase"] = entity.keyword.name }
            row["wave"] = wave ?? ""
        }
        for attribute in entity.attributeSequence {
            let keyword = attribute.keyword.name
            let text = MapSheets.cellText(of: attribute.value)
            let column = keyword == "phase" && entity.kind == .activity ? "phase" : keyword
            row[column] = row[column].map { $0.isEmpty ? text : $0 + "\n" + text } ?? text
            noteColumn(column, of: sheet)
        }
        add(sheet, row)
    }

    private mutating func collectFlow(_ flow: FlowDecl, wave: String?) {
        let steps = flow.stepGroups.map { $0.map(\.name).joined(separator: ", ") }
        for index in steps.indices.dropLast() {
            add(SheetLayout.flows, ["from": steps[index], "to": steps[index + 1], "label": flow.label?.value ?? "",
                                    "wave": wave ?? "", "comment": index == 0 ? flow.trailingComment?.text ?? "" : ""])
        }
    }

    private mutating func add(_ sheet: String, _ row: [String: String]) {
        rows[sheet, default: []].append(row)
    }

    /// Remembers a keyword the layout has no column for, so the sheet gets one.
    private mutating func noteColumn(_ column: String, of sheet: String) {
        if !SheetLayout.columns(of: sheet).contains(column), !(extraColumns[sheet] ?? []).contains(column) {
            extraColumns[sheet, default: []].append(column)
        }
    }

    func sheet(named name: String) -> Sheet {
        var columns = SheetLayout.columns(of: name)
        let extra = extraColumns[name] ?? []
        if let comment = columns.firstIndex(of: "comment") { columns.insert(contentsOf: extra, at: comment) } else { columns += extra }
        let values = (rows[name] ?? []).map { row in columns.map { row[$0] ?? "" } }
        return Sheet(name: name, columns: columns, values: values)
    }
}
