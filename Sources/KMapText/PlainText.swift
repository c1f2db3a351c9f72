/// The one rule for characters that no kmap output carries raw.
///
/// Every escaper in this module starts from ``PlainText/clean(_:)``: a label, message or commit
/// subject reaches a terminal, a diagram, a report or a spreadsheet with the same characters.
public enum PlainText {
    /// `text` without characters that could move a terminal's cursor, change its colours, make XML
    /// invalid or hide in a spreadsheet cell: line breaks and tabs become spaces; the other C0
    /// controls, DEL, the C1 controls (U+0080-U+009F) and the non-characters U+FFFE and U+FFFF are
    /// dropped. Everything else, including right-to-left text, CJK and emoji, is kept as written.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case _ where isDropped(scalar): continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` cleaned, then each scalar for which `replacement` gives a string written as that
    /// string: the loop every escaper of this module shares. Runs of scalars written as they are
    /// are copied whole, and text with nothing to clean or replace is returned as it is.
    public static func escaping(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var text = text
        let escaped = text.withUTF8 { utf8 -> String? in
            var output: [UInt8] = []
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let (scalar, length) = scalar(in: utf8, at: index)
                var written: String?
                if isDropped(scalar) {
                    written = ""
                } else {
                    let cleaned: Unicode.Scalar = scalar.value < 0x20 ? " " : scalar
                    written = replacement(cleaned) ?? (cleaned == scalar ? nil : " ")
                }
                if let written {
                    if output.isEmpty { output.reserveCapacity(utf8.count + 16) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    output.append(contentsOf: written.utf8)
                    runStart = index + length
                }
                index += length
            }
            guard runStart > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            return String(decoding: output, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8, and its length in bytes.
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether ``clean(_:)`` drops `scalar` (line breaks and tabs are replaced, not dropped).
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || isDropped(scalar)
    }
}
