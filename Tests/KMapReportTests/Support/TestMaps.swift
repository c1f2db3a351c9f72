import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel

/// Maps for report tests: parsed, resolved and analysed from text or from the example maps.
enum TestMaps {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Parses, resolves and analyses `text`; the diagnostics of both stages come back too.
    static func analyse(_ text: String, path: String = "test.kmap") -> (analysis: AnalysisResult, diagnostics: [Diagnostic]) {
        let source = SourceFile(path: path, text: text)
        let parsed = Parser.parse(source)
        let resolved = Resolver.resolve(parsed.file, source: source)
        return (Analyzer.analyze(resolved.map), parsed.diagnostics + resolved.diagnostics)
    }

    /// The analysis of an example map in `maps/`.
    static func example(_ name: String) throws -> AnalysisResult {
        let url = root.appendingPathComponent("maps").appendingPathComponent(name)
        return analyse(try String(contentsOf: url, encoding: .utf8), path: "maps/\(name)").analysis
    }

    /// A small map with one complete, closed wave and one that stops at capture.
    static let small = """
        # Two waves: one healthy, one that ends in a repository.
        map "Small network" {
          goal "Teachers use tested routines"
          standard "Tested at three schools"
        }

        stakeholder teachers "Teachers" group schools
        stakeholder coaches  "Coaches"  group hub broker

        repository archive "Archive" owner coaches

        generation    pdsa    "PDSA cycles"  by teachers every week technique inquiry-cycle
        consolidation huddle  "Data huddle"  by teachers, coaches every month routine synthesis
        capture       brief   "Brief"        by coaches for teachers technique knowledge-brief
        sharing       cop     "Community"    by coaches for teachers technique community-of-practice
        application   adopt   "Adopt it"     by teachers action act

        generation    survey  "Survey"       by coaches technique survey
        capture       report  "Report"       by coaches for teachers

        pdsa -> huddle -> brief -> cop -> adopt -> pdsa
        survey -> report -> archive
        """

    /// A map whose every label tries to inject markup.
    static let hostile = """
        map "<script>alert('title')</script>" {
          goal "<img src=x onerror=alert('goal')>"
          standard "a | b & <b>bold</b>"
        }

        stakeholder owners "<script>alert('owners')</script>" group x
        stakeholder users  "<img src=x onerror=alert('users')>" group y

        generation gen "<script>alert('gen')</script>" by owners
        capture    cap "<img src=x onerror=alert(1)> | `tick` *star*" by owners for users
        sharing    shr "]]> --> <!-- back\\\\slash" by owners for users

        gen -> cap -> shr : "<script>alert('flow')</script>"
        """
}
