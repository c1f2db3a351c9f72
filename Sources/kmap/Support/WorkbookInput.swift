import Foundation
import KMapWorkbook

/// Reads `kmap import`'s input when it is a workbook: a folder (of CSV sheets) or a zip file
/// (`.xlsx`); nil for anything else, which is read as a single activity table. A workbook file,
/// or a folder's sheets together, may be at most `maxInputSize` bytes, as any other input.
enum WorkbookInput {
    static func read(_ path: String, maxInputSize: Int) throws -> (workbook: Workbook, problems: [WorkbookProblem])? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return try folder(path, maxInputSize: maxInputSize) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let magic = handle.readData(ofLength: 4)
        try? handle.close()
        guard magic == Data([0x50, 0x4B, 0x03, 0x04]) || path.lowercased().hasSuffix(".xlsx") else { return nil }
        if let problem = tooLarge(size(of: path), maxInputSize: maxInputSize) { return (Workbook(sheets: []), [problem]) }
        do {
            return (try XLSXReader.workbook(at: URL(fileURLWithPath: path)), [])
        } catch {
            return (Workbook(sheets: []), [WorkbookProblem(place: nil, severity: .error, message: error.message)])
        }
    }

    /// The `.csv` files of a folder, as sheets.
    private static func folder(_ path: String, maxInputSize: Int) throws -> (workbook: Workbook, problems: [WorkbookProblem]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { $0.lowercased().hasSuffix(".\(CSVFolder.fileExtension)") && !$0.hasPrefix(".") }
        let total = names.reduce(0) { $0 + size(of: URL(fileURLWithPath: path).appendingPathComponent($1).path) }
        if let problem = tooLarge(total, maxInputSize: maxInputSize) { return (Workbook(sheets: []), [problem]) }
        var files: [(name: String, text: String)] = []
        var problems: [WorkbookProblem] = []
        for name in names.sorted() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent(name))
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(WorkbookProblem(place: CellPlace(sheet: name), severity: .error, message: "the file is not UTF-8 text"))
                continue
            }
            files.append((name, text))
        }
        if files.isEmpty && problems.isEmpty {
            problems.append(WorkbookProblem(place: nil, severity: .error, message: "the folder holds no .csv sheets"))
        }
        let read = CSVFolder.workbook(from: files)
        return (read.workbook, problems + read.problems)
    }

    /// The size of the file at `path` in bytes (0 when it cannot be read; reading reports that).
    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The E003-style refusal of a workbook past the input size limit, before any of it is read.
    private static func tooLarge(_ size: Int, maxInputSize: Int) -> WorkbookProblem? {
        guard size > maxInputSize else { return nil }
        return WorkbookProblem(place: nil, severity: .error, message: "the workbook is \(size) bytes, larger than the input size limit of"
                               + " \(maxInputSize) bytes; raise it with --max-input-size")
    }
}
