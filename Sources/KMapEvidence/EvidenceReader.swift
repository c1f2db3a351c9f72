import KMapLanguage
import KMapModel
import KMapText

/// Reads evidence logs against a map: each row becomes an ``Occurrence``, a row naming no
/// activity of the map an ``UndeclaredRow``, and every problem a diagnostic at its cell with a
/// "did you mean". Never fails and never crashes: a log it cannot read is a diagnostic.
public struct EvidenceReader {
    private let names: EvidenceNames
    private var occurrences: [Occurrence] = []
    /// The `acts_on` cell of each occurrence, parallel to ``occurrences``: the name and its range.
    private var actsOn: [(name: String, range: SourceRange)?] = []
    private var undeclared: [UndeclaredRow] = []
    private var diagnostics: [(log: Int, diagnostic: Diagnostic)] = []

    /// Reads `logs` (in order) against `map`.
    public static func read(_ logs: [SourceFile], against map: KMap) -> Evidence {
        var reader = EvidenceReader(map: map)
        for (index, log) in logs.enumerated() { reader.read(log, index: index) }
        return reader.finish(logs)
    }

    private init(map: KMap) {
        names = EvidenceNames(map)
    }

    private mutating func read(_ log: SourceFile, index: Int) {
        let text = log.text
        let delimiter = CSVStructure.delimiter(of: text)
        let scan = CSVStructure.scan(text, delimiter: delimiter)
        func rowStart(_ row: Int) -> Int { scan.fieldStarts.indices.contains(row - 1) ? min(scan.fieldStarts[row - 1][0], log.bytes.count) : 0 }
        guard scan.problems.isEmpty else {
            for problem in scan.problems {
                report(index, Diagnostic(EvidenceDiagnostics.badCSV, .error, at: .empty(at: rowStart(problem.row)), problem.message))
            }
            return
        }
        var records = EvidenceRecords(utf8: log.bytes, delimiter: delimiter, starts: scan.fieldStarts)
        guard let header = records.next() else {
            report(index, Diagnostic(EvidenceDiagnostics.badRow, .error, at: .empty(at: 0), "the log is empty; it needs a header row (\(EvidenceColumn.headerLine)) and one row per occurrence"))
            return
        }
        let columns = EvidenceLogHeader(header.cells, starts: header.starts)
        for diagnostic in columns.diagnostics { report(index, diagnostic) }
        guard columns.isValid else { return }
        var rows = 0
        while let record = records.next() {
            if record.cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            rows += 1
            var row = EvidenceRow(record: record, header: columns, log: index, names: names)
            row.read()
            for diagnostic in row.diagnostics { report(index, diagnostic) }
            if let occurrence = row.occurrence {
                occurrences.append(occurrence)
                actsOn.append(row.actsOn)
            }
            if let name = row.undeclaredName {
                undeclared.append(UndeclaredRow(log: index, row: record.row, name: name.text, range: name.range, suggestions: names.activitySuggestions(for: name.text)))
            }
        }
        if rows == 0 {
            report(index, Diagnostic(EvidenceDiagnostics.badRow, .warning, at: .empty(at: 0), "the log has a header and no rows"))
        }
    }

    private mutating func report(_ log: Int, _ diagnostic: Diagnostic) {
        diagnostics.append((log, diagnostic))
    }

    /// Orders the occurrences by date and resolves `acts_on` (which must name an earlier one).
    private mutating func finish(_ logs: [SourceFile]) -> Evidence {
        let keys = occurrences.map { (date: $0.date, log: $0.log, row: $0.row) }
        let order = keys.indices.sorted { (keys[$0].date, keys[$0].log, keys[$0].row) < (keys[$1].date, keys[$1].log, keys[$1].row) }
        var sorted = order.map { occurrences[$0] }
        let links = order.map { actsOn[$0] }
        var position: [String: Int] = [:]
        position.reserveCapacity(sorted.count)
        for (index, occurrence) in sorted.enumerated() {
            guard let id = occurrence.id else { continue }
            if let first = position[id] {
                let earlier = sorted[first]
                report(occurrence.log, Diagnostic(
                    EvidenceDiagnostics.duplicateOccurrence, .error, at: occurrence.range,
                    "the occurrence id '\(id)' is already the id of \(place(of: earlier, logs: logs))"
                ))
            } else {
                position[id] = index
            }
        }
        lazy var occurrenceHints = DidYouMean(candidates: position.keys.sorted())
        for (index, link) in links.enumerated() {
            guard let link else { continue }
            let log = sorted[index].log
            guard let target = position[link.name] else {
                let hint = Suggestions.didYouMean(occurrenceHints.closest(to: link.name)).map { "; \($0)" } ?? ""
                report(log, Diagnostic(EvidenceDiagnostics.badActsOn, .error, at: link.range,
                                       "acts_on names '\(link.name)', which is not the id of any occurrence\(hint)"))
                continue
            }
            guard target < index else {
                report(log, Diagnostic(EvidenceDiagnostics.badActsOn, .error, at: link.range,
                                       "acts_on names '\(link.name)', which happened on \(sorted[target].date), after this occurrence (\(sorted[index].date)); an occurrence acts on an earlier one"))
                continue
            }
            sorted[index].actsOn = target
        }
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.log, $0.element.diagnostic.range.start, $0.offset) < ($1.element.log, $1.element.diagnostic.range.start, $1.offset)
        }.map(\.element)
        return Evidence(logs: logs, occurrences: sorted, undeclared: undeclared, diagnostics: ordered)
    }

    private func place(of occurrence: Occurrence, logs: [SourceFile]) -> String {
        "row \(occurrence.row) of \(logs[occurrence.log].path)"
    }
}
