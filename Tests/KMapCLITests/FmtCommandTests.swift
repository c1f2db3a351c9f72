import Foundation
import Testing

/// `kmap fmt`: printing, checking and rewriting in place without losing data.
@Suite struct FmtCommandTests {
    private let messy = "stakeholder a \"A\"\nstakeholder  long_name \"Long\"\ngeneration g \"G\"   by a\n"

    @Test func checkListsFilesThatWouldChange() throws {
        let folder = try KMapProcess.temporaryFolder()
        let file = folder.appendingPathComponent("messy.kmap")
        try messy.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["fmt", "--check", file.path, "maps/mature-system.kmap"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == file.path + "\n")
    }

    @Test func writeRewritesInPlaceKeepingPermissions() throws {
        let folder = try KMapProcess.temporaryFolder()
        let file = folder.appendingPathComponent("messy.kmap")
        try messy.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let outcome = try KMapProcess.run(["fmt", "--write", file.path])
        #expect(outcome.status == 0)
        let rewritten = try String(contentsOf: file, encoding: .utf8)
        #expect(rewritten.contains("stakeholder a         \"A\""))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try KMapProcess.run(["fmt", "--check", file.path]).status == 0)
    }

    @Test func writeNeverTouchesAFileWithSyntaxErrors() throws {
        let folder = try KMapProcess.temporaryFolder()
        let file = folder.appendingPathComponent("broken.kmap")
        let text = "stakeholder  a \"A\"\ngeneration g \"unterminated\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["fmt", "--write", file.path])
        #expect(outcome.status == 2)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["broken.kmap"])
    }

    @Test func everyExampleMapIsInCanonicalLayout() throws {
        let maps = try FileManager.default.contentsOfDirectory(atPath: KMapProcess.repositoryRoot.appendingPathComponent("maps").path)
            .filter { $0.hasSuffix(".kmap") }.sorted().map { "maps/\($0)" }
        #expect(maps.count >= 10)
        let outcome = try KMapProcess.run(["fmt", "--check"] + maps)
        #expect(outcome.status == 0, "not canonical: \(outcome.stdout)")
    }
}
