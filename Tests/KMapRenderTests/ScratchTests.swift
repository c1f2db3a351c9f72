import Foundation
import Testing
import KMapRender

@Test func valgrindProbe() throws {
    let count = Int(ProcessInfo.processInfo.environment["VG_RENDERS"] ?? "1") ?? 1
    let input = Analysed.input(try ExampleMaps.map("literacy-network"))
    let dot = try DiagramBuilder.dot(for: input, options: DiagramOptions())
    for _ in 0..<count {
        _ = try Renderer.render(dot: dot, format: .svg)
    }
    _ = try? Renderer.render(dot: "digraph { a -> ; }", format: .svg)
    Renderer.releaseGraphviz()
}
