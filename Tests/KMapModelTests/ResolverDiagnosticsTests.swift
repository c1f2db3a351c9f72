import KMapLanguage
import KMapModel
import Testing

/// Resolving a whole parse result: the parser's and the resolver's diagnostics as one list.
@Suite struct ResolverDiagnosticsTests {
    @Test func parserAndResolverDiagnosticsAreMergedByPosition() {
        let compiled = expectDiagnostics("""
            stakeholder teachers "Teachers"
            generation pdsa "PDSA" by 1️⃣nobody
            capture brief2️⃣
            application adopt "Adopt" status 3️⃣someday
            4️⃣pdsa -> pdsa
            """, [(1, .undefinedReference), (2, .missingLabel), (3, .invalidValue), (4, .selfFlow)])
        #expect(compiled.diagnostics.hasErrors)
    }

    @Test func resolvingIsDeterministic() {
        let text = """
            generation 1 "x"
            stakeholder a "A" owner b
            consolidaton huddle "Huddle" by a, c, d routine sumary
            huddle -> x -> y
            """
        let first = resolving(SourceFile(path: "m.kmap", text: text))
        let second = resolving(SourceFile(path: "m.kmap", text: text))
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.diagnostics.map(\.range.start) == first.diagnostics.map(\.range.start).sorted())
    }

    @Test func warningsAloneAreNotErrors() {
        let compiled = resolving(SourceFile(path: "m.kmap", text: "generation pdsa \"PDSA\" technique made-up-thing\n"))
        #expect(compiled.diagnostics.map(\.id) == [.unknownTechnique])
        #expect(!compiled.diagnostics.hasErrors)
    }

    @Test func resolvingATreeMatchesResolvingItsParseResult() {
        let source = SourceFile(path: "m.kmap", text: "generation pdsa \"PDSA\" by nobody\n")
        let resolved = Resolver.resolve(Parser.parse(source).file, source: source)
        #expect(resolved.diagnostics.map(\.id) == [.undefinedReference] && resolved.diagnostics.hasErrors)
        #expect(resolved.map.activities.map(\.id) == resolving(source).map.activities.map(\.id))
    }
}
