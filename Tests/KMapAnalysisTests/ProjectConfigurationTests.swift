import Foundation
import KMapAnalysis
import KMapLanguage
import Testing

@Suite struct ProjectConfigurationTests {
    @Test func readsEveryKey() throws {
        let text = """
            disabled_rules: [cadence-mismatch, KM012]
            enabled_rules:
              - idle-broker
            severity:
              open-loop: error
            fail_on: warning
            """
        let source = SourceFile(path: ".kmap.yml", text: text)
        let configuration = try ProjectConfiguration.parse(source)
        #expect(configuration.overrides.disabled == ["cadence-mismatch", "KM012"])
        #expect(configuration.overrides.enabled == ["idle-broker"])
        #expect(configuration.overrides.severities == ["open-loop": .error])
        #expect(configuration.failOn == .warning)
        #expect(configuration.diagnostics.isEmpty)
        #expect(configuration.references.map { source.text(in: $0.range) } == ["cadence-mismatch", "KM012", "idle-broker", "open-loop"])
    }

    @Test func rangesCountUnicodeScalarsInTheLine() throws {
        let source = SourceFile(path: ".kmap.yml", text: "# é ☕\ndisabled_rules: [ \"no-broker\", é-rule ]\n")
        let configuration = try ProjectConfiguration.parse(source)
        #expect(configuration.references.map { source.text(in: $0.range) } == ["", "é-rule"])
        #expect(configuration.references.map { source.location(of: $0.range.start).column } == [19, 32])
    }

    @Test func reportsUnknownKeysAndBadLevels() throws {
        let source = SourceFile(path: ".kmap.yml", text: "disabled: [a]\nseverity:\n  open-loop: loud\nfail_on: sometimes\n")
        let configuration = try ProjectConfiguration.parse(source)
        #expect(configuration.diagnostics.map(\.message) == [
            "unknown key 'disabled'; expected disabled_rules, enabled_rules, severity, fail_on or evidence",
            "expected error, warning or info",
            "expected error, warning, info or never",
        ])
        #expect(configuration.diagnostics.map { source.location(of: $0.range.start).line } == [1, 3, 4])
        #expect(configuration.overrides.severities.isEmpty)
    }

    @Test func invalidYAMLIsAnError() {
        #expect(throws: ProjectConfiguration.LoadError.self) {
            try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: "disabled_rules: [a\n"))
        }
    }

    @Test func anEmptyFileConfiguresNothing() throws {
        let configuration = try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: ""))
        #expect(configuration.overrides == RuleOverrides())
    }

    @Test func theNearestFileAboveTheMapIsUsed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("team/maps")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "disabled_rules: [open-loop]\n".write(to: root.appendingPathComponent(".kmap.yml"), atomically: true, encoding: .utf8)
        try "fail_on: info\n".write(to: root.appendingPathComponent("team/.kmap.yml"), atomically: true, encoding: .utf8)
        let map = nested.appendingPathComponent("network.kmap")
        try "".write(to: map, atomically: true, encoding: .utf8)

        let found = try #require(try ProjectConfiguration.load(nearestTo: map.path))
        #expect(found.failOn == .info)
        #expect(found.source.path.hasSuffix("team/.kmap.yml"))
        let fromDirectory = try #require(try ProjectConfiguration.load(nearestTo: root.path))
        #expect(fromDirectory.overrides.disabled == ["open-loop"])
    }
}
