import Mustache

/// How the HTML report's templates escape `{{value}}`: `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`,
/// the entities swift-mustache's own HTML escaping writes, found byte by byte.
///
/// swift-mustache escapes character by character with a dictionary lookup per `Character`: a
/// fifth of the report's time at 100,000 activities. Its per-`Character` lookup also leaves a
/// special character alone when a combining mark follows it (`"` + U+0301 is one `Character`,
/// not `"`), which would let a quote in map text end an attribute; here every such byte is
/// escaped. Each template selects it with `{{% CONTENT_TYPE: KMAP_HTML }}`
/// (``HTMLReport`` puts it before each) once ``register()`` ran.
struct ReportEscaping: MustacheContentType {
    /// The name the templates select it by.
    static let name = "KMAP_HTML"

    /// Makes the content type known to swift-mustache's parser (before any template is parsed).
    static func register() {
        MustacheContentTypes.register(ReportEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        Self.escaped(text)
    }

    /// `text` with `& < > " '` replaced by their entities; `text` itself when it has none.
    static func escaped(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { utf8 -> String? in
            var extra = 0
            for byte in utf8 { extra += entityLength(byte) }
            guard extra > 0 else { return nil }
            return String(unsafeUninitializedCapacity: utf8.count + extra) { output in
                var written = 0
                for byte in utf8 {
                    guard let entity = entity(byte) else {
                        output[written] = byte
                        written += 1
                        continue
                    }
                    entity.withUTF8Buffer { bytes in
                        for entityByte in bytes {
                            output[written] = entityByte
                            written += 1
                        }
                    }
                }
                return written
            }
        }
        return escaped ?? text
    }

    /// Appends `text` to `output` escaped as ``escaped(_:)`` escapes it, for the rows written
    /// straight into bytes (``HTMLFragment``): the runs with nothing to escape are copied whole.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for offset in utf8.indices {
                guard let entity = entity(utf8[offset]) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = offset + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// How many bytes the entity of `byte` adds to the text (0 when it is written as is).
    private static func entityLength(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "&"): 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): 3
        case UInt8(ascii: "\""): 5
        case UInt8(ascii: "'"): 4
        default: 0
        }
    }

    private static func entity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
