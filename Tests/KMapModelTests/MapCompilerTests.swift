import KMapLanguage
import KMapModel
import Testing

@Suite struct MapCompilerTests {
    @Test func parserAndResolverDiagnosticsAreMergedByPosition() {
        let compiled = expectDiagnostics("""
            stakeholder teachers "Teachers"
            generation pdsa "PDSA" by 1️⃣nobody
            capture brief2️⃣
            application adopt "Adopt" status 3️⃣someday
            4️⃣pdsa -> pdsa
            """, [(1, .undefinedReference), (2, .missingLabel), (3, .invalidValue), (4, .selfFlow)])
        #expect(compiled.hasErrors)
    }

    @Test func compilingIsDeterministic() {
        let text = """
            generation 1 "x"
            stakeholder a "A" owner b
            consolidaton huddle "Huddle" by a, c, d routine sumary
            huddle -> x -> y
            """
        let first = MapCompiler.compile(SourceFile(path: "m.kmap", text: text))
        let second = MapCompiler.compile(SourceFile(path: "m.kmap", text: text))
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.diagnostics.map(\.range.start) == first.diagnostics.map(\.range.start).sorted())
    }

    @Test func warningsAloneAreNotErrors() {
        let compiled = MapCompiler.compile(SourceFile(path: "m.kmap", text: "generation pdsa \"PDSA\" technique made-up-thing\n"))
        #expect(compiled.diagnostics.map(\.id) == [.unknownTechnique])
        #expect(!compiled.hasErrors)
    }

    @Test func resolvingAnASTDirectlyMatchesCompiling() {
        let source = SourceFile(path: "m.kmap", text: "generation pdsa \"PDSA\" by nobody\n")
        let resolved = Resolver.resolve(Parser.parse(source).file, source: source)
        #expect(resolved.diagnostics.map(\.id) == [.undefinedReference] && resolved.hasErrors)
        #expect(resolved.map.activities.map(\.id) == MapCompiler.compile(source).map.activities.map(\.id))
    }
}
