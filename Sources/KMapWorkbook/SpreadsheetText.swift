/// Text as SpreadsheetML stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): XML-escaped, with
/// characters XML cannot hold written `_xHHHH_`, and a literal `_xHHHH_` protected as `_x005F_xHHHH_`.
enum SpreadsheetText {
    /// `text` ready to stand between tags or inside a double-quoted attribute.
    static func escaped(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "_" where isEscapeSequence(scalars, at: index): result += "_x005F_"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "_x" + hex(scalar.value) + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Reverses the `_xHHHH_` escapes of text read from a part (XML entities are already decoded).
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isEscapeSequence(scalars, at: index), let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
               let decoded = Unicode.Scalar(value) {
                result.append(decoded)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func isEscapeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
