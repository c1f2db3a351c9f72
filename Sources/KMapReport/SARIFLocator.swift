import Foundation
import KMapAnalysis
import KMapLanguage
import KMapText

/// SARIF locations in one file: a percent-encoded URI and 1-based lines and code-point columns,
/// regions ending exclusively.
struct SARIFLocator {
    let source: SourceFile
    let uri: String

    init(source: SourceFile) {
        self.source = source
        uri = source.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? source.path
    }

    /// A `location` object for `range`, with an `id` and a `message` for related locations.
    func location(_ range: SourceRange, id: Int? = nil, message: String? = nil) -> JSON {
        var members: [(String, JSON)] = []
        if let id { members.append(("id", .int(id))) }
        members.append(("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri))])),
            ("region", region(range)),
        ])))
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
    }

    /// A `region` object for `range`: 1-based lines and code-point columns, ending exclusively.
    func region(_ range: SourceRange) -> JSON {
        let (startLine, startColumn) = position(range.start)
        let (endLine, endColumn) = position(range.end)
        return .object([
            ("startLine", .int(startLine)), ("startColumn", .int(startColumn)),
            ("endLine", .int(endLine)), ("endColumn", .int(endColumn)),
        ])
    }

    private func position(_ offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), source.bytes.count)
        let line = source.line(of: clamped)
        let start = source.lineStarts[line - 1]
        return (line, String(decoding: source.bytes[start..<clamped], as: UTF8.self).unicodeScalars.count + 1)
    }
}

/// Fingerprints that follow a finding across edits: derived from its rule, its subject and its
/// file, never from its line, so moving text does not make code scanning see a new alert. The
/// second finding with the same rule and subject in a file gets `:2`, and so on.
struct SARIFFingerprints {
    /// The key under `partialFingerprints`.
    static let key = "kmapFinding/v1"

    private var occurrences: [String: Int] = [:]

    /// The fingerprint of `finding` in the file at `path`: 16 hex digits of a 64-bit FNV-1a hash.
    mutating func next(for finding: Finding, path: String) -> String {
        next(code: finding.code, subject: finding.key, path: path)
    }

    /// The fingerprint of the `code` problem about `subject` (for a diagnostic, its message).
    mutating func next(code: String, subject: String, path: String) -> String {
        let identity = "\(code)\u{0}\(subject)\u{0}\(path)"
        occurrences[identity, default: 0] += 1
        let count = occurrences[identity]!
        return FNVHash.hex(identity.utf8) + (count > 1 ? ":\(count)" : "")
    }
}
