import Foundation
import KMapWorkbook

/// Reads `kmap import`'s input when it is a workbook: a folder (of CSV sheets) or a zip file
/// (`.xlsx`); nil for anything else, which is read as a single activity table.
enum WorkbookInput {
    static func read(_ path: String) throws -> (workbook: Workbook, problems: [WorkbookProblem])? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return try folder(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let magic = handle.readData(ofLength: 4)
        try? handle.close()
        guard magic == Data([0x50, 0x4B, 0x03, 0x04]) || path.lowercased().hasSuffix(".xlsx") else { return nil }
        do {
            return (try XLSXReader.workbook(from: Data(contentsOf: URL(fileURLWithPath: path))), [])
        } catch let error as WorkbookReadError {
            return (Workbook(sheets: []), [WorkbookProblem(place: nil, severity: .error, message: error.message)])
        }
    }

    /// The `.csv` files of a folder, as sheets.
    private static func folder(_ path: String) throws -> (workbook: Workbook, problems: [WorkbookProblem]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { $0.lowercased().hasSuffix(".\(CSVFolder.fileExtension)") && !$0.hasPrefix(".") }
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
}
