import Foundation
import KMapLanguageService
import Testing

@Suite struct ProjectFileTests {
    private let map = "stakeholder teachers \"Teachers\"\ngeneration pdsa \"PDSA\" by teachers\ncapture brief \"Brief\" by teachers\n"

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theNearestProjectFileIsHonouredAndItsChangeRechecksOpenMaps() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "disabled_rules: [orphan-activity]\n".write(to: root.appendingPathComponent(".kmap.yml"), atomically: true, encoding: .utf8)
        let uri = DocumentURI.uri(ofPath: root.appendingPathComponent("m.kmap").path)
        var service = LanguageService()
        service.open(uri, version: 1, text: map)
        #expect(service.diagnostics(uri)?.contains { $0.slug == "orphan-activity" } == false)

        // The project file opened and edited in the editor wins over the file on disk.
        let projectURI = DocumentURI.uri(ofPath: root.appendingPathComponent(".kmap.yml").path)
        service.open(projectURI, version: 1, text: "disabled_rules: [orphan-activity]\n")
        service.change(projectURI, version: 2, changes: [DocumentChange(text: "disabled_rules: []\n")])
        #expect(service.diagnostics(uri)?.contains { $0.slug == "orphan-activity" } == true)
        #expect(service.diagnostics(projectURI) == nil)
    }

    @Test func aProjectFileThatCannotBeReadIsReportedOnTheMap() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "disabled_rules: [\n".write(to: root.appendingPathComponent(".kmap.yml"), atomically: true, encoding: .utf8)
        let uri = DocumentURI.uri(ofPath: root.appendingPathComponent("m.kmap").path)
        var service = LanguageService()
        service.open(uri, version: 1, text: map)
        let first = try #require(service.diagnostics(uri)?.first)
        #expect(first.code == "project-file" && first.severity == .error)
    }

    static let badProject = "disabled_rules: [no-brokr]\nseverity:\n  open-loop: loud\n"

    @Test func theProjectFileItselfHasItsUnknownRulesAndBadValuesAtTheirPlaces() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let projectPath = root.appendingPathComponent(".kmap.yml").path
        try Self.badProject.write(toFile: projectPath, atomically: true, encoding: .utf8)
        let projectURI = DocumentURI.uri(ofPath: projectPath)
        var service = LanguageService()
        #expect(service.projectFiles().isEmpty)
        service.open(DocumentURI.uri(ofPath: root.appendingPathComponent("m.kmap").path), version: 1, text: map)
        #expect(service.projectFiles() == [projectURI])

        let onDisk = service.projectFileDiagnostics(projectURI)
        let unknown = try #require(onDisk.first { $0.code == "W003" })
        #expect(unknown.message == "unknown rule 'no-brokr'; did you mean 'no-broker'?")
        #expect(unknown.range == TextRange(start: TextPosition(line: 0, character: 17), end: TextPosition(line: 0, character: 25)))
        let severity = try #require(onDisk.first { $0.code == "E018" })
        #expect(severity.range.start.line == 2)
        #expect(severity.message == "expected error, warning or info")

        // Opened in the editor, its text there is what is checked.
        service.open(projectURI, version: 1, text: "disabled_rules: [no-broker]\n")
        #expect(service.projectFileDiagnostics(projectURI).isEmpty)
        service.change(projectURI, version: 2, changes: [DocumentChange(text: "disabled_rules: [\n")])
        let unreadable = try #require(service.projectFileDiagnostics(projectURI).first)
        #expect(unreadable.code == "project-file" && unreadable.severity == .error && unreadable.message.contains("invalid YAML"))
    }
}

