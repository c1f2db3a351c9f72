/// Checks the quoting of CSV text before it is parsed, because the CSV library reports neither an
/// unterminated quote (it silently swallows the rest of the file into one field) nor text after a
/// closing quote (it drops a character and keeps reading the field as quoted). The same pass
/// notes where each field starts, so a reader can point a diagnostic at a cell.
///
/// Records are counted the way the library counts them: a line break (`\n`, `\r` or `\r\n`)
/// outside quotes ends a record; inside quotes it belongs to the field.
public enum CSVStructure {
    /// A quoting problem and the 1-based record (row) it is in.
    public struct Problem: Hashable, Sendable {
        public var row: Int
        public var message: String
    }

    /// What one pass over a CSV text found.
    public struct Scan: Sendable {
        /// Every quoting problem, in order.
        public var problems: [Problem]
        /// For each record, the UTF-8 offset at which each of its fields starts.
        public var fieldStarts: [[Int]]
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    /// Every quoting problem in `text`, in order. One pass, constant memory besides the result.
    public static func problems(in text: String, delimiter: Unicode.Scalar) -> [Problem] {
        scan(text, delimiter: delimiter, recordingFields: false).problems
    }

    /// The quoting problems of `text` and where each field of each record starts.
    public static func scan(_ text: String, delimiter: Unicode.Scalar) -> Scan {
        scan(text, delimiter: delimiter, recordingFields: true)
    }

    private static func scan(_ text: String, delimiter: Unicode.Scalar, recordingFields: Bool) -> Scan {
        var scanner = Scanner(delimiter: delimiter, recordingFields: recordingFields)
        for scalar in text.unicodeScalars { scanner.read(scalar) }
        return scanner.finish()
    }

    /// The state of one pass, a scalar at a time. A struct with mutating methods rather than
    /// closures over local variables, which Swift checks for exclusive access at run time on
    /// every scalar.
    private struct Scanner {
        let delimiter: Unicode.Scalar
        let recordingFields: Bool
        var problems: [Problem] = []
        var fieldStarts: [[Int]]
        var state = State.fieldStart
        var row = 1
        var quoteRow = 1
        var offset = 0
        /// Whether the last scalar was a `\r` that ended a record: a `\n` right after it is part
        /// of the same line break.
        var afterCarriageReturn = false

        init(delimiter: Unicode.Scalar, recordingFields: Bool) {
            self.delimiter = delimiter
            self.recordingFields = recordingFields
            fieldStarts = recordingFields ? [[0]] : []
        }

        mutating func read(_ scalar: Unicode.Scalar) {
            offset += scalar.utf8.count
            if afterCarriageReturn {
                afterCarriageReturn = false
                if scalar == "\n" {
                    if recordingFields { fieldStarts[fieldStarts.count - 1][0] = offset }
                    return
                }
            }
            let isBreak = scalar == "\n" || scalar == "\r"
            switch state {
            case .fieldStart, .unquoted:
                if scalar == delimiter {
                    startField()
                } else if isBreak {
                    endRecord(after: scalar)
                } else if state == .fieldStart && scalar == "\"" {
                    state = .quoted
                    quoteRow = row
                } else {
                    state = .unquoted
                }
            case .quoted:
                if scalar == "\"" { state = .afterQuote }
            case .afterQuote:
                if scalar == "\"" {
                    state = .quoted
                } else if scalar == delimiter {
                    startField()
                } else if isBreak {
                    endRecord(after: scalar)
                } else {
                    problems.append(Problem(
                        row: row,
                        message: "text after the closing quote of a field; write a quote inside a quoted field as two quotes (\"\")"
                    ))
                    state = .unquoted
                }
            }
        }

        private mutating func startField() {
            state = .fieldStart
            if recordingFields { fieldStarts[fieldStarts.count - 1].append(offset) }
        }

        private mutating func endRecord(after scalar: Unicode.Scalar) {
            state = .fieldStart
            row += 1
            afterCarriageReturn = scalar == "\r"
            if recordingFields { fieldStarts.append([offset]) }
        }

        func finish() -> Scan {
            var problems = problems
            if state == .quoted {
                problems.append(Problem(
                    row: quoteRow, message: "unterminated quote: the quoted field that starts in this row never ends"
                ))
            }
            return Scan(problems: problems, fieldStarts: fieldStarts)
        }
    }

    /// The delimiter of a file: a comma, unless the header line has none and has semicolons (as
    /// spreadsheets write CSV in locales with a decimal comma) or tabs.
    public static func delimiter(of text: String) -> Unicode.Scalar {
        let header = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        if header.contains(",") { return "," }
        if header.contains(";") { return ";" }
        if header.contains("\t") { return "\t" }
        return ","
    }
}
