import KMapDiff

/// The promises of the `REV:PATH` reading of a command-line argument, for any text:
///
/// - The argument splits into revision and path without losing a character.
/// - A revision that passes ``GitRevision`` never starts with `-` (git would take it as an
///   option) and holds no control character; a refused one is refused with a printable message.
///
/// `KMapFuzzRevision` runs this on every input libFuzzer makes.
public enum RevisionChecks {
    public static func brokenPromises(_ bytes: [UInt8]) -> [String] {
        let argument = String(decoding: bytes, as: UTF8.self)
        switch VersionSpec(argument, fileExists: { _ in false }) {
        case .file(let path):
            return path == argument ? [] : ["a file argument changed: \(argument.debugDescription) became \(path.debugDescription)"]
        case .revision(let revision, let path):
            var broken: [String] = []
            if "\(revision):\(path)" != argument { broken.append("REV:PATH lost text: \(argument.debugDescription)") }
            do {
                let checked = try GitRevision(revision)
                if checked.text.hasPrefix("-") { broken.append("a revision starting with '-' was accepted: \(revision.debugDescription)") }
                if checked.text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    broken.append("a revision with a control character was accepted: \(revision.debugDescription)")
                }
            } catch {
                if error.message.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    broken.append("the refusal prints a control character: \(error.message.debugDescription)")
                }
            }
            return broken
        }
    }
}
