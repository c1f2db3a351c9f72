import Foundation
import Testing
import KMapRender

@Test func scratch() throws {
    for name in ExampleMaps.names {
        let input = FixtureWaves.input(try ExampleMaps.map(name))
        for view in DiagramOptions.View.allCases {
            let dot = try DiagramBuilder.dot(for: input, options: DiagramOptions(view: view))
            try dot.write(toFile: "/tmp/rx/\(name)-\(view).dot", atomically: true, encoding: .utf8)
        }
    }
}
