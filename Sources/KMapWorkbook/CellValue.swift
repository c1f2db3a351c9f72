import Foundation

/// Which cell styles show dates: built-in number formats 14-22, 45-47 and the locale formats
/// 27-36, 50-58 (ECMA-376 Part 1, §18.8.30), and custom formats with day, month or year codes.
struct CellStyles {
    private var dateStyles: Set<Int> = []

    init() {}

    init(_ root: XMLNode) {
        var customDates: Set<Int> = []
        for format in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"].flatMap(Int.init), Self.showsDate(format.attributes["formatCode"] ?? "") {
                customDates.insert(id)
            }
        }
        let builtIn = Set(14...22).union(27...36).union(45...47).union(50...58)
        for (index, style) in (root.child("cellXfs")?.children("xf") ?? []).enumerated() {
            let format = style.attributes["numFmtId"].flatMap(Int.init) ?? 0
            if builtIn.contains(format) || customDates.contains(format) { dateStyles.insert(index) }
        }
    }

    func isDate(style: Int) -> Bool { dateStyles.contains(style) }

    /// Whether a format code shows a date: `yyyy-mm-dd`, `d/m/y`, not `0.00` or `"days"`.
    private static func showsDate(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d" where !inQuotes && !inBrackets, "y" where !inQuotes && !inBrackets: return true
            default: continue
            }
        }
        return false
    }
}

/// The text of one cell, whatever type it has: a shared or inline string as written, a boolean
/// as TRUE or FALSE, a number without a needless `.0`, a date-formatted number as its ISO date
/// (`2026-03-01`, with ` 14:30` when it has a time), and a formula's last result.
struct CellValue {
    var sharedStrings: [String]
    var styles: CellStyles
    var uses1904: Bool

    func text(of cell: XMLNode) -> String {
        let value = cell.child("v")?.allText ?? ""
        switch cell.attributes["t"] ?? "n" {
        case "s": return Int(value.trimmingSpaces).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr": return SpreadsheetText.unescaped(cell.child("is").map(inlineText) ?? value)
        case "b": return value.trimmingSpaces == "1" ? "TRUE" : "FALSE"
        case "str", "e", "d": return SpreadsheetText.unescaped(value)
        default:
            guard let number = Double(value.trimmingSpaces) else { return value }
            if let style = cell.attributes["s"].flatMap(Int.init), styles.isDate(style: style) { return date(number) ?? value }
            return Self.text(of: number, written: value.trimmingSpaces)
        }
    }

    /// Inline string text: a `t`, or rich text runs.
    private func inlineText(_ node: XMLNode) -> String {
        node.child("t")?.allText ?? node.children("r").map { $0.child("t")?.allText ?? "" }.joined()
    }

    /// `3` for 3.0, the written text otherwise.
    static func text(of number: Double, written: String) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return written
    }

    /// A date serial as an ISO date (day 0 is 1899-12-30, or 1904-01-01 in the 1904 system).
    private func date(_ serial: Double) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let epoch: Double = uses1904 ? -2_082_844_800 : -2_209_161_600
        let seconds = (epoch + serial * 86_400).rounded()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: seconds))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        let text = String(format: "%04d-%02d-%02d", year, month, day)
        let (hour, minute) = (parts.hour ?? 0, parts.minute ?? 0)
        return hour == 0 && minute == 0 ? text : text + String(format: " %02d:%02d", hour, minute)
    }
}
