import Foundation
import KMapFuzzChecks
import Testing

/// Labels are text in every output kmap writes: a label that looks like DOT, HTML, Markdown, a
/// spreadsheet formula or JSON stays inert and is shown as written.
///
/// One hostile map goes through every command that writes something; each test reads one
/// output the way its consumer would (JSON parser, XML parser, browser, Markdown table, CSV).
@Suite struct InjectionTests {
    /// A healthy map whose every label, note, indicator, goal and title tries to escape.
    static let hostileMap = """
        map "Title <script>alert(1)</script> | pipe" {
          goal "Goal \\"]; x -> y [label=\\"pwn"
          standard "=cmd|calc"
        }
        stakeholder team  "<img src=x onerror=alert(1)>" group staff
        stakeholder users "Users | \\\\N \\\\G \\\\L" group staff
        repository store "@SUM(1+1)" owner team
        generation g "\\"]; a -> b [color=red" by team every week note "javascript:alert(1)"
        consolidation c "+cmd \u{1}\u{7}\u{1B}[31m ctl" by team every month routine synthesis
        capture k "-2+3 <b>bold</b> **md** [x](javascript:alert(1))" by team for users every month
        sharing s "a\\\\b \\\\\\" quote </svg>" by team for users every month indicator "<iframe src=x>"
        application a "Apply & apply &amp; \u{2028} sep {{x}}" by users action act every month
        g -> c -> k -> store -> s -> a -> g : "<script>flow</script>"

        """

    /// The activity labels as the map means them (escapes decoded).
    static let labels = [
        "\"]; a -> b [color=red", "+cmd \u{1}\u{7}\u{1B}[31m ctl", "-2+3 <b>bold</b> **md** [x](javascript:alert(1))",
        "a\\b \\\" quote </svg>", "Apply & apply &amp; \u{2028} sep {{x}}",
    ]

    private func mapFile() throws -> URL {
        let folder = try KMapProcess.temporaryFolder()
        let file = folder.appendingPathComponent("hostile.kmap")
        try Self.hostileMap.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let outcome = try BoundedRun.run(arguments)
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr.prefix(2_000))", sourceLocation: sourceLocation)
        return outcome.stdout
    }

    private func jsonStrings(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Set<String> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            Issue.record("not valid JSON: \(text.prefix(500))", sourceLocation: sourceLocation)
            return []
        }
        var strings: Set<String> = []
        var pending: [Any] = [object]
        while let value = pending.popLast() {
            if let string = value as? String { strings.insert(string) }
            if let array = value as? [Any] { pending += array }
            if let dictionary = value as? [String: Any] { pending += Array(dictionary.values) }
        }
        return strings
    }

    @Test func theMapIsValidAndHealthy() throws {
        let outcome = try BoundedRun.run(["check", try mapFile().path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("waves complete 1/1 · no findings"), "\(outcome.stderr)")
    }

    @Test func jsonOutputsCarryLabelsExactly() throws {
        let path = try mapFile().path
        let exported = jsonStrings(try run(["export", path, "--format", "json"]))
        for label in Self.labels { #expect(exported.contains(label), "export lost \(label.debugDescription)") }
        #expect(jsonStrings(try run(["check", "--format", "json", path])).contains(Self.labels[0]), "the wave's label")
        _ = jsonStrings(try run(["check", "--format", "sarif", path]))
    }

    @Test func csvExportNeutralisesFormulas() throws {
        let csv = try run(["export", try mapFile().path, "--format", "csv"])
        let cells = CSVCells.parse(csv)
        #expect(cells.count > 20)
        #expect(OutputChecks.formulaCells(in: csv) == [])
        #expect(cells.contains("'+cmd [31m ctl"), "a CSV cell never carries a raw control or escape character")
        #expect(cells.contains("'@SUM(1+1)"))
    }

    @Test func htmlReportShowsLabelsAsText() throws {
        let folder = try KMapProcess.temporaryFolder()
        let report = folder.appendingPathComponent("report.html")
        _ = try run(["report", try mapFile().path, "-o", report.path])
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(OutputChecks.activeHTML(in: html, allowingSVG: true) == [])
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown, escaped")
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "control characters are stripped")
        try expectWellFormedSVG(html)
        try expectBrowserBuildsNoActiveElements(report)
    }

    /// Each inline diagram (waves, stakeholders) parses as XML on its own: labels cannot close or
    /// open SVG elements.
    private func expectWellFormedSVG(_ html: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return }
        var rest = html[...]
        var count = 0
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let file = try KMapProcess.temporaryFolder().appendingPathComponent("diagram.svg")
            try String(rest[start.lowerBound..<end.upperBound]).write(to: file, atomically: true, encoding: .utf8)
            let outcome = try BoundedRun.run(["--noout", file.path], binary: URL(fileURLWithPath: "/usr/bin/xmllint"))
            #expect(outcome.status == 0, "inline SVG \(count + 1) is not well-formed: \(outcome.stderr.prefix(1_000))")
            rest = rest[end.upperBound...]
            count += 1
        }
        #expect(count == 2, "the report has the waves and the stakeholders diagrams")
    }

    /// What a browser builds from the page (after any script would have run) has no script,
    /// image or frame element. Skipped without `chromium-headless-shell` (`make test-setup`).
    private func expectBrowserBuildsNoActiveElements(_ page: URL) throws {
        let browser = URL(fileURLWithPath: "/usr/bin/chromium-headless-shell")
        guard FileManager.default.isExecutableFile(atPath: browser.path) else { return }
        let outcome = try BoundedRun.run(["--no-sandbox", "--dump-dom", page.absoluteString], binary: browser)
        #expect(outcome.stdout.contains("</html>"), "no DOM dumped: \(outcome.stderr.prefix(500))")
        for element in ["<script", "<img", "<iframe"] { #expect(!outcome.stdout.contains(element)) }
        #expect(outcome.stdout.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// The map with every string replaced by a plain word: the same structure, nothing to escape.
    static var plainTwin: String {
        hostileMap.replacingOccurrences(of: #""(\\.|[^"\\])*""#, with: "\"x\"", options: .regularExpression)
    }

    /// Graphviz reads the hostile map's DOT with the same nodes and edges as its plain twin's: no
    /// label opened a statement. Skipped without Graphviz's `gc` program.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gc"), "needs Graphviz's gc"), arguments: ["waves", "stakeholders"])
    func dotHasTheStructureOfThePlainMap(view: String) throws {
        let folder = try KMapProcess.temporaryFolder()
        var counts: [String] = []
        for (name, text) in [("hostile", Self.hostileMap), ("plain", Self.plainTwin)] {
            let map = folder.appendingPathComponent("\(name).kmap")
            try text.write(to: map, atomically: true, encoding: .utf8)
            let dot = folder.appendingPathComponent("\(name).dot")
            _ = try run(["render", map.path, "--view", view, "--format", "dot", "-o", dot.path])
            let text = try String(contentsOf: dot, encoding: .utf8)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control characters reach Graphviz")
            let outcome = try BoundedRun.run(["-n", "-e", dot.path], binary: URL(fileURLWithPath: "/usr/bin/gc"))
            #expect(outcome.status == 0, "Graphviz cannot read \(name).dot: \(outcome.stderr)")
            counts.append(String(outcome.stdout.split(separator: " ", omittingEmptySubsequences: true).prefix(2).joined(separator: " ")))
        }
        #expect(counts[0] == counts[1], "nodes and edges of the hostile and plain maps")
    }

    @Test func svgShowsLabelsAsText() throws {
        let svg = try KMapProcess.temporaryFolder().appendingPathComponent("map.svg")
        _ = try run(["render", try mapFile().path, "--format", "svg", "-o", svg.path])
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(OutputChecks.activeHTML(in: text, allowingSVG: true) == [])
        #expect(text.contains("&quot;]; a &#45;&gt; b [color=red"), "the label is drawn as written")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
            #expect(try BoundedRun.run(["--noout", svg.path], binary: URL(fileURLWithPath: "/usr/bin/xmllint")).status == 0)
        }
    }

    /// In the flowchart every label is quoted and encoded: no raw quote, `<` or `>` (other than
    /// line breaks and arrows) is left for Mermaid to read as syntax or HTML.
    @Test func mermaidLabelsAreEncoded() throws {
        let chart = try run(["render", try mapFile().path, "--format", "mermaid", "-o", "-"])
        let body = chart.components(separatedBy: "\nflowchart ").dropFirst().joined()
        #expect(!body.isEmpty)
        for line in body.split(separator: "\n") {
            let bare = line.replacingOccurrences(of: "<br/>", with: "")
                .replacingOccurrences(of: #"[-.=]+>"#, with: "", options: .regularExpression)
            #expect(!bare.contains("<") && !bare.contains(">"), "raw markup: \(line)")
            #expect(bare.filter { $0 == "\"" }.count % 2 == 0, "unbalanced quotes: \(line)")
        }
    }

    @Test func markdownReportKeepsTablesAndEscapesHTML() throws {
        let folder = try KMapProcess.temporaryFolder()
        let report = folder.appendingPathComponent("report.md")
        _ = try run(["report", try mapFile().path, "-o", report.path])
        let markdown = try String(contentsOf: report, encoding: .utf8)
        for forbidden in ["<script", "<img", "<iframe", "<b>", "](javascript"] {
            #expect(!markdown.contains(forbidden), "the report contains \(forbidden)")
        }
        #expect(OutputChecks.brokenMarkdownTables(in: markdown) == [])
        let svg = folder.appendingPathComponent("report.svg")
        #expect(FileManager.default.fileExists(atPath: svg.path))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
            let outcome = try BoundedRun.run(["--noout", svg.path], binary: URL(fileURLWithPath: "/usr/bin/xmllint"))
            #expect(outcome.status == 0, "diagram SVG is not well-formed: \(outcome.stderr.prefix(1_000))")
        }
    }
}
