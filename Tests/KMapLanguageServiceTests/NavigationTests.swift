import KMapLanguageService
import Testing

@Suite struct NavigationTests {
    let document = Maps.literacy.checked()

    @Test func definitionOfAUseIsTheDeclaration() {
        let definition = document.definition(at: Maps.literacy["pdsaUse"])
        #expect(definition?.range.start == Maps.literacy["pdsaDecl"])
        #expect(document.definition(at: Maps.literacy["byTeachers"])?.range.start == Maps.literacy["teachersDecl"])
    }

    @Test func referencesListEveryUseWithOrWithoutTheDeclaration() {
        let all = document.references(at: Maps.literacy["teachersDecl"])
        #expect(all.count == 4) // declared, by (pdsa), by (huddle), for (convening)
        #expect(all.map(\.range.start).contains(Maps.literacy["audience"]))
        #expect(document.references(at: Maps.literacy["audience"], includeDeclaration: false).count == 3)
    }

    @Test func prepareRenameNamesTheIdUnderTheCursor() throws {
        let target = try #require(document.prepareRename(at: Maps.literacy["pd"]))
        #expect(target.placeholder == "pdsa")
        #expect(target.range.start == Maps.literacy["pd"])
        #expect(document.prepareRename(at: TextPosition(line: 1, character: 4)) == nil) // on `goal`
    }

    @Test func renameChangesEveryOccurrence() throws {
        let edits = try document.rename(at: Maps.literacy["pdsaUse"], to: "inquiry").get()
        #expect(edits.count == 3)
        #expect(Set(edits.map(\.newText)) == ["inquiry"])
        #expect(edits.map(\.range.start).contains(Maps.literacy["pdsaDecl"]))
    }

    @Test func renameRefusesAClashOrANameThatIsNotAnId() {
        guard case .failure(let clash) = document.rename(at: Maps.literacy["pdsaDecl"], to: "huddle") else {
            Issue.record("a clashing name was accepted")
            return
        }
        #expect(clash.message.contains("already names the activity declared on line 13"))
        guard case .failure(let invalid) = document.rename(at: Maps.literacy["pdsaDecl"], to: "two words") else {
            Issue.record("a name with a space was accepted")
            return
        }
        #expect(invalid.message.contains("is not an id"))
        // Renaming to the same name is allowed: nothing clashes with itself.
        #expect((try? document.rename(at: Maps.literacy["pdsaDecl"], to: "pdsa").get())?.count == 3)
    }
}
