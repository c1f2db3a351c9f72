import Foundation
import KMapTestSupport

/// Chromium's print-to-PDF, poppler's readers of the PDF, and the selenium phone script.
enum ReportDevices {
    static let shots = GoldenFile.repositoryRoot.appendingPathComponent(".build/report-screenshots")
    static let phoneScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/report_phone.py")

    static var canPrint: Bool {
        Browser.isAvailable && ["pdfinfo", "pdftotext", "pdftoppm"].allSatisfy { ExternalTool.find($0) != nil }
    }

    static let canDrive: Bool = {
        guard ["/usr/bin/chromedriver", "/usr/bin/chromium"].allSatisfy(FileManager.default.isExecutableFile(atPath:)) else { return false }
        return (try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import selenium"], timeout: 60))?.status == 0
    }()

    /// Prints `html` as Chromium does for a person (its default paper, no browser header or footer).
    static func print(_ html: URL) throws -> URL {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        try? FileManager.default.removeItem(at: pdf)
        _ = try ExternalTool.run(Browser.path ?? "chromium-headless-shell", [
            "--no-sandbox", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString,
        ])
        return pdf
    }

    /// The text of one page, in reading order.
    static func text(of pdf: URL, page: Int) throws -> String {
        try tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).stdout
    }

    /// Where a page has ink, above the bottom margin that holds the page number.
    struct Ink {
        /// How far down ink reaches, as a fraction of the height.
        var reach: Double
        /// The fractions of rows and of columns with ink.
        var rows: Double
        var columns: Double
    }

    /// The ink of one page, read from a grey rendering (`pdftoppm -gray`).
    static func ink(of pdf: URL, page: Int) throws -> Ink {
        let picture = try PDFPages.grey(pdf, page: page, dpi: 20)
        let body = 0..<(picture.height * 92 / 100)
        let rows = picture.inkedRows(body)
        let columns = picture.inkedColumns(in: body)
        return Ink(reach: Double((rows.last ?? 0) + 1) / Double(body.count), rows: Double(rows.count) / Double(body.count),
                   columns: Double(columns.count) / Double(picture.width))
    }

    /// PNG pictures of every page next to the PDF, to be looked at.
    static func keepPictures(of pdf: URL) throws {
        _ = try tool("pdftoppm", ["-png", "-r", "40", pdf.path, pdf.deletingPathExtension().path + "-page"])
    }

    private static func tool(_ name: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
        try PDFPages.run(name, arguments)
    }
}
