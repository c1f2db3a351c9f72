import Foundation
import Testing
@testable import KMapStudio

@Suite struct MapDocumentTests {
    private func temporaryMap(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-studio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("map.kmap").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func saveFromTheCurrentVersionWrites() throws {
        let path = try temporaryMap("old")
        let document = MapDocument(path: path)
        let result = try document.save("new", expected: ContentVersion.of(Array("old".utf8)))
        #expect(result == .saved(version: ContentVersion.of(Array("new".utf8))))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["map.kmap"])
    }

    @Test func aChangeOnDiskMeanwhileIsNeverOverwritten() throws {
        let path = try temporaryMap("loaded")
        let document = MapDocument(path: path)
        try "edited elsewhere".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try document.save("mine", expected: ContentVersion.of(Array("loaded".utf8)))
        #expect(result == .conflict(current: ContentVersion.of(Array("edited elsewhere".utf8))))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited elsewhere")
    }

    @Test func stampChangesWhenTheFileIsReplaced() throws {
        let path = try temporaryMap("one")
        let document = MapDocument(path: path)
        let before = document.stamp()
        try "two, longer".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(document.stamp() != before)
    }
}
