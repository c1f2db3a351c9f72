import KMapDiff
import Testing

@Test func scratch() throws {
    let diff = MapDiffer.diff(old: try Maps.example("regional-health-2025.kmap"), new: try Maps.example("regional-health-2026.kmap"))
    for change in diff.changes { print(change.change, change.entity, change.id, change.previousID ?? "", change.label, change.attributes.map(\.line)) }
    for f in diff.gaps.resolved { print("resolved", f.code, f.slug, f.subject, f.message) }
    for f in diff.gaps.introduced { print("introduced", f.code, f.slug, f.subject, f.message) }
    for f in diff.gaps.persisting { print("persisting", f.new.code, f.new.slug, f.new.subject) }
    for w in diff.waves where w.isChanged { print(w.sentence) }
}
