#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an input could not be turned into a ``SourceFile``.
///
/// The error carries a ``Diagnostic`` (E001, E002 or E003) and the ``SourceFile`` it points into,
/// so it prints through ``DiagnosticRenderer`` like every other diagnostic. For a file that could
/// not be read at all, `source` holds no text and the diagnostic prints without an excerpt.
public struct LoadError: Error, Sendable {
    public var diagnostic: Diagnostic
    public var source: SourceFile

    public init(_ diagnostic: Diagnostic, in source: SourceFile) {
        self.diagnostic = diagnostic
        self.source = source
    }
}

/// Reads `.kmap` inputs from disk or memory and checks that they are valid UTF-8.
public enum SourceLoader {
    /// The default limit on input size: 256 MiB. A generated 1,000,000-activity map (186 MB)
    /// passes with 44% to spare; a file near the limit needs about 3 GB of memory to check, so the
    /// limit still stops an endless stream or a mistaken file before it exhausts the machine.
    public static let defaultMaxBytes = 256 << 20

    /// The largest input kmap can read, whatever the limit: 4 GiB - 1 bytes, since ``SourceRange``
    /// offsets are 32-bit.
    public static let largestInput = Int(UInt32.max)

    /// Reads the file at `path` and decodes it.
    ///
    /// Fails with E002 when the file is missing, a directory or unreadable, with E003 when it is
    /// larger than `maxBytes`, and with E001 when it is not valid UTF-8.
    public static func load(path: String, maxBytes: Int = defaultMaxBytes) -> Result<SourceFile, LoadError> {
        let maxBytes = min(maxBytes, largestInput)
        return finish(FileReader.readAll(path: path, maxBytes: maxBytes), path: path, maxBytes: maxBytes)
    }

    /// Reads standard input, stopping as soon as it passes `maxBytes` (E003: an endless stream
    /// such as `/dev/zero` is never read to its end), then decodes it as ``load(path:maxBytes:)`` does.
    public static func loadStandardInput(maxBytes: Int = defaultMaxBytes, path: String = "<stdin>") -> Result<SourceFile, LoadError> {
        let maxBytes = min(maxBytes, largestInput)
        return finish(FileReader.readAll(descriptor: STDIN_FILENO, maxBytes: maxBytes), path: path, maxBytes: maxBytes)
    }

    private static func finish(_ read: Result<[UInt8], FileReader.Failure>, path: String, maxBytes: Int) -> Result<SourceFile, LoadError> {
        switch read {
        case .success(let bytes):
            return decode(bytes: bytes, path: path, maxBytes: maxBytes)
        case .failure(.tooLarge):
            return .failure(tooLarge(path: path, maxBytes: maxBytes))
        case .failure(.unreadable(let reason)):
            let diagnostic = Diagnostic(.unreadableFile, at: .empty(at: 0), "cannot read '\(path)': \(reason)")
            return .failure(LoadError(diagnostic, in: SourceFile(path: path, text: "")))
        }
    }

    /// Decodes bytes already in memory (tests, git). A leading byte-order mark is
    /// dropped; `\r\n` line ends are kept and handled by the lexer.
    public static func decode(bytes: [UInt8], path: String, maxBytes: Int = defaultMaxBytes) -> Result<SourceFile, LoadError> {
        let maxBytes = min(maxBytes, largestInput)
        if bytes.count > maxBytes { return .failure(tooLarge(path: path, maxBytes: maxBytes)) }
        guard let offset = UTF8Validation.firstInvalidOffset(in: bytes) else {
            return .success(SourceFile(path: path, validUTF8: bytes))
        }
        return .failure(invalidUTF8(bytes: bytes, at: offset, path: path))
    }

    private static func tooLarge(path: String, maxBytes: Int) -> LoadError {
        let message = "'\(path)' is larger than the input size limit of \(maxBytes) bytes"
            + " (\(describeSize(maxBytes))); raise the limit with --max-input-size"
        return LoadError(Diagnostic(.inputTooLarge, at: .empty(at: 0), message), in: SourceFile(path: path, text: ""))
    }

    /// E001 pointing at the invalid byte, shown in an excerpt of the text up to the end of its
    /// line (the invalid byte itself appears as U+FFFD).
    private static func invalidUTF8(bytes: [UInt8], at offset: Int, path: String) -> LoadError {
        let lineEnd = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let prefix = SourceFile(path: path, text: String(decoding: bytes[..<offset], as: UTF8.self))
        let excerpt = SourceFile(path: path, text: String(decoding: bytes[..<lineEnd], as: UTF8.self))
        let start = prefix.bytes.count
        let replacementLength = 3
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        let message = "invalid UTF-8 at byte offset \(offset) (byte 0x\(byte.count == 1 ? "0" + byte : byte));"
            + " save the file as UTF-8"
        let range = SourceRange(start: start, end: min(start + replacementLength, excerpt.bytes.count))
        return LoadError(Diagnostic(.invalidUTF8, at: range, message), in: excerpt)
    }

    private static func describeSize(_ bytes: Int) -> String {
        let mebibyte = 1 << 20
        if bytes >= mebibyte, bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}

/// Reads whole files with POSIX calls, so the reason for a failure can be named precisely.
enum FileReader {
    enum Failure: Error {
        case unreadable(String)
        case tooLarge
    }

    static func readAll(path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(descriptor) }
        return readAll(descriptor: descriptor, maxBytes: maxBytes)
    }

    /// Reads an open descriptor to its end, counting while reading: an endless stream
    /// (`/dev/zero`, a pipe) stops one chunk past `maxBytes`.
    static func readAll(descriptor: Int32, maxBytes: Int) -> Result<[UInt8], Failure> {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable("it is a directory, not a file")) }
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maxBytes { return .failure(.tooLarge) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, min(Int(info.st_size), maxBytes)) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes { return .failure(.tooLarge) }
        }
        return .success(bytes)
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "it is a directory, not a file"
        case ENOTDIR: "a component of the path is not a directory"
        default: String(cString: strerror(code))
        }
    }
}
