import Testing
@testable import KMapReport

/// The rows the HTML report writes in Swift (``HTMLFragment``): every text from the map escaped as
/// the templates escape it, markup only from the module, lines as the templates laid them out.
@Suite struct HTMLFragmentTests {
    private static let hostile = #"<script>alert('x')</script> & "q""#
    private static let hostileEscaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"

    @Test func textIsEscapedAsTheTemplatesEscapeIt() {
        for text in [Self.hostile, "\"\u{0301} onclick=x", "plain, 日本 \u{1F600}", ""] {
            var fragment = HTMLFragment()
            fragment.text(text)
            #expect(fragment.lines == ReportEscaping.escaped(text), "\(text.debugDescription)")
        }
    }

    @Test func linesEndWithoutTheLastLineBreak() {
        #expect(HTMLFragment.lines(["a", "b"]) { $0.text($1); $0.lineBreak() } == "a\nb")
        #expect(HTMLFragment.lines([String]()) { $0.text($1) } == "")
    }

    @Test func aFindingArticleEscapesEveryTextOfTheMap() throws {
        let analysis = TestMaps.analyse(TestMaps.hostile).analysis
        let findings = ReportModel(analysis: analysis).findingGroups.flatMap(\.findings)
        let finding = try #require(findings.first { $0.message.contains("<img") && $0.excerpt.contains { $0.text.contains("<") } })
        let html = Self.article(finding)
        #expect(html.hasPrefix(#"<article class="finding "#))
        #expect(html.hasSuffix("</article>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(&#39;users&#39;)&gt;"))
        #expect(html.contains("&lt;!-- back"))
    }

    @Test func aFindingArticleShowsItsParts() {
        var finding = Self.finding
        let plain = Self.article(finding)
        #expect(plain.contains(#"<p class="where">line 3</p>"#))
        #expect(plain.contains(#"<pre class="excerpt"><span class="ln">3</span>&lt;b&gt;"# + "\n</pre>"))
        #expect(!plain.contains("notes"))
        #expect(!plain.contains("technique-links"))
        #expect(plain.contains(#"<p class="remedy">Add a &lt;b&gt; <code>broker &amp; co</code></p>"#))
        finding.diagramTarget = "act-\"x\""
        finding.excerptIsCut = true
        finding.notes = ["<note>"]
        finding.hasNotes = true
        finding.techniques = [.init(slug: "a", name: "A & B", anchor: "technique-a"), .init(slug: "b", name: "C", anchor: "technique-b")]
        finding.hasTechniques = true
        let full = Self.article(finding)
        #expect(full.contains(##"line 3 · <a href="#act-&quot;x&quot;">show in diagram</a></p>"##))
        #expect(full.contains("&lt;b&gt;\n<span class=\"ln\">…</span>\n</pre>"))
        #expect(full.contains("<ul class=\"notes\">\n<li>&lt;note&gt;</li>\n</ul>"))
        #expect(full.contains(##"Techniques: <a href="#technique-a">A &amp; B</a>, <a href="#technique-b">C</a></p>"##))
    }

    @Test func waveAndStakeholderRowsEscapeTheirLabels() {
        let wave = ReportSummary.WaveLine(
            id: "w'1", label: Self.hostile, isComplete: false, status: "stops at <capture>",
            phases: [.init(name: "a", reached: true), .init(name: "b", reached: false)]
        )
        #expect(HTMLFragment.waveRows([wave]) == #"<tr><th scope="row">\#(Self.hostileEscaped) <code>w&#39;1</code></th>"#
            + #"<td class="reached">✓</td><td class="unreached">✗ missing</td><td>stops at &lt;capture&gt;</td></tr>"#)
        let row = EngagementSection.Row(
            id: "s", label: Self.hostile, group: "<g>", roles: ["broker"], cells: [.init(kind: "gap", text: "—")], ownsNothing: true
        )
        #expect(HTMLFragment.stakeholderRows([row]) == #"<tr class="receives-only"><th scope="row">\#(Self.hostileEscaped) <code>s</code>"#
            + #"<br><span class="group">group &lt;g&gt; · broker · runs nothing</span></th><td class="gap">—</td></tr>"#)
    }

    @Test func brokerItemsLinkTheirFindingOnlyWhereTheListDoes() {
        let line = BrokerSection.Line(id: "s", label: Self.hostile, text: "bridges <a>, b", findingAnchor: "finding-2")
        let item = #"<li><strong>\#(Self.hostileEscaped)</strong> <code>s</code>: bridges &lt;a&gt;, b"#
        #expect(HTMLFragment.brokerItems([line], linksFindings: true) == item + ##" (<a href="#finding-2">finding</a>)</li>"##)
        #expect(HTMLFragment.brokerItems([line, line], linksFindings: false) == item + "</li>\n" + item + "</li>")
    }

    @Test func findingSectionsHoldTheirGroupsArticles() {
        let group = FindingGroup(anchor: "findings-wave-1", title: "Wave: <w>", detail: "stops at \"x\"", findings: [Self.finding, Self.finding])
        let html = HTMLFragment.findingSections([group, group])
        let article = Self.article(Self.finding)
        let section = #"<section class="wave-group" id="findings-wave-1">"# + "\n<h3>Wave: &lt;w&gt;</h3>\n"
            + #"<p class="group-detail">stops at &quot;x&quot;</p>"# + "\n" + article + "\n" + article + "\n</section>"
        #expect(html == section + "\n" + section)
    }

    /// One finding's article, without its last line break.
    private static func article(_ finding: FindingEntry) -> String {
        var fragment = HTMLFragment()
        fragment.article(finding)
        return fragment.lines
    }

    private static let finding = FindingEntry(
        anchor: "finding-1", code: "KM001", slug: "open-loop", ruleName: "Open <loop>", severity: "warning",
        message: "It's open", location: "line 3", excerpt: [.init(number: 3, text: "<b>")], excerptIsCut: false,
        diagramTarget: nil, notes: [], hasNotes: false, remedy: "Add a <b> `broker & co`",
        remedySegments: RemedyText("Add a <b> `broker & co`").segments, techniques: [], hasTechniques: false, questions: ["Who?"]
    )
}
