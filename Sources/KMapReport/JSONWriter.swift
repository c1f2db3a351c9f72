import KMapText

/// Writes JSON text value after value, with two-space indentation.
///
/// Containers are opened and closed in order (`beginObject`, `key`, a value, ..., `endObject`);
/// nothing is built in between, so writing is linear in the output and nests as deep as the
/// caller does without recursion. Keys are written in the order given: a caller that wants them
/// sorted writes them sorted.
///
/// The text is gathered as UTF-8 bytes and made a `String` (or handed over as bytes) once, at
/// the end: appending each piece to a `String` cost more, and bytes written to a file need no
/// `String` at all.
///
/// Strings are escaped by ``JSONText``, as Foundation's `JSONEncoder` escapes them. A writer
/// holds its text by reference (``StagedBytes``): a copy of it writes into the same text.
struct JSONWriter {
    /// Where the writer puts spaces and line breaks.
    enum Layout {
        /// `"key": value`; empty containers as `[]` and `{}`.
        case reports
        /// The layout of Foundation's `JSONEncoder` with `.prettyPrinted`: `"key" : value`; an
        /// empty container as its brackets around an empty line.
        case foundationEncoder
    }

    /// The text written so far, in UTF-8.
    private let bytes: StagedBytes
    private let keySeparator: StaticString
    private let breaksEmptyContainers: Bool
    private var depth = 0
    /// Whether the innermost open container has no member yet.
    private var isEmptyContainer = false
    /// Whether a key was just written, so the next value follows it on the same line.
    private var followsKey = false
    /// A line break and the spaces of 32 levels of indentation, copied (not counted out) per
    /// line; a constant, so copying it retains nothing.
    private static let lineStart: StaticString = "\n                                                                "

    /// A writer whose text starts with room for `capacity` bytes.
    init(layout: Layout, capacity: Int = 0) {
        switch layout {
        case .reports: (keySeparator, breaksEmptyContainers) = (": ", false)
        case .foundationEncoder: (keySeparator, breaksEmptyContainers) = (" : ", true)
        }
        bytes = StagedBytes(capacity: capacity)
    }

    /// The text written.
    func finish() -> String {
        String(decoding: bytes.bytes, as: UTF8.self)
    }

    /// The text written, as UTF-8 bytes (every piece written was valid UTF-8).
    consuming func finishUTF8() -> [UInt8] {
        bytes.bytes
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member named by a constant of the code, which has nothing to escape
    /// (letters and digits); its value is the next thing written.
    mutating func key(_ name: StaticString) {
        startMember()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        bytes.append(UInt8(ascii: "\""))
        append(keySeparator)
        followsKey = true
    }

    /// Starts an object member whose name is made at run time, escaped as strings are.
    mutating func key(named name: String) {
        startMember()
        appendQuoted(name)
        append(keySeparator)
        followsKey = true
    }

    mutating func string(_ text: String) {
        startValue()
        appendQuoted(text)
    }

    mutating func int(_ value: Int) {
        startValue()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // The digits from the last, into room on the stack for the longest (20), then copied at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }

    /// The shortest text that reads back as `value`, without a trailing `.0` (`0.5`, `12`, `1e-07`),
    /// as `JSONEncoder` writes it. JSON has no spelling for infinities and NaN: they are written as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        startValue()
        let text = value.description
        bytes.appendDirectly { $0.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...]) }
    }

    mutating func bool(_ value: Bool) {
        startValue()
        append(value ? "true" : "false")
    }

    mutating func null() {
        startValue()
        append("null")
    }

    /// Text that already is JSON, inserted as is.
    mutating func raw(_ json: String) {
        startValue()
        bytes.appendDirectly { $0.append(contentsOf: json.utf8) }
    }

    /// Ends the document's last line.
    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        isEmptyContainer = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmptyContainer {
            lineBreak()
        } else if breaksEmptyContainers {
            bytes.append(UInt8(ascii: "\n"))
            lineBreak()
        }
        bytes.append(bracket)
        isEmptyContainer = false
    }

    /// Before a value: nothing after a key or at the top level, else a new array item.
    private mutating func startValue() {
        if followsKey {
            followsKey = false
        } else if depth > 0 {
            startMember()
        }
    }

    private mutating func startMember() {
        if !isEmptyContainer { bytes.append(UInt8(ascii: ",")) }
        isEmptyContainer = false
        lineBreak()
    }

    /// A line break and the indentation of the current depth.
    private mutating func lineBreak() {
        Self.lineStart.withUTF8Buffer { lineStart in
            var spaces = 2 * depth
            bytes.append(UnsafeBufferPointer(rebasing: lineStart[...min(spaces, lineStart.count - 1)]))
            spaces -= lineStart.count - 1
            while spaces > 0 {
                bytes.append(UnsafeBufferPointer(rebasing: lineStart[1...min(spaces, lineStart.count - 1)]))
                spaces -= lineStart.count - 1
            }
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append($0) }
    }

    /// `text` in quotes; runs with nothing to escape (usually all of it) are copied whole.
    private mutating func appendQuoted(_ text: String) {
        bytes.appendDirectly { JSONText.appendQuoted(text, to: &$0) }
    }
}

/// Object members of one line: a key and its value.
extension JSONWriter {
    /// `text`, or null when absent.
    mutating func member(_ key: StaticString, _ text: String?) {
        self.key(key)
        if let text { string(text) } else { null() }
    }

    mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key)
        int(value)
    }

    mutating func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    mutating func member(_ key: StaticString, strings: some Sequence<String>) {
        self.key(key)
        beginArray()
        for text in strings { string(text) }
        endArray()
    }

    mutating func member(_ key: StaticString, ints: some Sequence<Int>) {
        self.key(key)
        beginArray()
        for value in ints { int(value) }
        endArray()
    }
}
