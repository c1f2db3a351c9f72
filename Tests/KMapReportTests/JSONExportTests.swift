import Foundation
import KMapLanguage
import KMapTestSupport
import Testing
@testable import KMapReport

@Suite struct JSONExportTests {
    static let schema = TestMaps.root.appendingPathComponent("docs/kmap-export.schema.json")
    static let python = ExternalTool.find("python3")

    /// Validates `json` against the schema with python's jsonschema; the errors, or "" when valid.
    private func schemaErrors(_ json: String) throws -> String {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.load(sys.stdin))]
            print("\\n".join(errors))
            """
        let output = try ExternalTool.run(Self.python ?? "python3", ["-c", script, Self.schema.path], input: json)
        try #require(output.status == 0, "python3 with jsonschema failed (make test-setup installs it): \(output.stderr)")
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: python != nil), arguments: [
        "literacy-network.kmap", "broken-everything.kmap", "apqc-knowledge-flow.kmap", "mature-system.kmap",
    ])
    func exampleMapsMatchTheSchema(name: String) throws {
        let json = JSONExport.encode(try TestMaps.example(name))
        #expect(try schemaErrors(json) == "")
    }

    @Test(.enabled(if: python != nil), arguments: [TestMaps.small, TestMaps.custom, TestMaps.hostile, ""])
    func smallMapsMatchTheSchema(text: String) throws {
        #expect(try schemaErrors(JSONExport.encode(TestMaps.analyse(text).analysis)) == "")
    }

    @Test(.enabled(if: python != nil))
    func theSchemaRejectsDrift() throws {
        let json = JSONExport.encode(TestMaps.analyse(TestMaps.small).analysis)
        let renamed = json.replacingOccurrences(of: "\"kmapExportVersion\" : 1", with: "\"version\" : 1")
        #expect(try schemaErrors(renamed).contains("kmapExportVersion"))
        let extra = json.replacingOccurrences(of: "\"label\" : \"Teachers\"", with: "\"label\" : \"Teachers\", \"colour\" : \"red\"")
        #expect(try schemaErrors(extra).contains("colour"))
    }

    @Test func theDocumentIsVersionedAndWritesNulls() throws {
        let json = JSONExport.encode(TestMaps.analyse(TestMaps.small).analysis)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["kmapExportVersion"] as? Int == 1)
        let activities = try #require(object["activities"] as? [[String: Any]])
        let survey = try #require(activities.first { $0["id"] as? String == "survey" })
        #expect(survey["cadence"] is NSNull)
        #expect(survey["next"] as? [String] == ["report"])
        #expect(survey["techniqueSlug"] as? String == "survey")
        let location = try #require(survey["location"] as? [String: Int])
        #expect(location["line"] == 18)
    }

    /// Every kind of record and every null field, with text that needs escaping: no map header,
    /// a repository without owner, a technique the catalog does not know, suppressed findings and a
    /// note with a location.
    static let edgeCases = """
        stakeholder staff "Staff \\"floor\\" / tab\t bs\u{8} ff\u{C} one\u{1} sep\u{2028} café ☕ \\\\ del\u{7F}" group stores
        stakeholder ops "Ops" group head_office broker
        repository intranet "Ops intranet"
        generation complaints "Complaint log" by staff every day technique made-up-technique
        capture brief "Brief" by ops for staff
        sharing elearning "E-learning" by ops for staff # kmap: ignore broker-bottleneck -- nothing to see
        application apply "Apply" # kmap: ignore unowned-activity -- owner being hired
        complaints -> brief -> intranet -> elearning -> apply : "a/b"
        """

    @Test func matchesTheGoldenExports() throws {
        Golden.check(JSONExport.encode(try TestMaps.example("literacy-network.kmap")), named: "export-literacy-network.json")
        var analysis = TestMaps.analyse(Self.edgeCases, path: "maps/edge cases.kmap").analysis
        try #require(!analysis.findings.isEmpty && !analysis.suppressed.isEmpty)
        analysis.findings[0].notes.append(DiagnosticNote("see the brief", at: analysis.map.activities[1].range))
        Golden.check(JSONExport.encode(analysis), named: "export-edge-cases.json")
    }

    /// Foundation reads the export and writes it back with the options `JSONEncoder` was given:
    /// the bytes must not change (key order, spacing, escaping and number spelling).
    @Test(arguments: try FileManager.default.contentsOfDirectory(atPath: TestMaps.root.appendingPathComponent("maps").path)
        .filter { $0.hasSuffix(".kmap") }.sorted())
    func everyExampleMapIsLaidOutAsFoundationWritesIt(name: String) throws {
        let json = JSONExport.encode(try TestMaps.example(name))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let rewritten = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        GoldenFile.expectEqual(json, String(decoding: rewritten, as: UTF8.self) + "\n", name)
    }

    @Test func theOutputIsDeterministic() throws {
        let analysis = TestMaps.analyse(TestMaps.small).analysis
        #expect(JSONExport.encode(analysis) == JSONExport.encode(analysis))
    }
}
