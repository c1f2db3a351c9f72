import KMapLanguage
import Testing

/// Inputs that arrive from spreadsheets, copy-paste and many hands: each must end in a clear
/// diagnostic or a correct tree, never a crash, and in time linear in its size.
///
/// The largest inputs here are smaller than the CLI suite's (debug builds are slow); the full-size
/// versions (10 MB, a 1,000,000-step chain) run against the release binary in `KMapCLITests`.
@Suite struct HostileInputTests {
    private func parse(_ text: String) -> ParseResult {
        Parser.parse(SourceFile(path: "hostile.kmap", text: text))
    }

    private func parse(bytes: [UInt8]) throws -> ParseResult {
        Parser.parse(try SourceLoader.decode(bytes: bytes, path: "hostile.kmap").get())
    }

    private func codes(_ result: ParseResult) -> Set<String> { Set(result.diagnostics.map(\.id.code)) }

    @Test func emptyFileHasNoStatementsAndNoErrors() {
        let result = parse("")
        #expect(result.file.statements.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func fileOfOnlyCommentsKeepsThemAndDeclaresNothing() {
        let result = parse("# one\n\n   # two  \n#\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.comments.map(\.text) == [" one", " two", ""])
        #expect(!result.file.statements.contains { if case .entity = $0 { true } else { false } })
    }

    @Test func byteOrderMarkAndCRLFParseLikePlainText() throws {
        let plain = parse("stakeholder a \"A\"\ngeneration g \"G\" by a\ng -> h\n")
        let windows = try parse(bytes: [0xEF, 0xBB, 0xBF] + Array("stakeholder a \"A\"\r\ngeneration g \"G\" by a\r\ng -> h\r\n".utf8))
        #expect(windows.diagnostics.isEmpty)
        #expect(windows.file.withoutRanges() == plain.file.withoutRanges())
    }

    @Test func byteOrderMarkInTheMiddleIsAnInvalidCharacter() throws {
        let result = try parse(bytes: Array("generation a \"A\"\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("sharing b \"B\"\n".utf8))
        #expect(codes(result) == ["E006"])
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let bytes = Array("generation a \"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        guard case .failure(let error) = SourceLoader.decode(bytes: bytes, path: "latin1.kmap") else {
            Issue.record("Latin-1 text was accepted as UTF-8")
            return
        }
        #expect(error.diagnostic.id.code == "E001")
        #expect(error.diagnostic.message.contains("byte offset 17 (byte 0xE9)"))
    }

    @Test func nulBytesOutsideStringsAreInvalidCharactersReportedOncePerRun() throws {
        let result = try parse(bytes: Array("generation a \"A\"".utf8) + [0, 0, 0] + Array("\nsharing b \"B\"\n".utf8))
        #expect(result.diagnostics.map(\.id.code) == ["E006"])
        #expect(result.diagnostics.first?.range.start == 16)
    }

    @Test func nulBytesInsideALabelAreKeptAsText() throws {
        let result = try parse(bytes: Array("generation a \"A".utf8) + [0] + Array("B\"\n".utf8))
        #expect(result.diagnostics.isEmpty)
        guard case .entity(let entity) = result.file.statements.first else { Issue.record("no activity"); return }
        #expect(entity.label?.value == "A\u{0}B")
    }

    private static let megabyte = String(repeating: "x", count: 1 << 20)

    @Test func megabyteLabelIsKept() {
        let result = parse("generation a \"\(Self.megabyte)\"\n")
        #expect(result.diagnostics.isEmpty)
        guard case .entity(let entity) = result.file.statements.first else { Issue.record("no activity"); return }
        #expect(entity.label?.value.utf8.count == 1 << 20)
    }

    @Test func megabyteCommentIsKept() {
        #expect(parse("#" + Self.megabyte + "\n").file.comments.first?.text.utf8.count == 1 << 20)
    }

    @Test func megabyteUnterminatedStringIsOneError() {
        #expect(parse("capture c \"" + Self.megabyte).diagnostics.map(\.id.code) == ["E004"])
    }

    @Test func megabyteOfInvalidCharactersIsOneError() {
        let result = parse(String(repeating: "$%", count: 1 << 19) + "\n")
        #expect(result.diagnostics.map(\.id.code) == ["E006"])
    }

    @Test func hundredThousandAttributesOnOneLineAreAllKept() {
        let result = parse("generation a \"A\"" + String(repeating: " note \"n\"", count: 100_000) + "\n")
        #expect(result.diagnostics.isEmpty)
        guard case .entity(let entity) = result.file.statements.first else { Issue.record("no activity"); return }
        #expect(entity.inlineAttributes.count == 100_000)
    }

    /// 2,000 errors on one 20 KB line: each is printed with a window of the line, not all of it,
    /// and finding its column does not count from the start of the line (both were quadratic).
    @Test func manyErrorsOnOneLongLineRenderInLinearTime() {
        let source = SourceFile(path: "hostile.kmap", text: "generation a \"é\" " + String(repeating: "note ", count: 4_000) + "\n")
        let clock = ContinuousClock()
        let started = clock.now
        let diagnostics = Parser.parse(source).diagnostics
        #expect(diagnostics.count == 2_000)
        let text = DiagnosticRenderer.render(diagnostics, in: source, limit: .max)
        let json = DiagnosticJSON.encode(diagnostics, in: source)
        #expect(clock.now - started < .seconds(20))
        #expect(text.utf8.count < diagnostics.count * 700, "each excerpt shows a window of the line")
        #expect(text.contains("hostile.kmap:1:20013: error"))
        #expect(json.contains("\"column\":20013"))
        #expect(text.contains("  1 | …") && text.contains("…\n"), "a long line is cut on both sides")
    }

    @Test func longFlowLineOfTenThousandStepsIsOneFlow() {
        let steps = (0..<10_000).map { "n\($0)" }.joined(separator: " -> ")
        let result = parse(steps + "\n")
        #expect(result.diagnostics.isEmpty)
        guard case .flow(let flow) = result.file.statements.first else { Issue.record("no flow"); return }
        #expect(flow.steps.count == 10_000)
    }

    @Test func oneStatementRepeatedForAMegabyteParsesEveryCopy() {
        let statement = "a -> b : \"again\"\n"
        let copies = (1 << 20) / statement.utf8.count
        let result = parse(String(repeating: statement, count: copies))
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.statements.count == copies)
    }

    @Test func manyBrokenLinesAreEachReportedAndRecovered() {
        let result = parse(String(repeating: "stakeholder \"no id\"\nsharing s \"S\" {\n", count: 2_000))
        #expect(result.diagnostics.count >= 2_000)
        #expect(codes(result).isSubset(of: ["E010", "E011", "E007"]))
    }

    @Test func unclosedBlocksAndStrayBracesRecover() {
        let result = parse("}\n}\nsharing s \"S\" {\n  by a\nwave w \"W\" {\n{\n}\n")
        #expect(!result.diagnostics.isEmpty)
        #expect(result.file.statements.contains { if case .entity(let e) = $0 { e.id.name == "s" } else { false } })
    }
}
