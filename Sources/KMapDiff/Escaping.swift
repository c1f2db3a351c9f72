/// Making user text (labels, messages, paths) safe in each output format.
enum Escaping {
    /// `text` for a terminal or a plain-text table: line breaks and tabs become spaces, other
    /// control characters (which could move the cursor or change colours) are dropped.
    static func plain(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` inert inside Markdown: characters that start emphasis, code, links, HTML, tables
    /// or strike-through are backslash-escaped.
    static func markdown(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in plain(text) {
            if "\\`*_[]<>&|~!#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `text` as XML character data or an attribute value: `& < > " '` as entities, characters
    /// XML cannot carry dropped.
    static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in plain(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes
    /// doubled. A field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
    /// prefixed with `'`.
    static func csv(_ text: String) -> String {
        var field = text
        if let first = field.first, "=+-@".contains(first), Double(field) == nil { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
