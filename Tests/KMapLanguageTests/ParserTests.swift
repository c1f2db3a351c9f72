import KMapLanguage
import Testing

@Suite struct ParserTests {
    static let example = """
    # Literacy improvement network
    map "Literacy improvement network" {
      goal "Teachers across the network apply tested literacy routines"
      standard "A change idea counts as knowledge once it raised reading scores at 3+ sites"
    }

    stakeholder teachers   "Classroom teachers"
    stakeholder coaches    "Instructional coaches" broker

    generation    pdsa      "PDSA cycles in classrooms" by teachers every week technique inquiry-cycle
    sharing       convening "Network convening" {
      by coaches
      for teachers, principals
      every 3 months
    }

    pdsa -> huddle -> brief : "findings"
    """

    @Test func parsesTheLanguageExample() throws {
        let file = parseClean(Self.example)
        #expect(file.statements.count == 10)
        guard case .header(let header) = file.statements[1] else { Issue.record("no header"); return }
        #expect(header.title?.value == "Literacy improvement network")
        #expect(header.block?.attributes.map(\.keyword.name) == ["goal", "standard"])
        guard case .entity(let coaches) = file.statements[4] else { Issue.record("no stakeholder"); return }
        #expect(coaches.kind == .stakeholder)
        #expect(coaches.inlineAttributes.map(\.value) == [.flag])
        guard case .entity(let pdsa) = file.statements[6] else { Issue.record("no activity"); return }
        #expect(pdsa.kind == .activity)
        #expect(pdsa.keyword.name == "generation")
        #expect(pdsa.inlineAttributes.map(\.keyword.name) == ["by", "every", "technique"])
        guard case .entity(let convening) = file.statements[7] else { Issue.record("no block"); return }
        let cadence = convening.block?.attributes.last?.value
        guard case .cadence(let every) = cadence else { Issue.record("no cadence"); return }
        #expect(every.count == 3 && every.unit.name == "months")
        guard case .flow(let flow) = file.statements[9] else { Issue.record("no flow"); return }
        #expect(flow.steps.map(\.name) == ["pdsa", "huddle", "brief"])
        #expect(flow.label?.value == "findings")
        #expect(file.comments.map(\.text) == [" Literacy improvement network"])
    }

    @Test func statementKindsAreDecidedByTheirFirstWords() {
        let file = parseClean("""
        repository drive "Drive" owner coaches
        activity review "Review" phase review
        generaton pdsa "Typo in the phase is the resolver's concern"
        a->b
        """)
        let kinds = file.statements.compactMap { statement -> String? in
            switch statement {
            case .entity(let entity): "\(entity.kind.rawValue):\(entity.keyword.name):\(entity.id.name)"
            case .flow(let flow): "flow:" + flow.steps.map(\.name).joined(separator: ",")
            default: nil
            }
        }
        #expect(kinds == [
            "repository:repository:drive", "activity:activity:review", "activity:generaton:pdsa", "flow:a,b",
        ])
    }

    @Test func headerRulesBlockNestsOneLevel() {
        let file = parseClean("""
        map "Engineering" {
          phases create, identify, share
          rules { # analysis settings
            disable cadence-mismatch
            severity open-loop error
          } # end of rules
        }
        """)
        guard case .header(let header) = file.statements.first, let rules = header.block?.attributes.last,
              case .block(let block) = rules.value else { Issue.record("no rules block"); return }
        #expect(rules.trailingComment?.text == " analysis settings")
        #expect(block.closingComment?.text == " end of rules")
        #expect(block.attributes.map(\.keyword.name) == ["disable", "severity"])
        guard case .names(let severity) = block.attributes.last?.value else { Issue.record("no severity"); return }
        #expect(severity.map(\.name) == ["open-loop", "error"])
    }

    @Test func wavesHoldActivitiesAndFlows() {
        let file = parseClean("""
        wave reading "Reading routines" {
          generation pdsa "PDSA cycles" by teachers

          pdsa -> brief
        } # reading
        """)
        guard case .wave(let wave) = file.statements.first else { Issue.record("no wave"); return }
        #expect(wave.id.name == "reading")
        #expect(wave.body.count == 3)
        #expect(wave.body[1] == .blankLine)
        #expect(wave.closingComment?.text == " reading")
    }

    @Test func commentsAttachWhereTheyStand() {
        let file = parseClean("""
        # own line
        stakeholder a "A" # after a declaration
        sharing s "S" { # after the brace
          # inside the block
          by a, b # after an attribute
        }
        """)
        #expect(file.comments.map(\.text) == [
            " own line", " after a declaration", " after the brace", " inside the block", " after an attribute",
        ])
        guard case .entity(let sharing) = file.statements[2], let block = sharing.block else { Issue.record("no block"); return }
        #expect(sharing.trailingComment?.text == " after the brace")
        guard case .comment(let inside) = block.items[0], case .attribute(let by) = block.items[1] else {
            Issue.record("unexpected items \(block.items)"); return
        }
        #expect(inside.text == " inside the block")
        #expect(by.trailingComment?.text == " after an attribute")
    }

    @Test func blankLinesCollapseAndAreDroppedAtTheEdges() {
        let file = parseClean("\n\n  \nstakeholder a \"A\"\n\n\n\nstakeholder b \"B\"\n\n\n")
        #expect(file.statements.count == 3)
        #expect(file.statements[1] == .blankLine)
    }

    @Test func stringEscapesAreDecoded() {
        let file = parseClean(#"stakeholder a "say \"hi\" \\ é 🎉""#)
        guard case .entity(let entity) = file.statements.first else { Issue.record("no entity"); return }
        #expect(entity.label?.value == #"say "hi" \ é 🎉"#)
    }

    @Test func crlfTabsAndEmptyInputsParse() {
        let crlf = parseClean("stakeholder a \"A\" # note\r\n\r\n\tstakeholder\tb\t\"B\"\r\n")
        #expect(crlf.statements.count == 3)
        #expect(crlf.comments.first?.text == " note")
        #expect(parseClean("").statements.isEmpty)
        #expect(parseClean("\n\n").statements.isEmpty)
        let bom = SourceFile(path: "bom.kmap", text: "\u{FEFF}stakeholder a \"A\"")
        #expect(Parser.parse(bom).diagnostics.isEmpty)
    }

    @Test func rangesCoverTheDeclaration() {
        let marked = MarkedSource("1️⃣stakeholder a \"A\" broker2️⃣ # c")
        let file = Parser.parse(marked.source).file
        guard case .entity(let entity) = file.statements.first else { Issue.record("no entity"); return }
        #expect(entity.range == SourceRange(start: marked.offsets["1️⃣"]!, end: marked.offsets["2️⃣"]!))
    }

    @Test func longFlowChainsParseWithoutRecursion() {
        let chain = (0..<100_000).map { "n\($0)" }.joined(separator: " -> ")
        let file = parseClean(chain)
        guard case .flow(let flow) = file.statements.first else { Issue.record("no flow"); return }
        #expect(flow.steps.count == 100_000)
    }
}
