import KMapLanguageService
import KMapTestSupport

/// A test map with marked positions (see ``MarkedText``), checked by the language service.
struct MarkedMap {
    let text: String
    let marks: [String: TextPosition]

    init(_ marked: String) {
        let parsed = MarkedText(marked)
        text = parsed.text
        marks = parsed.marks.mapValues { TextPosition(line: $0.line, character: $0.character) }
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
