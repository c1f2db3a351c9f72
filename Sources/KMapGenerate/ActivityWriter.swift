/// Writes activity ids, labels and declarations. An activity's attributes are drawn from a
/// generator seeded by its own number, so they are the same in every version of a map.
struct ActivityWriter {
    let seed: UInt64
    let population: Population
    /// Present when writing the later version of a map.
    let evolution: Evolution?

    static let routines = ["summary", "synthesis", "reduction"]
    static let actions = ["act", "resource", "buy-in"]

    /// The kind of activity `number` is within its phase: picks its id stem and label head.
    private func kind(of number: Int, phase: Int) -> Int {
        Int(SplitMix64.mix(UInt64(number)) % UInt64(Vocabulary.stems[phase].count))
    }

    /// The id of activity `number` of `phase`: a stem chosen by the number, then the number.
    func writeID(_ number: Int, phase: Int, into text: inout TextBuffer) {
        text.write(Vocabulary.stems[phase][kind(of: number, phase: phase)])
        text.write(number)
        if evolution?.change(ofActivity: number) == .renamed { text.write("_v2") }
    }

    /// Writes one activity declaration, indented by `indent`, with the wave's `gap` applied.
    func write(_ number: Int, phase: Int, wave: WavePlan, indent: String, into text: inout TextBuffer) {
        var random = SplitMix64(seed: SplitMix64.mix(seed ^ UInt64(number)))
        let gap = wave.gap
        text.write(indent)
        text.write(Vocabulary.phases[phase])
        text.write(" ")
        writeID(number, phase: phase, into: &text)
        text.write(" \"")
        text.write(Vocabulary.labelHeads[phase][kind(of: number, phase: phase)])
        text.write(" ")
        text.writeEscaped(Vocabulary.topics[wave.topic])
        text.write(", ")
        population.groupName(wave.group, into: &text)
        if evolution?.change(ofActivity: number) == .relabelled { text.write(" (revised)") }
        text.write("\"")

        let useBlock = random.chance(0.15)
        let separator = useBlock ? "\n" + indent + "  " : " "
        if useBlock { text.write(" {") }
        let isUnowned = gap == .unownedActivity && number == (wave.columns[1].first ?? wave.columns[0].first)
        let owners = owners(phase: phase, wave: wave, random: &random)
        let throughLiaison = phase == 3 && gap == .brokerBottleneck
        if !isUnowned {
            text.write(separator)
            text.write("by ")
            if throughLiaison {
                PlantedBottleneck.writeLiaisonID(wave: wave.index, into: &text)
            } else {
                writeNames(owners, into: &text)
            }
        }
        let audience = audience(phase: phase, wave: wave, random: &random)
        if !audience.isEmpty {
            text.write(separator)
            text.write("for ")
            writeNames(audience, into: &text)
            if throughLiaison { PlantedBottleneck.writePanelIDs(wave: wave.index, into: &text) }
        }
        if let cadence = cadence(phase: phase, gap: gap, random: &random) {
            text.write(separator)
            text.write("every ")
            text.write(cadence)
        }
        if random.chance(0.6) {
            text.write(separator)
            text.write("technique ")
            text.write(random.pick(Vocabulary.techniques[phase]))
        }
        if phase == 1 || phase == 4 {
            text.write(separator)
            text.write(phase == 1 ? "routine " : "action ")
            text.write(random.pick(phase == 1 ? ActivityWriter.routines : ActivityWriter.actions))
        }
        if phase >= 3, random.chance(0.08) {
            text.write(separator)
            text.write("status planned")
        }
        if useBlock {
            text.write(separator)
            text.write("indicator ")
            text.writeQuoted(random.pick(Vocabulary.indicators))
            text.write("\n")
            text.write(indent)
            text.write("}")
        } else if random.chance(0.02) {
            text.write("  # reviewed at the last workshop")
        }
        text.newline()
    }

    private func owners(phase: Int, wave: WavePlan, random: inout SplitMix64) -> [Int] {
        let member = population.owner(group: wave.group, slot: random.pick(Population.memberSlots))
        let brokerSlot = phase == 3 && population.hasIdleBroker(group: wave.group) ? 0 : random.pick(Population.brokerSlots)
        let broker = population.member(group: wave.group, slot: brokerSlot)
        switch phase {
        case 3 where wave.gap == .sharingWithoutBroker:
            let other = population.owner(group: wave.group, slot: random.pick(Population.memberSlots))
            return other == member ? [member] : [member, other]
        case 1, 3: return [broker, member]
        case 2: return random.chance(0.5) ? [broker] : [member]
        default: return [member]
        }
    }

    private func audience(phase: Int, wave: WavePlan, random: inout SplitMix64) -> [Int] {
        switch phase {
        case 2 where wave.gap == .captureWithoutAudience:
            return []
        case 2:
            return [population.member(group: wave.group, slot: Population.receiverSlot)]
        case 3:
            var audience = [population.member(group: wave.group, slot: random.pick(Population.memberSlots)),
                            population.member(group: wave.group, slot: Population.receiverSlot)]
            let crossGroup = wave.gap == .sharingWithoutBroker || random.chance(0.4)
            if crossGroup, population.groupCount > 1 {
                let other = (wave.group + 1 + random.below(population.groupCount - 1)) % population.groupCount
                audience.append(population.member(group: other, slot: random.pick(Population.memberSlots)))
            }
            return audience
        case 4:
            return random.chance(0.3) ? [population.member(group: wave.group, slot: Population.externalSlot)] : []
        default:
            return []
        }
    }

    private func cadence(phase: Int, gap: GapKind?, random: inout SplitMix64) -> String? {
        if gap == .cadenceMismatch, phase <= 1 { return phase == 0 ? "week" : "year" }
        let share = [0.8, 0.7, 0.3, 0.7, 0.3][phase]
        return random.chance(share) ? random.pick(Vocabulary.cadences[phase]) : nil
    }

    /// Writes stakeholder ids separated by commas, each once.
    private func writeNames(_ stakeholders: [Int], into text: inout TextBuffer) {
        for (position, stakeholder) in stakeholders.enumerated()
        where !stakeholders[..<position].contains(stakeholder) {
            if position > 0 { text.write(", ") }
            population.stakeholderID(stakeholder, into: &text)
        }
    }
}
