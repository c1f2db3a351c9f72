import KMapLanguage
import Testing

/// Every syntax error is reported at the marked place, and parsing goes on after it.
@Suite struct ParserRecoveryTests {
    @Test func unterminatedStringIsReportedAtTheOpeningQuote() {
        expectDiagnostics("stakeholder a 1️⃣\"Teachers\nstakeholder b \"B\"", [("1️⃣", .unterminatedString)])
        let result = Parser.parse(SourceFile(path: "t", text: "stakeholder a \"Teachers\r\nstakeholder b \"B\""))
        guard case .entity(let entity) = result.file.statements.first else { Issue.record("no entity"); return }
        #expect(entity.label?.value == "Teachers")
        #expect(result.file.statements.count == 2)
    }

    @Test func unknownAttributeSuggestsTheClosestKeyword() {
        let marked = MarkedSource("generation pdsa \"P\" 1️⃣techniqe inquiry-cycle by teachers")
        let result = Parser.parse(marked.source)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.id == .unknownKeyword)
        #expect(diagnostic?.range.start == marked.offsets["1️⃣"])
        #expect(diagnostic?.message == "unknown attribute 'techniqe'; did you mean 'technique'?")
        #expect(diagnostic?.fixIt?.replacement == "technique")
        guard case .entity(let entity) = result.file.statements.first else { Issue.record("no entity"); return }
        #expect(entity.inlineAttributes.map(\.keyword.name) == ["by"])
    }

    @Test func missingCommaBetweenNamesGetsAHint() {
        let result = Parser.parse(SourceFile(path: "t", text: "capture brief \"B\" by coaches teachers"))
        #expect(result.diagnostics.map(\.id) == [.unknownKeyword])
        #expect(result.diagnostics.first?.notes.first?.message.contains("commas") == true)
    }

    @Test func missingLabelKeepsTheDeclaration() {
        expectDiagnostics("stakeholder teachers1️⃣ broker\nstakeholder b \"B\"", [("1️⃣", .missingLabel)])
        let file = Parser.parse(SourceFile(path: "t", text: "stakeholder teachers broker")).file
        guard case .entity(let entity) = file.statements.first else { Issue.record("declaration dropped"); return }
        #expect(entity.label == nil)
        #expect(entity.inlineAttributes.map(\.keyword.name) == ["broker"])
        expectDiagnostics("a -> b :1️⃣\nmap2️⃣", [("1️⃣", .missingLabel), ("2️⃣", .missingLabel)])
    }

    @Test func missingIDDropsTheStatementAndItsBlock() {
        expectDiagnostics("""
        stakeholder 1️⃣"Teachers"
        sharing 2️⃣{
          by teachers
        }
        a -> 3️⃣-> b
        capture brief "B"
        """, [("1️⃣", .missingIdentifier), ("2️⃣", .missingIdentifier), ("3️⃣", .missingIdentifier)])
        let file = Parser.parse(SourceFile(path: "t", text: "stakeholder \"T\"\nsharing {\n  by t\n}\ncapture brief \"B\"")).file
        #expect(file.statements.count == 1)
    }

    @Test func unclosedBlockIsReportedAtTheBrace() {
        let marked = MarkedSource("""
        sharing convening "C" 1️⃣{
          by coaches
        2️⃣capture brief "B"
        """)
        let result = Parser.parse(marked.source)
        #expect(result.diagnostics.map(\.id) == [.unclosedBlock])
        #expect(result.diagnostics.first?.range.start == marked.offsets["1️⃣"])
        #expect(result.diagnostics.first?.notes.first?.range?.start == marked.offsets["2️⃣"])
        #expect(result.file.statements.count == 2)
        expectDiagnostics("wave w \"W\" 1️⃣{\n  pdsa -> brief\n", [("1️⃣", .unclosedBlock)])
        expectDiagnostics("map \"M\" 1️⃣{\n  rules 2️⃣{\n    disable x\n", [("1️⃣", .unclosedBlock), ("2️⃣", .unclosedBlock)])
    }

    @Test func invalidEscapeIsReportedInsideTheString() {
        expectDiagnostics(#"stakeholder a "one1️⃣\ntwo" broker"#, [("1️⃣", .invalidEscape)])
    }

    @Test func invalidCharactersAreReportedOncePerRun() {
        expectDiagnostics("stakeholder a \"A\" 1️⃣$$ broker 2️⃣é\nstakeholder c \"C\" 3️⃣- broker", [
            ("1️⃣", .invalidCharacter), ("2️⃣", .invalidCharacter), ("3️⃣", .invalidCharacter),
        ])
    }

    @Test func unexpectedTokensSayWhatWasExpected() {
        let marked = MarkedSource("generation pdsa \"P\" every 1️⃣\"week\"\nmap \"M\" 2️⃣\"extra\"\n3️⃣}\nwave w \"W\" 4️⃣by")
        let result = Parser.parse(marked.source)
        #expect(result.diagnostics.map(\.id) == [.unexpectedToken, .unexpectedToken, .unexpectedToken, .unexpectedToken])
        #expect(result.diagnostics.map(\.range.start) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].map { marked.offsets[$0] })
        #expect(result.diagnostics.first?.message == "expected a cadence such as 'week' or '3 weeks' after 'every', found a string")
    }

    @Test func everyErrorIsReportedInOneRun() {
        expectDiagnostics("""
        stakeholder 1️⃣"no id"
        stakeholder b2️⃣
        generation pdsa "P" 3️⃣bye teachers
        capture brief 4️⃣"unterminated
        5️⃣@ sharing s "S" 6️⃣{
          by b
          7️⃣}
        """, [
            ("1️⃣", .missingIdentifier), ("2️⃣", .missingLabel), ("3️⃣", .unknownKeyword),
            ("4️⃣", .unterminatedString), ("5️⃣", .invalidCharacter),
        ])
    }

    @Test func closingBraceMustStandAlone() {
        expectDiagnostics("sharing s \"S\" {\n  by b 1️⃣}\ncapture c \"C\"", [("1️⃣", .unexpectedToken)])
    }

    @Test func declarationsOtherThanActivitiesAreRejectedInWaves() {
        expectDiagnostics("wave w \"W\" {\n  1️⃣stakeholder s \"S\"\n}", [("1️⃣", .unexpectedToken)])
    }

    @Test func arbitraryBytesNeverCrashOrHang() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("{}\",->:#\\\n\r\t abc1é🎉stakeholder wave map rules by".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let source = SourceFile(path: "t", text: String(decoding: bytes, as: UTF8.self))
            let result = Parser.parse(source)
            #expect(result.diagnostics.allSatisfy { $0.range.end <= source.bytes.count })
        }
    }
}
