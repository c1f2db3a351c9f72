/// How many terminal columns a character takes, so that carets line up under text in East Asian
/// scripts and emoji: two for wide and fullwidth characters and for emoji shown as pictures, one
/// for everything else (combining marks belong to the character they modify).
enum DisplayWidth {
    static func columns(of character: Character) -> Int {
        for scalar in character.unicodeScalars {
            if scalar.properties.isEmojiPresentation || scalar.value == 0xFE0F || isWide(scalar.value) { return 2 }
        }
        return 1
    }

    /// The East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11), in broad ranges.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, // Hangul Jamo initials
             0x2E80...0x303E, // CJK radicals, Kangxi, CJK symbols and punctuation
             0x3041...0x33FF, // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
             0x3400...0x4DBF, // CJK extension A
             0x4E00...0x9FFF, // CJK unified ideographs
             0xA000...0xA4CF, // Yi
             0xAC00...0xD7A3, // Hangul syllables
             0xF900...0xFAFF, // CJK compatibility ideographs
             0xFE30...0xFE4F, // CJK compatibility forms
             0xFF00...0xFF60, // fullwidth forms
             0xFFE0...0xFFE6,
             0x20000...0x3FFFD: // CJK extensions B and later
            true
        default:
            false
        }
    }
}
