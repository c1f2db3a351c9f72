import Foundation

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// Whether ANSI colour should be used on standard error, honouring `--color` and `NO_COLOR`.
    static func useColor(_ choice: ColorChoice, fileDescriptor: Int32 = STDERR_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isatty(fileDescriptor) == 1
        }
    }

    /// Writes to standard error (nothing for empty text).
    static func printError(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes to standard output without buffering surprises.
    static func printOut(_ text: String) {
        var output = StandardOutput()
        output.write(text)
        output.flush()
    }

    /// Writes UTF-8 text to standard output, as it is.
    static func printOut(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { StandardOutput.writeAll($0) }
    }
}

/// Standard output as a text stream: text gathers in a 64 KB buffer written out whenever it
/// fills, so long output (the findings of a large map) is never held whole. Call ``flush()``
/// when done.
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    init() {
        buffer.reserveCapacity(capacity)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if buffer.count + bytes.count > capacity { flush() }
            if bytes.count >= capacity {
                Self.writeAll(bytes)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }
    }

    /// Writes out what the buffer holds.
    mutating func flush() {
        buffer.withUnsafeBufferPointer { Self.writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying after interruptions and partial writes; stops quietly when
    /// standard output is closed (as `head` does), like `FileHandle` writes did.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(STDOUT_FILENO, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            next += written
            left -= written
        }
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}
