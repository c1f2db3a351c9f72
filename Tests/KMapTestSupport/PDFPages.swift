import Foundation

/// A PDF's pages as poppler's tools read them: each page's size (`pdfinfo`) and a grey picture of
/// a page (`pdftoppm`), for tests that check what a reader of the file would see.
public enum PDFPages {
    /// True when `pdfinfo` and `pdftoppm` (Debian `poppler-utils`) are installed.
    public static var isAvailable: Bool { ["pdfinfo", "pdftoppm"].allSatisfy { executable(named: $0) != nil } }

    /// The path of the program `name` on `PATH`, if installed.
    public static func executable(named name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Each page's size in points, as `pdfinfo` prints it.
    public static func sizes(of pdf: URL) throws -> [(width: Double, height: Double)] {
        let info = try run("pdfinfo", ["-f", "1", "-l", "999", pdf.path]).stdout
        return info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }.compactMap { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
        }
    }

    /// One page drawn in grey at `dpi` dots per inch.
    public static func grey(_ pdf: URL, page: Int, dpi: Int) throws -> GreyPicture {
        let stem = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-page-\(UUID().uuidString)")
        _ = try run("pdftoppm", ["-gray", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, stem.path])
        let file = stem.appendingPathExtension("pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        return GreyPicture(pgm: [UInt8](try Data(contentsOf: file)))
    }

    /// Runs one of poppler's tools.
    public static func run(_ name: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
        try ChildProcess.run(URL(fileURLWithPath: executable(named: name) ?? name), arguments)
    }
}

/// A grey picture, one byte per pixel (0 black, 255 white), rows from the top.
public struct GreyPicture: Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    /// Reads a binary PGM: "P5", width, height and the maximum value, separated by white space,
    /// then one byte per pixel.
    public init(pgm bytes: [UInt8]) {
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            var value = 0
            while (0x30...0x39).contains(bytes[index]) { value = value * 10 + Int(bytes[index] - 0x30); index += 1 }
            fields.append(value)
        }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[(index + 1)...])
    }

    /// Whether the pixel has ink (is darker than a light grey).
    public func isInked(row: Int, column: Int) -> Bool {
        pixels[row * width + column] < 200
    }

    /// The rows of `rows` with ink in any column, in order.
    public func inkedRows(_ rows: Range<Int>) -> [Int] {
        rows.filter { row in (0..<width).contains { isInked(row: row, column: $0) } }
    }

    /// The columns with ink in any row of `rows`, in order.
    public func inkedColumns(in rows: Range<Int>) -> [Int] {
        (0..<width).filter { column in rows.contains { isInked(row: $0, column: column) } }
    }
}
