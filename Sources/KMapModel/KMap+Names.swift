
/// How findings name what they are about: by the label a workshop knows, with the id the map
/// uses in brackets, so that a message reads aloud and still points into the file.
extension KMap {
    /// `Label (id)`, or the id alone when the label is empty or the same as the id.
    static func named(_ label: String, id: String) -> String {
        label.isEmpty || label == id ? id : "\(label) (\(id))"
    }

    /// A stakeholder as findings name it: `Classroom teachers (teachers)`.
    public func name(ofStakeholder index: StakeholderIndex) -> String {
        Self.named(self[index].label, id: self[index].id)
    }

    /// A node as findings name it: `Change-idea brief (brief)`.
    public func name(of ref: NodeRef) -> String {
        Self.named(label(of: ref), id: id(of: ref))
    }

    /// The label of a group: declared with `group ID "Label"`, or else the label of a stakeholder
    /// whose id is the group's, or else the group id itself.
    public func label(ofGroup group: String) -> String {
        if let label = groupLabels[group] { return label }
        if let same = stakeholderGroupLabels[group] { return same }
        return group
    }

    /// A group as findings name it: `Country offices (co)`, or `co` when it has no label.
    public func name(ofGroup group: String) -> String {
        Self.named(label(ofGroup: group), id: group)
    }
}
