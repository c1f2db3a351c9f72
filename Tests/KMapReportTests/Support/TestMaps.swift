import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapRender
import KMapReport

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

    /// A small map with its own framework, no success standard and a bottleneck broker.
    static let custom = """
        map "Engineering flow" {
          phases create, review, share, use
        }

        stakeholder devs  "Developers" group product
        stakeholder lead  "Tech lead"  group platform broker
        stakeholder ops   "Operators"  group operations

        activity spike    "Spike"          phase create by devs every week
        activity design   "Design review"  phase review by lead, devs every 2 weeks
        activity talk     "Tech talk"      phase share  by lead for ops every month technique tech-talk
        activity bulletin "Bulletin"       phase share  by lead for ops
        activity pair     "Pairing"        phase share  by lead for ops
        activity adopt    "Ops adopt it"   phase use    by ops

        spike -> design -> talk -> adopt
        design -> bulletin
        design -> pair
        """

    /// A diagram stand-in for golden files: one element per node and missing phase, with the ids
    /// the render stage gives them, so the page around it does not depend on Graphviz.
    static func stubDiagram(for analysis: AnalysisResult) -> EmbeddedDiagram {
        let map = analysis.map
        var elements = map.activities.map { DiagramElement.activity($0.id) } + map.repositories.map { DiagramElement.repository($0.id) }
        for wave in analysis.waves {
            elements += wave.missingPhases.map { DiagramElement.gap(wave: wave.id, phase: map.framework.phases[$0]) }
        }
        let groups = elements.map(\.id).map { #"<g id="\#($0.replacingOccurrences(of: "-", with: "&#45;"))" class="node"><text>\#($0)</text></g>"# }
        let svg = #"<svg width="200pt" height="100pt" xmlns="http://www.w3.org/2000/svg">"# + groups.joined() + "</svg>"
        return EmbeddedDiagram(svg: svg, elements: Set(elements))
    }

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
