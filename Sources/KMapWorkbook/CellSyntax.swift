import KMapLanguage

/// Reads one cell as the `.kmap` syntax of an attribute's value, refusing anything that would
/// read as more than that value (a cell never injects a statement).
enum CellSyntax {
    /// Why a cell cannot be read.
    struct Refusal: Error {
        var message: String
    }

    /// The attribute lines `keyword value` a cell holds: one per line of the cell (a repeatable
    /// keyword such as `indicator`), none when it is blank.
    static func attributes(_ keyword: String, cell: String) throws(Refusal) -> [String] {
        guard let shape = AttributeGrammar.shape(of: keyword), shape != .block else {
            throw Refusal(message: "'\(keyword)' is not an attribute of this sheet")
        }
        if shape == .flag {
            return try flag(cell) ? [keyword] : []
        }
        return try cellLines(cell).map { line throws(Refusal) in "\(keyword) \(try value(line, shape: shape))" }
    }

    /// The lines of a cell, trimmed, without blank ones (text keeps its inner spaces).
    static func cellLines(_ cell: String) -> [String] {
        cell.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// The syntax of one value of `shape`.
    static func value(_ text: String, shape: AttributeShape) throws(Refusal) -> String {
        switch shape {
        case .names: return try names(text)
        case .name: return try name(text)
        case .twoNames:
            let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard parts.count == 2 else { throw Refusal(message: "expected two names separated by a space, found '\(text)'") }
            return "\(try name(parts[0])) \(try name(parts[1]))"
        case .text: return ImportedSource.quoted(text)
        case .cadence: return try cadence(text)
        case .flag, .block: throw Refusal(message: "this value cannot be written in a cell")
        }
    }

    /// Names separated by commas: `teachers, coaches`.
    static func names(_ text: String) throws(Refusal) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        var checked: [String] = []
        for part in parts { checked.append(try name(part)) }
        return checked.joined(separator: ", ")
    }

    /// One name of the language: a letter or `_`, then letters, digits, `_` and `-`.
    static func name(_ text: String) throws(Refusal) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { throw Refusal(message: "a name is missing") }
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard isLetter(first) || first == UInt8(ascii: "_"),
              bytes.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
        else {
            throw Refusal(message: "'\(text)' is not a name: names start with a letter and hold letters, digits, '-' and '_'")
        }
        return text
    }

    /// `week`, `3 weeks`.
    static func cadence(_ text: String) throws(Refusal) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch parts.count {
        case 1: return try name(parts[0])
        case 2 where Int(parts[0]).map({ $0 > 0 }) == true: return "\(parts[0]) \(try name(parts[1]))"
        default: throw Refusal(message: "'\(text)' is not a cadence: write a unit (week) or a count and a unit (3 weeks)")
        }
    }

    /// A yes/no cell: `yes`, `true`, `x`, `1` (and a spreadsheet's TRUE) or blank, `no`, `false`, `0`.
    static func flag(_ cell: String) throws(Refusal) -> Bool {
        switch cell.trimmingSpaces.lowercased() {
        case "yes", "y", "true", "x", "1": return true
        case "", "no", "n", "false", "0": return false
        default: throw Refusal(message: "expected yes or no, found '\(cell.trimmingSpaces)'")
        }
    }

    /// A comment's text on one line (the `#` is added by the writer).
    static func comment(_ cell: String) -> String {
        String(cell.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
