/// Expands a list of seeds into the text of a valid `.kmap` file, one statement per seed, with
/// random but legal layout: extra spaces and tabs, inline attributes or blocks, several
/// attributes on a block line, comments, runs of blank lines, escapes and non-ASCII text.
///
/// Each seed decides its statement alone, so removing seeds (shrinking) removes statements,
/// and seed 0 gives the simplest statement.
struct RandomMapText {
    private var random: SplitMix

    /// The text for `seeds`, with `\r\n` line ends when `crlf` is set.
    static func text(seeds: [UInt64], crlf: Bool) -> String {
        var lines: [String] = []
        for seed in seeds {
            var builder = RandomMapText(random: SplitMix(seed: seed))
            lines += builder.statement(inWave: false)
        }
        return lines.joined(separator: crlf ? "\r\n" : "\n")
    }

    private static let phases = ["generation", "consolidation", "capture", "sharing", "application", "activity", "review"]
    private static let labelCharacters: [Character] = Array("aZ 09-_#{}:,->\"\\\té€🎉日本\u{301}")
    private static let commentCharacters: [Character] = Array("ab #\"\\{}é🎉 ")

    private mutating func statement(inWave: Bool) -> [String] {
        let choice = random.below(inWave ? 3 : 8)
        switch choice {
        case 0: return entity(keyword: Self.phases[random.below(Self.phases.count)])
        case 1: return [flow()]
        case 2: return [comment()]
        case 3: return entity(keyword: "stakeholder")
        case 4: return entity(keyword: "repository")
        case 5: return Array(repeating: "", count: 1 + random.below(3))
        case 6: return header()
        default: return wave()
        }
    }

    private mutating func entity(keyword: String) -> [String] {
        var line = keyword + space() + identifier() + space() + label()
        let attributes = (0..<random.below(4)).map { _ in attribute(for: keyword) }
        if random.chance(3) {
            line += space() + "{" + trailingComment()
            var blockLines = [line]
            var pending = attributes
            while !pending.isEmpty {
                let take = 1 + random.below(pending.count)
                blockLines.append(space() + pending.prefix(take).joined(separator: space()) + trailingComment())
                pending.removeFirst(take)
                if random.chance(4) { blockLines.append(random.below(2) == 0 ? "" : space() + comment()) }
            }
            blockLines.append(space() + "}" + trailingComment())
            return blockLines
        }
        return [([line] + attributes).joined(separator: space()) + trailingComment()]
    }

    private mutating func attribute(for keyword: String) -> String {
        switch keyword {
        case "stakeholder":
            return ["broker", "external", "group " + identifier()][random.below(3)]
        case "repository":
            return "owner " + identifier()
        default:
            switch random.below(7) {
            case 0: return "by " + names()
            case 1: return "for " + names()
            case 2: return "every " + (random.below(2) == 0 ? "" : "\(random.below(60))" + space()) + identifier()
            case 3: return ["technique", "routine", "action", "status", "phase"][random.below(5)] + space() + identifier()
            case 4: return "indicator " + label()
            case 5: return "note " + label()
            default: return "by " + identifier()
            }
        }
    }

    private mutating func header() -> [String] {
        var lines = ["map" + space() + label() + space() + "{" + trailingComment()]
        lines.append("  goal " + label())
        if random.chance(2) { lines.append("  standard " + label() + trailingComment()) }
        if random.chance(2) { lines.append("  phases " + names()) }
        if random.chance(2) {
            lines += ["", "  rules {" + trailingComment(), "    disable " + names(), "    severity \(identifier()) \(identifier())", "  }" + trailingComment()]
        }
        lines.append("}")
        return lines
    }

    private mutating func wave() -> [String] {
        var lines = ["wave" + space() + identifier() + space() + label() + " {" + trailingComment()]
        for _ in 0..<random.below(4) { lines += statement(inWave: true).map { "  " + $0 } }
        lines.append("}" + trailingComment())
        return lines
    }

    private mutating func flow() -> String {
        var line = identifier()
        for _ in 0...random.below(3) { line += (random.below(2) == 0 ? "->" : " -> ") + identifier() }
        if random.chance(2) { line += space() + ":" + space() + label() }
        return line + trailingComment()
    }

    private mutating func names() -> String {
        (0...random.below(3)).map { _ in identifier() }.joined(separator: random.below(2) == 0 ? "," : ", ")
    }

    private mutating func identifier() -> String {
        let first = Array("abcXYZ_")
        let rest = Array("abz09_-")
        var name = String(first[random.below(first.count)])
        for _ in 0..<random.below(8) { name.append(rest[random.below(rest.count)]) }
        if name.hasSuffix("-") { name += "x" }
        return ["map", "wave", "stakeholder", "repository"].contains(name) ? name + "1" : name
    }

    private mutating func label() -> String {
        let characters = (0..<random.below(12)).map { _ in Self.labelCharacters[random.below(Self.labelCharacters.count)] }
        var text = "\""
        for character in characters {
            if character == "\"" || character == "\\" { text += "\\" }
            text.append(character)
        }
        return text + "\""
    }

    private mutating func comment() -> String {
        "#" + String((0..<random.below(10)).map { _ in Self.commentCharacters[random.below(Self.commentCharacters.count)] })
    }

    private mutating func trailingComment() -> String {
        random.chance(4) ? space() + comment() : ""
    }

    private mutating func space() -> String {
        [" ", " ", "  ", "\t", " \t "][random.below(5)]
    }
}

/// A small deterministic random number generator (SplitMix64), so a seed always expands to the
/// same statement.
struct SplitMix {
    private var state: UInt64

    /// Seeds are scrambled first, so nearby seeds do not give shifted copies of one sequence.
    init(seed: UInt64) { state = Self.mix(seed) }

    /// A value in `0 ..< bound`; always 0 for seed 0, which gives the simplest statement.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        if state == 0 { return 0 }
        state &+= 0x9E37_79B9_7F4A_7C15
        return Int(Self.mix(state) % UInt64(bound))
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True about once in `odds` draws; never for seed 0.
    mutating func chance(_ odds: Int) -> Bool { below(odds) == odds - 1 }
}
