import Foundation
import KMapTestSupport
import Testing
@testable import KMapReport

/// The report printed from Chromium (checked with poppler's pdfinfo, pdftotext and pdftoppm) and
/// shown on a 390 px phone (selenium). The PDF pages and screenshots are kept in
/// `.build/report-screenshots/` to be looked at.
@Suite(.serialized, .enabled(if: ReportDevices.canPrint, "needs chromium-headless-shell and poppler-utils (make test-setup installs them)"))
struct HTMLReportDeviceTests {
    /// The literacy network's report with both diagrams, as `kmap report` writes it.
    private func report() throws -> URL {
        let analysis = try TestMaps.example("literacy-network.kmap")
        let folder = ReportDevices.shots
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("literacy-network.html")
        let html = HTMLReport.render(
            analysis, diagram: try ReportDiagram.embedded(for: analysis),
            stakeholderDiagram: try ReportDiagram.embedded(for: analysis, options: .init(view: .stakeholders)))
        try html.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func printingGivesAFullFirstPageLandscapeDiagramsAndPageNumbers() throws {
        let pdf = try ReportDevices.print(try report())
        let pages = try PDFPages.sizes(of: pdf)
        let texts = try (1...pages.count).map { try ReportDevices.text(of: pdf, page: $0) }
        for (number, text) in texts.enumerated() {
            #expect(text.contains("Page \(number + 1) of \(pages.count)"), "page \(number + 1) has no page number")
        }
        // Page 1: the header and the summary, inked down past its middle.
        #expect(texts[0].contains("Summary") && !texts[0].contains("Diagrams"))
        #expect(try ReportDevices.ink(of: pdf, page: 1).reach > 0.6, "page 1 is mostly blank")
        // Each diagram on a landscape page of its own, scaled to fill it in at least one direction.
        let diagramPages = texts.indices.filter { texts[$0].hasPrefix("Diagrams") || texts[$0].hasPrefix("Stakeholders") }
        #expect(diagramPages.count == 2, "\(texts.map { $0.prefix(30) })")
        for index in texts.indices {
            let isLandscape = pages[index].width > pages[index].height
            #expect(isLandscape == diagramPages.contains(index), "page \(index + 1) is \(pages[index])")
        }
        for index in diagramPages {
            let ink = try ReportDevices.ink(of: pdf, page: index + 1)
            #expect(max(ink.rows, ink.columns) > 0.65, "the diagram on page \(index + 1) is small: \(ink)")
        }
        // No page ends with a heading: each one is followed by what it heads.
        let headings: Set<String> = [
            "Summary", "Findings by phase", "Waves", "Diagrams", "Findings", "Remedy", "Questions for the room",
            "Who takes part in which phase", "Brokers", "Declared brokers", "Brokers in practice", "Bottlenecks",
            "Most routes of knowledge pass through", "Techniques cited",
        ]
        for (number, text) in texts.enumerated() {
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("Page ") }
            let last = lines.last ?? ""
            #expect(!headings.contains(last) && !last.hasPrefix("Wave: ") && !last.uppercased().hasPrefix("WARNING KM"),
                    "page \(number + 1) ends with the heading '\(last)'")
        }
        try ReportDevices.keepPictures(of: pdf)
    }

    @Test(.enabled(if: ReportDevices.canDrive, "needs chromium, chromium-driver and selenium"))
    func aPhoneScrollsTablesInTheirBoxesAndOpensTheDiagramFullSize() throws {
        let outcome = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", ReportDevices.phoneScript.path, try report().path, ReportDevices.shots.path],
            timeout: 180)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let figures = try #require(outcome.stdout.split(separator: "\n").last.map(String.init))
        let values = try #require(try JSONSerialization.jsonObject(with: Data(figures.utf8)) as? [String: Any])
        #expect(values["page_width"] as? Int == 390)
    }
}
