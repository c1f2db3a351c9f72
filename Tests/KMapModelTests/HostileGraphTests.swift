import KMapLanguage
import KMapModel
import Testing

/// Graph shapes that break naive code: huge duplicate runs, long chains, wide fans, self-loops
/// and cycles. Each resolves to a correct map or clear diagnostics in linear time.
///
/// Sizes are scaled for debug builds (20,000 duplicates); 100,000 duplicates and a
/// 1,000,000-step chain run against the release binary in `KMapCLITests` (a chain written one
/// flow per line is in `ResolverTests`).
@Suite struct HostileGraphTests {
    private func resolve(_ text: String) -> (map: KMap, diagnostics: [Diagnostic]) {
        let source = SourceFile(path: "hostile.kmap", text: text)
        let parsed = Parser.parse(source)
        let resolved = Resolver.resolve(parsed.file, source: source)
        return (resolved.map, parsed.diagnostics + resolved.diagnostics)
    }

    private func codes(_ diagnostics: [Diagnostic]) -> [String: Int] {
        diagnostics.reduce(into: [:]) { $0[$1.id.code, default: 0] += 1 }
    }

    @Test func twentyThousandDuplicateIDsAreEachReportedOnce() {
        let result = resolve(String(repeating: "generation dup \"Same\"\n", count: 20_000))
        #expect(codes(result.diagnostics) == ["E013": 19_999])
        #expect(result.map.activities.count == 1)
        let first = result.diagnostics.first
        #expect(first?.notes.first?.range == SourceRange(start: 11, end: 14), "points at the first declaration")
    }

    @Test func chainWrittenAsOneFlowStatementResolves() {
        let count = 20_000
        let declarations = (0..<count).map { "capture n\($0) \"N\"\n" }.joined()
        let chain = (0..<count).map { "n\($0)" }.joined(separator: " -> ")
        let result = resolve(declarations + chain + " : \"step\"\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.map.flows.count == count - 1)
        #expect(result.map.flows.allSatisfy { $0.label == "step" })
    }

    @Test func tenThousandWayFanOutAndFanIn() {
        let width = 10_000
        var text = "generation hub \"Hub\"\napplication sink \"Sink\"\n"
        for index in 0..<width { text += "sharing s\(index) \"S\"\nhub -> s\(index) -> sink\n" }
        let result = resolve(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.map.graph.outgoingFlows(of: 0).count == width)
        #expect(result.map.graph.incomingFlows(of: 1).count == width)
    }

    @Test func selfLoopsAreErrorsAndAreLeftOutOfTheGraph() {
        let result = resolve("generation a \"A\"\nrepository r \"R\"\na -> a\nr -> r\na -> r -> r -> a\n")
        #expect(codes(result.diagnostics) == ["E014": 3])
        #expect(result.map.flows.allSatisfy { $0.from != $0.to })
        #expect(result.map.flows.count == 2)
    }

    @Test func cyclesWithinAndAcrossPhasesResolve() {
        let text = """
            generation a "A"
            generation b "B"
            consolidation c "C"
            sharing s "S"
            application x "X"
            a -> b -> a
            a -> c -> s -> c
            s -> x -> a
            x -> s
            """
        let result = resolve(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.map.flows.count == 8)
    }

    @Test func flowsToUndeclaredNodesAreReportedOncePerReference() {
        let steps = (0..<10_000).map { "ghost\($0)" }.joined(separator: " -> ")
        let result = resolve("generation a \"A\"\na -> " + steps + "\n")
        #expect(codes(result.diagnostics) == ["E012": 10_000])
        #expect(result.map.flows.isEmpty)
    }
}
