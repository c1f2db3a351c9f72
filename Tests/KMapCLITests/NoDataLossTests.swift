import Foundation
import Testing

/// kmap never loses a user's file: outputs are replaced atomically, a failed run leaves the
/// previous output as it was (and no temporary file behind), an output can never be one of the
/// inputs, and `import` overwrites only with `--force`.
@Suite struct NoDataLossTests {
    private let previous = "previous output, kept\n"

    /// A folder holding a valid map `map.kmap`, a broken map `broken.kmap` and `table.csv`.
    private func workspace() throws -> URL {
        let folder = try KMapProcess.temporaryFolder()
        try HostileMaps.healthy.write(to: folder.appendingPathComponent("map.kmap"), atomically: true, encoding: .utf8)
        try "generation g \"unterminated\n".write(to: folder.appendingPathComponent("broken.kmap"), atomically: true, encoding: .utf8)
        try "id,phase,label\ng,generation,Generate\n".write(to: folder.appendingPathComponent("table.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    private func run(_ arguments: [String], in folder: URL) throws -> BoundedRun.Outcome {
        try BoundedRun.run(arguments.map { $0.hasPrefix("@") ? folder.appendingPathComponent(String($0.dropFirst())).path : $0 })
    }

    private func contents(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The folder's files: no temporary file may be left behind.
    private func files(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: [
        ["report", "@broken.kmap", "-o", "@out.html"],
        ["report", "@broken.kmap", "-o", "@out.md"],
        ["export", "@broken.kmap", "--format", "json", "-o", "@out.json"],
        ["export", "@broken.kmap", "--format", "csv", "-o", "@out.csv"],
        ["render", "@broken.kmap", "--format", "svg", "-o", "@out.svg"],
        ["render", "@broken.kmap", "--format", "dot", "-o", "@out.dot"],
    ])
    func failedRunLeavesThePreviousOutput(_ arguments: [String]) throws {
        let folder = try workspace()
        let output = String(arguments.last!.dropFirst())
        try previous.write(to: folder.appendingPathComponent(output), atomically: true, encoding: .utf8)
        let before = try files(folder)
        let outcome = try run(arguments, in: folder)
        #expect(outcome.status == 2)
        #expect(try contents(folder, output) == previous)
        #expect(try files(folder) == before)
    }

    @Test(arguments: [
        ["report", "@map.kmap", "-o", "@map.kmap", "--format", "html"],
        ["report", "@map.kmap", "-o", "@sub/../map.kmap", "--format", "markdown"],
        ["export", "@map.kmap", "--format", "json", "-o", "@map.kmap"],
        ["export", "@map.kmap", "--format", "csv", "-o", "@./map.kmap"],
        ["export", "@map.kmap", "--format", "csv", "-o", "@link.kmap"],
        ["export", "@map.kmap", "--format", "csv", "-o", "@hard.kmap"],
        ["import", "@table.csv", "-o", "@table.csv", "--force"],
        ["render", "@map.kmap", "--format", "dot", "-o", "@map.kmap"],
        ["render", "@map.kmap", "--format", "svg", "-o", "@hard.kmap"],
    ])
    func outputThatIsAnInputIsRefused(_ arguments: [String]) throws {
        let folder = try workspace()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.kmap").path, withDestinationPath: "map.kmap")
        try FileManager.default.linkItem(at: folder.appendingPathComponent("map.kmap"), to: folder.appendingPathComponent("hard.kmap"))
        let map = try contents(folder, "map.kmap")
        let table = try contents(folder, "table.csv")
        let before = try files(folder)
        let outcome = try run(arguments, in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("it is one of the input files"), "\(outcome.stderr)")
        #expect(try contents(folder, "map.kmap") == map)
        #expect(try contents(folder, "table.csv") == table)
        #expect(try files(folder) == before)
    }

    /// The Markdown report's diagrams go beside it (`report.md` -> `report.svg`,
    /// `report-stakeholders.svg`); a map with either name is an input too.
    @Test(arguments: ["report.svg", "report-stakeholders.svg"])
    func markdownDiagramNeverOverwritesTheMap(_ name: String) throws {
        let folder = try workspace()
        try FileManager.default.moveItem(at: folder.appendingPathComponent("map.kmap"), to: folder.appendingPathComponent(name))
        let outcome = try run(["report", "@\(name)", "-o", "@report.md"], in: folder)
        #expect(outcome.status == 2)
        #expect(try contents(folder, name) == HostileMaps.healthy)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.md").path))
    }

    @Test func importOverwritesOnlyWithForce() throws {
        let folder = try workspace()
        try previous.write(to: folder.appendingPathComponent("out.kmap"), atomically: true, encoding: .utf8)
        let refused = try run(["import", "@table.csv", "-o", "@out.kmap"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(try contents(folder, "out.kmap") == previous)
        let forced = try run(["import", "@table.csv", "-o", "@out.kmap", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try contents(folder, "out.kmap").contains("generation g"))
    }

    @Test func importWithErrorsWritesNothing() throws {
        let folder = try workspace()
        try "id,phase,label\ng,nonsense-phase,\n".write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try previous.write(to: folder.appendingPathComponent("out.kmap"), atomically: true, encoding: .utf8)
        let outcome = try run(["import", "@bad.csv", "-o", "@out.kmap", "--force"], in: folder)
        #expect(outcome.status == 2)
        #expect(try contents(folder, "out.kmap") == previous)
    }

    @Test func outputIntoAMissingFolderOrOntoAFolderIsRefused() throws {
        let folder = try workspace()
        let missing = try run(["export", "@map.kmap", "--format", "json", "-o", "@nowhere/out.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out.html"), withIntermediateDirectories: true)
        let onFolder = try run(["report", "@map.kmap", "-o", "@out.html"], in: folder)
        #expect(onFolder.status == 2)
        #expect(onFolder.stderr.contains("it is a directory"))
    }

    @Test func markdownReportOntoAFolderLeavesNoDiagramBehind() throws {
        let folder = try workspace()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out.md"), withIntermediateDirectories: true)
        try previous.write(to: folder.appendingPathComponent("out.svg"), atomically: true, encoding: .utf8)
        let outcome = try run(["report", "@map.kmap", "-o", "@out.md"], in: folder)
        #expect(outcome.status == 2)
        #expect(try contents(folder, "out.svg") == previous, "the previous diagram is kept when the report cannot be written")
    }

    /// A successful rewrite replaces the file in one step and keeps its permissions.
    @Test func exportReplacesAnOutputKeepingItsPermissions() throws {
        let folder = try workspace()
        let output = folder.appendingPathComponent("out.csv")
        try previous.write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: output.path)
        let outcome = try run(["export", "@map.kmap", "--format", "csv", "-o", "@out.csv"], in: folder)
        #expect(outcome.status == 0)
        #expect(try Data(contentsOf: output).starts(with: Array("\u{FEFF}id,phase,label".utf8)))
        #expect(try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int == 0o600)
        #expect(try files(folder) == ["broken.kmap", "map.kmap", "out.csv", "table.csv"])
    }

    @Test func fmtWriteFormatsTheGoodFilesAndLeavesTheBrokenOne() throws {
        let folder = try workspace()
        let messy = "stakeholder  a \"A\"\n"
        try messy.write(to: folder.appendingPathComponent("messy.kmap"), atomically: true, encoding: .utf8)
        let broken = try contents(folder, "broken.kmap")
        let outcome = try run(["fmt", "--write", "@broken.kmap", "@messy.kmap"], in: folder)
        #expect(outcome.status == 2)
        #expect(try contents(folder, "broken.kmap") == broken)
        #expect(try contents(folder, "messy.kmap") == "stakeholder a \"A\"\n")
    }

    /// Every file kmap writes goes through `FileWriter`: no other file-writing call in the sources.
    @Test func onlyFileWriterWritesFiles() throws {
        let sources = KMapProcess.repositoryRoot.appendingPathComponent("Sources")
        let writers = ["createFile(", "write(to: URL", ".write(toFile", "forWritingAtPath", "forWritingTo", "fopen(", "O_WRONLY", "O_CREAT"]
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var checked = 0
        while let file = enumerator?.nextObject() as? URL {
            guard file.pathExtension == "swift", file.lastPathComponent != "FileWriter.swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            checked += 1
            for writer in writers { #expect(!text.contains(writer), "\(file.lastPathComponent) writes files with \(writer)") }
        }
        #expect(checked > 50)
    }
}
