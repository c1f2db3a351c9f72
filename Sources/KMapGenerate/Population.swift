/// The stakeholders and repositories of a generated map: about one stakeholder per 20 activities,
/// in groups of eight with up to two brokers and one external partner each, and about one
/// repository per 50 activities.
///
/// Every property is a pure function of a stakeholder's or repository's index, so waves can pick
/// owners and audiences without storing anything per stakeholder.
struct Population {
    static let groupSize = 8
    /// Slots of a group that hold its brokers.
    static let brokerSlots = [0, 4]
    /// Slots of a group that run activities without being brokers.
    static let memberSlots = [1, 2, 3, 5, 6]
    /// The slot that may hold a receive-only stakeholder (a planted gap).
    static let receiverSlot = 6
    /// The slot that holds the group's external partner (a group of its own).
    static let externalSlot = 7

    let seed: UInt64
    let gapShare: Double
    let stakeholderCount: Int
    let repositoryCount: Int

    init(activities: Int, seed: UInt64, gapShare: Double) {
        self.seed = seed
        self.gapShare = gapShare
        stakeholderCount = max(4, activities / 20)
        repositoryCount = max(2, activities / 50)
    }

    var groupCount: Int { (stakeholderCount + Population.groupSize - 1) / Population.groupSize }

    /// The stakeholder at `slot` of `group` (slots wrap around in a small last group).
    func member(group: Int, slot: Int) -> Int {
        let first = group * Population.groupSize
        let size = min(Population.groupSize, stakeholderCount - first)
        return first + slot % size
    }

    /// A stakeholder who runs activities at `slot` of `group`: never a receive-only one.
    func owner(group: Int, slot: Int) -> Int {
        let stakeholder = member(group: group, slot: slot)
        return isReceiveOnly(stakeholder) ? member(group: group, slot: 1) : stakeholder
    }

    func group(of stakeholder: Int) -> Int { stakeholder / Population.groupSize }

    func isExternal(_ stakeholder: Int) -> Bool {
        stakeholder % Population.groupSize == Population.externalSlot
    }

    /// True for every item of a sequence picked at `share`, evenly spread: exactly
    /// `floor(count * share)` of the first `count` items are picked.
    static func isPicked(_ index: Int, share: Double) -> Bool {
        (Double(index + 1) * share).rounded(.down) > (Double(index) * share).rounded(.down)
    }

    /// True for a planted gap: a stakeholder who only ever receives, never runs anything (one
    /// per group, in a `gapShare` of the groups).
    func isReceiveOnly(_ stakeholder: Int) -> Bool {
        stakeholder % Population.groupSize == Population.receiverSlot
            && Population.isPicked(group(of: stakeholder), share: gapShare)
    }

    /// True for the group's brokers, except in groups that lost theirs (a planted gap in half a
    /// `gapShare` of the groups).
    func isBroker(_ stakeholder: Int) -> Bool {
        let slot = stakeholder % Population.groupSize
        return Population.brokerSlots.contains(slot) && !Population.isPicked(group(of: stakeholder) + 3, share: gapShare / 2)
    }

    /// True for a planted gap: the group's second broker takes part in no sharing.
    func hasIdleBroker(group: Int) -> Bool {
        Population.isPicked(group + 4, share: gapShare / 2)
    }

    /// Archive repositories are only ever written to by waves that end in them.
    func isArchive(_ repository: Int) -> Bool { repository % 8 == 0 }

    /// A repository that waves read from, chosen by `draw`.
    func readableRepository(_ draw: Int) -> Int {
        let candidate = 1 + draw % (repositoryCount - 1)
        return isArchive(candidate) ? (candidate + 1 < repositoryCount ? candidate + 1 : 1) : candidate
    }

    /// An archive repository chosen by `draw`.
    func archiveRepository(_ draw: Int) -> Int {
        8 * (draw % ((repositoryCount + 7) / 8))
    }

    func stakeholderID(_ index: Int, into text: inout TextBuffer) {
        text.write(role(of: index).id)
        text.write(index)
    }

    func repositoryID(_ index: Int, into text: inout TextBuffer) {
        text.write(Vocabulary.repositories[index % Vocabulary.repositories.count].id)
        text.write(index)
    }

    func groupID(_ group: Int, into text: inout TextBuffer) {
        text.write(Vocabulary.regions[group % Vocabulary.regions.count])
        text.write(group)
    }

    /// The group as people name it: "north 3".
    func groupName(_ group: Int, into text: inout TextBuffer) {
        text.write(Vocabulary.regions[group % Vocabulary.regions.count])
        text.write(" ")
        text.write(group)
    }

    /// Writes every stakeholder and repository declaration.
    func write(into text: inout TextBuffer) {
        for index in 0..<stakeholderCount {
            text.write("stakeholder ")
            stakeholderID(index, into: &text)
            text.write(" \"")
            text.write(role(of: index).label)
            text.write(", ")
            groupName(group(of: index), into: &text)
            text.write("\"")
            if isBroker(index) { text.write(" broker") }
            if isExternal(index) {
                text.write(" external")
            } else {
                text.write(" group ")
                groupID(group(of: index), into: &text)
            }
            text.newline()
        }
        text.newline()
        for index in 0..<repositoryCount {
            text.write("repository ")
            repositoryID(index, into: &text)
            text.write(" \"")
            text.write(Vocabulary.repositories[index % Vocabulary.repositories.count].label)
            text.write(" ")
            text.write(index)
            text.write("\"")
            if index % 3 == 1 {
                text.write(" owner ")
                stakeholderID(member(group: index % groupCount, slot: Population.brokerSlots[0]), into: &text)
            }
            text.newline()
        }
        text.newline()
    }

    private func role(of index: Int) -> (id: String, label: String) {
        if isExternal(index) {
            return Vocabulary.externals[group(of: index) % Vocabulary.externals.count]
        }
        return Vocabulary.roles[Int(SplitMix64.mix(seed ^ UInt64(index)) % UInt64(Vocabulary.roles.count))]
    }
}
