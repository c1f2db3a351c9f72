import Foundation
import Testing

/// Sweep case 7: diagram text grows linearly with the number of stakeholder groups. 100,000
/// groups (20,000 with the debug binary) are written as DOT and Mermaid in both views, each run
/// bounded in time and memory.
@Suite struct DiagramScaleCLITests {
    @Test(arguments: ["dot", "mermaid"], ["waves", "stakeholders"])
    func everyGroupIsDrawnInLinearTime(format: String, view: String) throws {
        let release = BoundedRun.freshReleaseBinary
        let count = release == nil ? 20_000 : 100_000
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("groups.kmap")
        try HostileMaps.ownGroups(count).write(to: map, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("groups.\(format)")
        let outcome = try BoundedRun.run(["render", map.path, "--format", format, "--view", view, "-o", output.path],
                                         binary: release ?? KMapProcess.binary, timeout: 120)
        #expect(!outcome.timedOut && outcome.signal == nil, "stderr: \(outcome.stderr.suffix(2_000))")
        #expect(outcome.status == 0, "stderr: \(outcome.stderr.prefix(2_000))")
        #expect(outcome.peakMemory < 1 << 30)
        let text = try String(contentsOf: output, encoding: .utf8)
        // The waves view draws the activity and its finding; the stakeholder view every stakeholder.
        #expect(text.contains(view == "waves" ? "KM004 orphan-activity" : "S \(count - 1)"))
    }
}
