import KMapLanguageService

/// A test map with marked positions: each `⟨name⟩` is taken out of the text and recorded as the
/// protocol position where it stood (UTF-16 characters, as a client counts them).
struct MarkedMap {
    let text: String
    let marks: [String: TextPosition]

    init(_ marked: String) {
        var text = ""
        var marks: [String: TextPosition] = [:]
        var line = 0
        var character = 0
        var rest = Substring(marked)
        while let character0 = rest.first {
            if character0 == "⟨", let close = rest.firstIndex(of: "⟩") {
                marks[String(rest[rest.index(after: rest.startIndex)..<close])] = TextPosition(line: line, character: character)
                rest = rest[rest.index(after: close)...]
                continue
            }
            text.append(character0)
            if character0 == "\n" {
                line += 1
                character = 0
            } else {
                character += character0.utf16.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.marks = marks
    }

    subscript(_ name: String) -> TextPosition { marks[name]! }

    /// The map checked as `uri`.
    func checked(uri: String = "file:///tmp/test.kmap") -> CheckedDocument {
        CheckedDocument(TextDocument(uri: uri, version: 1, text: text), path: "/tmp/test.kmap")
    }
}

/// A small healthy map used by most tests.
enum Maps {
    static let literacy = MarkedMap("""
    map "Literacy network" {
      goal "Teachers apply tested routines"
      standard "A routine counts once it raised scores at three sites"
    }

    stakeholder ⟨teachersDecl⟩teachers "Classroom teachers"
    stakeholder coaches  "Instructional coaches" broker
    stakeholder principals "School leaders"

    repository drive "Shared drive"

    generation    ⟨pdsaDecl⟩pdsa      "PDSA cycles" by tea⟨byTeachers⟩chers every week technique inquiry-⟨technique⟩cycle
    consolidation huddle    "Site huddle" by teachers, coaches every month routine synthesis
    capture       brief     "Change brief" by coaches for principals
    sharing       convening "Convening" by coaches for ⟨audience⟩teachers, principals every quarter
    application   adopt     "Schools adopt" by principals

    ⟨pd⟩pdsa -> huddle -> brief -> drive
    drive -> convening -> adopt
    adopt -> ⟨pdsaUse⟩pdsa : "next cycle"

    """)
}
