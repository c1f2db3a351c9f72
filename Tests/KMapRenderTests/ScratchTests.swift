import Foundation
import Testing
import KMapRender

@Test func scratch() throws {
    let map = SampleMaps.literacy.map()
    let input = FixtureWaves.input(map)
    let dot = try DiagramBuilder.dot(for: input, options: DiagramOptions())
    try dot.write(toFile: "/tmp/rx/lit.dot", atomically: true, encoding: .utf8)
    let png = try Renderer.render(dot: dot, format: .png)
    try Data(png).write(to: URL(fileURLWithPath: "/tmp/rx/lit.png"))
    let sdot = try DiagramBuilder.dot(for: input, options: DiagramOptions(view: .stakeholders))
    try Data(try Renderer.render(dot: sdot, format: .png)).write(to: URL(fileURLWithPath: "/tmp/rx/lits.png"))
}
