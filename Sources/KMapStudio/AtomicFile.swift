import KMapLanguage

/// The studio's way to write a map: ``FileWriter``'s atomic replace (a reader never sees half a
/// map, a failed write leaves the old one, a symlinked map is written through its link).
enum AtomicFile {
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        do {
            try FileWriter.write(bytes, to: path)
        } catch {
            throw StudioError(error.message)
        }
    }
}
