import Foundation
import Testing
@testable import KMapReport

@Suite struct JSONWriterTests {
    /// What Foundation's `JSONEncoder` writes for `value` with the options the export used to give it.
    private func encoderText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func written(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(layout: .foundationEncoder)
        write(&writer)
        return writer.finish()
    }

    @Test func doublesAreSpelledAsJSONEncoderSpellsThem() throws {
        let values: [Double] = [
            0, 0.5, 12, 1.2345678901234567, 0.1, 1.0 / 3, 91.3, 365.25, 1095.75, 0.037037037037037035, 0.3705246913580247,
            1e15, 1e16, 1e20, 1e-7, 123_456_789_012_345_680, 1.7976931348623157e308, -2.5, -0.0,
        ]
        let text = written { writer in
            writer.beginArray()
            for value in values { writer.double(value) }
            writer.endArray()
        }
        #expect(text == (try encoderText(values)))
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        var text = String((0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) })
        text += "/ é ☕ 😀 \u{2028}\u{2029}\u{FEFF}"
        #expect(written { $0.string(text) } == (try encoderText([text])).dropFirst(4).dropLast(2))
        #expect(written { $0.string(text) }.contains(#"\u0000\u0001"#))
    }

    @Test func layoutMatchesJSONEncoderWithEmptyAndNestedContainers() throws {
        struct Sample: Encodable {
            var empty: [Int] = []
            var flag = true
            var nested: [[String: Int]] = [[:], ["count": -42]]
            var text = "a/b"
        }
        let text = written { writer in
            writer.beginObject()
            writer.member("empty", ints: [])
            writer.member("flag", true)
            writer.key("nested")
            writer.beginArray()
            writer.beginObject()
            writer.endObject()
            writer.beginObject()
            writer.member("count", -42)
            writer.endObject()
            writer.endArray()
            writer.member("text", "a/b")
            writer.endObject()
        }
        #expect(text == (try encoderText(Sample())))
    }

    @Test func reportsLayoutWritesEmptyContainersClosed() {
        var writer = JSONWriter(layout: .reports)
        writer.beginObject()
        writer.member("list", strings: [])
        writer.member("none", nil)
        writer.key("raw")
        writer.raw(#"{"a":1}"#)
        writer.endObject()
        writer.endLine()
        #expect(writer.finish() == "{\n  \"list\": [],\n  \"none\": null,\n  \"raw\": {\"a\":1}\n}\n")
    }

    @Test func nonFiniteDoublesAreNull() {
        #expect(written { $0.double(.infinity) } == "null")
        #expect(written { $0.double(.nan) } == "null")
    }

    @Test func integersKeepTheirSign() {
        #expect(written { $0.int(Int.min) } == String(Int.min))
        #expect(written { $0.int(Int.max) } == String(Int.max))
        #expect(written { $0.int(0) } == "0")
    }

    /// Characters of two to four bytes come out whole, as text and as bytes.
    @Test func multibyteTextIsWrittenWhole() {
        let items = (0..<2_000).map { String(repeating: "é", count: $0 % 7) + "☕ 😀" }
        var writer = JSONWriter(layout: .reports)
        writer.beginArray()
        for item in items { writer.string(item) }
        writer.endArray()
        let expected = "[\n" + items.map { "  \"\($0)\"" }.joined(separator: ",\n") + "\n]"
        #expect(writer.finish() == expected)
        #expect(writer.finishUTF8() == Array(expected.utf8))
    }
}
