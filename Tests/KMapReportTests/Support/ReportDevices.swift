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

    /// Each page's size in points, from `pdfinfo`.
    static func pageSizes(of pdf: URL) throws -> [(width: Double, height: Double)] {
        let info = try tool("pdfinfo", ["-f", "1", "-l", "999", pdf.path]).stdout
        return info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }.compactMap { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
        }
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

    /// The ink of one page, read from a grey rendering (`pdftoppm -gray`, a binary PGM).
    static func ink(of pdf: URL, page: Int) throws -> Ink {
        let stem = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-page-\(UUID().uuidString)")
        _ = try tool("pdftoppm", ["-gray", "-r", "20", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, stem.path])
        let file = stem.appendingPathExtension("pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = [UInt8](try Data(contentsOf: file))
        // "P5", width, height and the maximum value, separated by white space, then one byte per pixel.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            var value = 0
            while (0x30...0x39).contains(bytes[index]) { value = value * 10 + Int(bytes[index] - 0x30); index += 1 }
            fields.append(value)
        }
        let (width, height, start) = (fields[0], fields[1], index + 1)
        let body = height * 92 / 100
        let isInked = { (row: Int, column: Int) in bytes[start + row * width + column] < 200 }
        let rows = (0..<body).filter { row in (0..<width).contains { isInked(row, $0) } }
        let columns = (0..<width).filter { column in (0..<body).contains { isInked($0, column) } }
        return Ink(reach: Double((rows.last ?? 0) + 1) / Double(body), rows: Double(rows.count) / Double(body),
                   columns: Double(columns.count) / Double(width))
    }

    /// PNG pictures of every page next to the PDF, to be looked at.
    static func keepPictures(of pdf: URL) throws {
        _ = try tool("pdftoppm", ["-png", "-r", "40", pdf.path, pdf.deletingPathExtension().path + "-page"])
    }

    private static func tool(_ name: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
        try ExternalTool.run(ExternalTool.find(name) ?? name, arguments)
    }
}
