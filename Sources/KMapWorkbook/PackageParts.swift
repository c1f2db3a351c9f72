import Foundation
import ZIPFoundation

/// The parts of an Open Packaging Conventions zip (ECMA-376 Part 2): read by path with a size
/// limit, and found through relationship parts (`_rels/*.rels`).
struct PackageParts {
    let archive: Archive

    /// A relationship: its type's last path component (`worksheet`, `styles`) and target.
    struct Relationship {
        var type: String
        var target: String
    }

    /// The bytes of the part at `path`, nil when there is none.
    func data(_ path: String) throws(WorkbookReadError) -> Data? {
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == path.lowercased() }) else { return nil }
        guard entry.uncompressedSize <= UInt64(XLSXReader.maximumPartSize) else {
            throw WorkbookReadError("the part '\(path)' is larger than \(XLSXReader.maximumPartSize >> 20) MB")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= XLSXReader.maximumPartSize else { throw WorkbookReadError("the part '\(path)' inflates past its limit") }
                data.append(chunk)
            }
        } catch let error as WorkbookReadError {
            throw error
        } catch {
            throw WorkbookReadError("the part '\(path)' cannot be unpacked: \(error)")
        }
        return data
    }

    /// The part at `path` as XML; a missing part is an error.
    func xml(_ path: String) throws(WorkbookReadError) -> XMLNode {
        guard let data = try data(path) else { throw WorkbookReadError("the workbook has no part '\(path)'") }
        return try XMLNode.parse(data, part: path)
    }

    /// The part at `path` as XML, nil when there is none (or no path).
    func optionalXML(_ path: String?) throws(WorkbookReadError) -> XMLNode? {
        guard let path, let data = try data(path) else { return nil }
        return try XMLNode.parse(data, part: path)
    }

    /// The workbook part, as the package relationships name it.
    func officeDocument() throws(WorkbookReadError) -> String {
        let root = try relationships(of: "")
        return target(ofType: "officeDocument", in: root, from: "") ?? "xl/workbook.xml"
    }

    /// The relationships of the part at `path`, by id (`""` is the package itself).
    func relationships(of path: String) throws(WorkbookReadError) -> [String: Relationship] {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
        guard let root = try optionalXML(relsPath) else { return [:] }
        var result: [String: Relationship] = [:]
        for relationship in root.children("Relationship") {
            guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else { continue }
            let type = (relationship.attributes["Type"] ?? "").split(separator: "/").last.map(String.init) ?? ""
            result[id] = Relationship(type: type, target: target)
        }
        return result
    }

    /// The path of the first relationship of `type` among `relationships` of the part at `path`.
    func target(ofType type: String, in relationships: [String: Relationship], from path: String) -> String? {
        relationships.sorted { $0.key < $1.key }.first { $0.value.type == type }.map { resolve($0.value.target, from: path) }
    }

    /// A relationship target as a path in the zip: absolute (`/xl/styles.xml`) or relative to the
    /// folder of the part that names it, `..` resolved.
    func resolve(_ target: String, from path: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = (path as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
        for component in target.split(separator: "/").map(String.init) {
            if component == ".." { _ = components.popLast() } else if component != "." { components.append(component) }
        }
        return components.joined(separator: "/")
    }
}
