/// A revision as someone typed it (`HEAD~2`, `v1.0`, `main@{2 weeks ago}`), checked before it
/// reaches git: it can never be read as one of git's options, and carries no control characters.
///
/// Git is still asked to resolve it (``GitRepository`` turns it into a verified object id first),
/// so this only refuses text that no revision needs.
public struct GitRevision: Hashable, Sendable, CustomStringConvertible {
    /// The revision as typed.
    public let text: String

    /// Checks `text`.
    /// - Throws: ``GitError`` when it is empty, starts with `-` (git would take it as an option:
    ///   `--output=FILE` writes a file) or holds a control character.
    public init(_ text: String) throws(GitError) {
        guard !text.isEmpty else { throw GitError("the revision is empty") }
        guard !text.hasPrefix("-") else {
            throw GitError("'\(GitRevision.printable(text))' is not a revision: revisions cannot start with '-'")
        }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw GitError("'\(GitRevision.printable(text))' is not a revision: it holds a control character")
        }
        self.text = text
    }

    public var description: String { text }

    /// True when `text` is a full object id as git prints it (40 or 64 lowercase hex digits).
    static func isObjectID(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// `text` with control characters shown as `\u{..}`, safe to print in a message.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.flatMap { scalar -> [Character] in
            scalar.value < 0x20 || scalar.value == 0x7F ? Array("\\u{\(String(scalar.value, radix: 16))}") : [Character(scalar)]
        }.prefix(200))
    }
}
