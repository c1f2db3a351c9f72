import Foundation

/// The maps named on a command line, with folders replaced by the `.kmap` files inside them, as
/// linters take a project folder: `kmap check maps/ extra.kmap`.
///
/// A folder is searched recursively; its `.kmap` files come sorted by path, and hidden folders and
/// files (`.git`, `.build`) are skipped, as are symbolic links to folders (they could loop). Files
/// and `-` (standard input) are kept as given, in their place among the arguments; a file named
/// twice is read once.
enum MapPaths {
    /// The file extension of a map.
    static let fileExtension = "kmap"

    /// `arguments` with every folder expanded. Throws a ``UserError`` (exit status 2) for a
    /// folder that holds no map or cannot be read, so a mistyped folder never passes as "no
    /// findings".
    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        var seen: Set<String> = []
        for argument in arguments {
            let expanded = isFolder(argument) ? try maps(inFolder: argument) : [argument]
            for path in expanded where seen.insert(path).inserted { paths.append(path) }
        }
        return paths
    }

    /// The `.kmap` files under `folder`, sorted by path, each written as `folder/relative/path`.
    static func maps(inFolder folder: String) throws -> [String] {
        let root = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        try collect(in: root, into: &found)
        guard !found.isEmpty else {
            throw UserError("'\(folder)' holds no .\(fileExtension) files (hidden folders are skipped)")
        }
        // Each path split once, not at every comparison: for a folder of 1,000 maps that took
        // longer than reading a tenth of them.
        let components = found.map { $0.split(separator: "/") }
        return found.indices.sorted { components[$0].lexicographicallyPrecedes(components[$1]) }.map { found[$0] }
    }

    private static func collect(in folder: String, into found: inout [String]) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw UserError("cannot read the folder '\(folder)'")
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder == "/" ? "/\(name)" : "\(folder)/\(name)"
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                try collect(in: path, into: &found)
            } else if (name as NSString).pathExtension == fileExtension {
                found.append(path)
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        guard path != "-" else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
