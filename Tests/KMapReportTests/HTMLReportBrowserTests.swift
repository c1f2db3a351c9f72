import Foundation
import Testing
@testable import KMapReport

/// The HTML report as a person's browser shows it: headless Chromium loads the file from disk.
@Suite(.enabled(if: Browser.isAvailable, "needs chromium-headless-shell (make test-setup installs it)"))
struct HTMLReportBrowserTests {
    private func page(for text: String, path: String = "map.kmap") throws -> (file: URL, findings: Int) {
        let analysis = TestMaps.analyse(text, path: path).analysis
        let folder = try ExternalTool.temporaryFolder()
        let file = folder.appendingPathComponent("report.html")
        try HTMLReport.render(analysis, diagram: try ReportDiagram.embedded(for: analysis)).write(to: file, atomically: true, encoding: .utf8)
        return (file, analysis.findings.count)
    }

    @Test func theLoadedPageHasEverySectionAndTheDiagram() throws {
        let map = try String(contentsOf: TestMaps.root.appendingPathComponent("maps/literacy-network.kmap"), encoding: .utf8)
        let (file, findings) = try page(for: map)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let dom = try Browser.dumpDOM(of: file)
        for section in ["diagram", "summary", "findings", "engagement", "brokers", "techniques"] {
            #expect(dom.contains(#"<section id="\#(section)">"#), "section \(section) is missing")
        }
        #expect(dom.contains("<svg"))
        #expect(dom.components(separatedBy: #"<article class="finding "#).count - 1 == findings)
        #expect(dom.contains(#"<table class="matrix">"#))
        let targets = Self.values(of: ##"<a href="#"##, in: dom).filter { $0.hasPrefix("act-") || $0.hasPrefix("repo-") || $0.hasPrefix("gap-") }
        #expect(!targets.isEmpty)
        for target in targets {
            #expect(dom.contains(#"id="\#(target)""#), "the diagram has no element '\(target)'")
        }
    }

    @Test func aScreenshotShowsThePage() throws {
        let (file, _) = try page(for: TestMaps.small)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let png = file.deletingLastPathComponent().appendingPathComponent("report.png")
        try Browser.screenshot(of: file, to: png)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 20_000, "a blank page compresses to a few kilobytes")
    }

    @Test func labelsWithMarkupProduceNoElements() throws {
        let (file, _) = try page(for: TestMaps.hostile)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let dom = try Browser.dumpDOM(of: file)
        #expect(dom.contains("<body"))
        #expect(!dom.contains("<script"))
        #expect(!dom.contains("<img"))
        #expect(dom.contains("&lt;img src=x onerror=alert('users')&gt;"))
    }

    /// The values that follow each occurrence of `prefix`, up to the next quote.
    private static func values(of prefix: String, in text: String) -> [String] {
        text.components(separatedBy: prefix).dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
