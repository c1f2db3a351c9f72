import Foundation
import KMapTestSupport
import KMapText
import Testing

/// Escaped text read back by the parsers that real consumers use: xmllint and Python's XML,
/// csv and json readers. Each line gives the expected text in hexadecimal, so the reader does
/// not depend on Swift to decode it.
@Suite struct RealParserRoundTripTests {
    static let samples = RandomText.batch(400)
    static let python = findTool("python3")
    static let xmllint = findTool("xmllint")

    static func findTool(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: "\($0)/\(name)") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a Python script over `input`; it prints one line per mismatch.
    private func python(_ script: String, _ input: String) throws -> String {
        let outcome = try ChildProcess.run(try #require(Self.python), ["-c", script], input: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }

    @Test func xmlReadsBackAsTheCleanedText() throws {
        var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>\n"
        for sample in Self.samples {
            document += "<s h=\"\(RandomText.hex(PlainText.clean(sample)))\" a=\"\(XMLText.escape(sample))\">\(XMLText.escape(sample))</s>\n"
        }
        document += "</r>\n"
        let lint = try ChildProcess.run(try #require(Self.xmllint), ["--noout", "-"], input: document)
        #expect(lint.status == 0, "xmllint: \(lint.stderr)")
        let script = """
            import sys, xml.etree.ElementTree as ET
            for s in ET.fromstring(sys.stdin.buffer.read()):
                want = bytes.fromhex(s.get('h')).decode('utf-8')
                if s.get('a') != want or (s.text or '') != want: print(repr(want), repr(s.get('a')), repr(s.text))
            """
        let mismatches = try python(script, document)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func csvReadsBackAsTheCleanedText() throws {
        let csv = Self.samples.map { CSVText.line([RandomText.hex(PlainText.clean($0)), $0]) }.joined(separator: "\r\n") + "\r\n"
        let script = """
            import csv, io, sys
            def unguard(t):
                if t.startswith("'") and len(t) > 1 and (t[1] in "=+-@\\t\\r'"): return t[1:]
                return t
            for row in csv.reader(io.StringIO(sys.stdin.read(), newline='')):
                want = bytes.fromhex(row[0]).decode('utf-8')
                if len(row) != 2 or unguard(row[1]) != want: print(repr(want), repr(row))
            """
        let mismatches = try python(script, csv)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func jsonReadsBackAsTheExactText() throws {
        let lines = Self.samples.map { "[\(JSONText.quoted(RandomText.hex($0))),\(JSONText.quoted($0))]" }.joined(separator: "\n")
        let script = """
            import json, sys
            for line in sys.stdin.read().split('\\n'):
                hex, text = json.loads(line)
                want = bytes.fromhex(hex).decode('utf-8')
                if text != want: print(repr(want), repr(text))
            """
        let mismatches = try python(script, lines)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
