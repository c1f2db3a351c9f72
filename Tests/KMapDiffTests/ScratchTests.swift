import KMapDiff
import KMapRender
import Foundation
import Testing

@Test func scratch() throws {
    let diff = MapDiffer.diff(old: try Maps.example("regional-health-2025.kmap"), new: try Maps.example("regional-health-2026.kmap"))
    print(DiffTextWriter.write(diff))
    print(DiffMarkdownWriter.write(diff))
    try Data(DiffDiagram.render(diff, format: .svg)).write(to: URL(fileURLWithPath: "/tmp/diff.svg"))
    try Data(DiffDiagram.render(diff, format: .png)).write(to: URL(fileURLWithPath: "/tmp/diff.png"))
    try Data(DiffJSONWriter.write(diff).utf8).write(to: URL(fileURLWithPath: "/tmp/diff.json"))
}
