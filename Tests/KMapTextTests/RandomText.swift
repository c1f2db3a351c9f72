/// Text with the characters escapers get wrong: markup of every format, every control range,
/// the non-characters, line separators, right-to-left marks, combining marks, CJK and emoji.
enum RandomText {
    private static let awkward: [Unicode.Scalar] = [
        "\"", "'", "\\", "&", "<", ">", "|", "`", "*", "_", "#", ",", ";", "=", "+", "-", "@", "[", "]", "{", "}",
        "\u{00}", "\u{01}", "\u{08}", "\u{09}", "\u{0A}", "\u{0C}", "\u{0D}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}",
        "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "\u{200F}", "\u{2028}", "\u{0301}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}",
        "é", "ß", "日", "本", "\u{1F600}", "\u{10FFFD}", " ", "a", "Z", "0", "9",
    ]

    /// A string picked by `seeds`: each seed chooses one awkward character or any scalar.
    static func text(_ seeds: [UInt64]) -> String {
        var scalars = String.UnicodeScalarView()
        for seed in seeds {
            if seed % 3 == 0, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: (seed >> 8) % 0x11_0000)) {
                scalars.append(scalar)
            } else {
                scalars.append(awkward[Int((seed >> 2) % UInt64(awkward.count))])
            }
        }
        return String(scalars)
    }

    /// `count` strings, the same on every run.
    static func batch(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
        return (0..<count).map { index in text((0..<(index % 24)).map { _ in next() }) }
    }

    /// `text`'s UTF-8 bytes in hexadecimal, so a reader can rebuild the exact expected text.
    static func hex(_ text: String) -> String {
        text.utf8.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
