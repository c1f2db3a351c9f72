import KMapLanguage

/// The attributes of stakeholders, repositories and activities, resolved once every id is known.
extension ResolverState {
    /// Applies the attributes of every queued declaration, and builds the activities. A
    /// duplicate declaration's attributes are checked into a copy that is then dropped, so its
    /// mistakes are still reported. Each declaration is released from the queue once resolved,
    /// so the syntax tree shrinks while the model grows.
    mutating func resolvePendingDeclarations() {
        var queued = pending
        pending = []
        activities.reserveCapacity(declaredActivities)
        for position in queued.indices {
            let item = queued[position]
            queued[position].declaration = nil
            guard let declaration = item.declaration else { continue }
            switch declaration.kind {
            case .stakeholder:
                var stakeholder = item.index.map { stakeholders[$0] } ?? Stakeholder(declaration: declaration)
                applyStakeholderAttributes(declaration, to: &stakeholder)
                if let index = item.index { stakeholders[index] = stakeholder }
            case .repository:
                var repository = item.index.map { repositories[$0] } ?? Repository(declaration: declaration)
                applyRepositoryAttributes(declaration, to: &repository)
                if let index = item.index { repositories[index] = repository }
            case .group:
                for attribute in declaration.attributeSequence { _ = isPlaced(attribute, in: .group) }
            case .activity:
                var activity = Activity(declaration: declaration, phase: item.phase, wave: item.wave)
                applyActivityAttributes(declaration, to: &activity)
                if item.index != nil { activities.append(activity) }
            }
        }
    }

    private mutating func applyStakeholderAttributes(_ declaration: EntityDecl, to stakeholder: inout Stakeholder) {
        var seen: [Identifier] = []
        for attribute in declaration.attributeSequence {
            guard isPlaced(attribute, in: .stakeholder), !isRepeated(attribute, seen: &seen) else { continue }
            switch attribute.keyword.name {
            case "broker": stakeholder.isBroker = true
            case "external": stakeholder.isExternal = true
            case "heard", "informed":
                let voice = DeclaredVoice(rawValue: attribute.keyword.name)
                if let declared = stakeholder.declaredVoice, declared != voice {
                    report(.attributeNotValid, at: attribute.keyword.range,
                           "'\(attribute.keyword.name)' contradicts '\(declared.rawValue)': a stakeholder is either heard or only informed")
                } else {
                    stakeholder.declaredVoice = voice
                }
            case "group": if let group = attribute.name { stakeholder.group = group.name }
            default: break
            }
        }
    }

    private mutating func applyRepositoryAttributes(_ declaration: EntityDecl, to repository: inout Repository) {
        var seen: [Identifier] = []
        for attribute in declaration.attributeSequence {
            guard isPlaced(attribute, in: .repository), !isRepeated(attribute, seen: &seen) else { continue }
            if attribute.keyword.name == "owner", let owner = attribute.name {
                repository.owner = stakeholderIndex(owner, attribute: "owner")
            }
        }
    }

    private mutating func applyActivityAttributes(_ declaration: EntityDecl, to activity: inout Activity) {
        var seen: [Identifier] = []
        for attribute in declaration.attributeSequence {
            // `by` and `for`, most of a large map's attributes, are valid on every activity and may
            // repeat: no placement or repetition check can reject them.
            switch attribute.keyword.name {
            case "by":
                appendStakeholders(attribute, to: &activity.owners)
                continue
            case "for":
                appendStakeholders(attribute, to: &activity.audience)
                continue
            default: break
            }
            guard isPlaced(attribute, in: .activity),
                  isPlacedOnActivity(attribute, keyword: declaration.keyword, phase: activity.phase),
                  !isRepeated(attribute, seen: &seen)
            else { continue }
            switch attribute.keyword.name {
            case "every": activity.cadence = cadence(attribute)
            case "technique": activity.technique = technique(attribute)
            case "routine": activity.routine = enumeration(attribute, of: Routine.self, named: "routine")
            case "action": activity.action = enumeration(attribute, of: ApplicationAction.self, named: "action")
            case "status": activity.status = enumeration(attribute, of: ActivityStatus.self, named: "status") ?? .existing
            case "indicator": if let text = attribute.text { activity.indicators.append(text) }
            case "note": if let text = attribute.text { activity.notes.append(text) }
            case "also": activity.alsoServesNextPhase = alsoServesNextPhase(attribute, of: activity)
            default: break // `phase` was read when the activity was declared.
            }
        }
        activity.owners = withoutRepeats(activity.owners)
        activity.audience = withoutRepeats(activity.audience)
    }

    /// Resolves the names of a `by` or `for` attribute into `list`.
    private mutating func appendStakeholders(_ attribute: Attribute, to list: inout [StakeholderIndex]) {
        for name in attribute.names {
            if let index = stakeholderIndex(name, attribute: attribute.keyword.name) { list.append(index) }
        }
    }

    /// `list` without its repeated elements, first occurrences in order. Lists usually hold two
    /// or three names and are scanned (returned as they are when nothing repeats); long ones go
    /// through a set, so the pass stays linear.
    private func withoutRepeats(_ list: [StakeholderIndex]) -> [StakeholderIndex] {
        guard list.count <= Self.scannedListLength else {
            var seen = Set<StakeholderIndex>()
            return list.filter { seen.insert($0).inserted }
        }
        guard list.indices.contains(where: { list[..<$0].contains(list[$0]) }) else { return list }
        var kept: [StakeholderIndex] = []
        for element in list where !kept.contains(element) { kept.append(element) }
        return kept
    }

    /// Lists up to this long are deduplicated by scanning rather than hashing.
    private static let scannedListLength = 16

    /// `also PHASE`: the activity serves the phase right after its own too (a combined
    /// review-and-write-up session). Any other phase is reported (E016).
    private mutating func alsoServesNextPhase(_ attribute: Attribute, of activity: Activity) -> Bool {
        guard let name = attribute.name else { return false }
        let next = activity.phase + 1
        if framework.phases.indices.contains(next), framework.phases[next] == name.name { return true }
        let expectation = framework.phases.indices.contains(next)
            ? "the phase right after \(framework.phases[activity.phase]), here '\(framework.phases[next])'"
            : "a phase after \(framework.phases[activity.phase]), and it is the last phase"
        report(.attributeNotValid, at: name.range, "'also' names \(expectation); '\(name.name)' is not",
               notes: [DiagnosticNote("an activity serves its own phase and at most the next one")])
        return false
    }
}
