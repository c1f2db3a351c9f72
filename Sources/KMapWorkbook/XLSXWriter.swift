import Foundation
import ZIPFoundation

/// Writes a ``Workbook`` as an Office Open XML spreadsheet (`.xlsx`, ECMA-376 SpreadsheetML).
///
/// No Swift package writes xlsx, so this is the package by hand: a zip (ZIPFoundation) of the
/// content types, the package and workbook relationships, the workbook, a style sheet and one
/// worksheet per sheet. Cells are inline strings formatted as text (`@`), so a spreadsheet keeps
/// what a person types into them as typed; the header row is bold and frozen. The bytes depend
/// only on the workbook (entries carry a fixed date), so an export can be compared with the last.
public enum XLSXWriter {
    /// The `.xlsx` bytes of `workbook`.
    public static func data(of workbook: Workbook) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts(of: workbook) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WorkbookReadError("the workbook could not be assembled in memory") }
        return data
    }

    /// Every part of the package, by path, in the order they are stored.
    static func parts(of workbook: Workbook) -> [(String, String)] {
        let count = workbook.sheets.count
        var parts = [
            ("[Content_Types].xml", contentTypes(sheets: count)),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", workbookPart(workbook)),
            ("xl/_rels/workbook.xml.rels",
             relationships((0..<count).map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                 + [("rId\(count + 1)", "styles", "styles.xml")])),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        return parts
    }

    private static let fixedDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the zip epoch
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheets: Int) -> String {
        let sheetOverrides = (0..<sheets).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        return declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + sheetOverrides + "</Types>"
    }

    private static func relationships(_ targets: [(id: String, type: String, target: String)]) -> String {
        declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + targets.map { #"<Relationship Id="\#($0.id)" Type="\#(officeRelationships)/\#($0.type)" Target="\#($0.target)"/>"# }.joined()
            + "</Relationships>"
    }

    private static func workbookPart(_ workbook: Workbook) -> String {
        let sheets = workbook.sheets.enumerated().map {
            #"<sheet name="\#(SpreadsheetText.escaped($0.element.name))" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"#
        }.joined()
        return declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)"><sheets>\#(sheets)</sheets></workbook>"#
    }

    /// Style 0 is the default, 1 the bold header, 2 text-formatted cells that wrap their lines.
    private static let styles = declaration + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    private static func worksheet(_ sheet: Sheet) -> String {
        var xml = declaration + #"<worksheet xmlns="\#(main)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        if !sheet.columns.isEmpty {
            xml += #"<cols><col min="1" max="\#(sheet.columns.count)" width="24" style="2" customWidth="1"/></cols>"#
        }
        xml += "<sheetData>"
        xml += row(number: 1, cells: sheet.columns, style: 1)
        for row in sheet.rows { xml += self.row(number: row.number, cells: row.cells, style: 2) }
        return xml + "</sheetData></worksheet>"
    }

    private static func row(number: Int, cells: [String], style: Int) -> String {
        var xml = #"<row r="\#(number)">"#
        for (index, text) in cells.enumerated() where !text.isEmpty {
            xml += #"<c r="\#(Sheet.letter(ofColumn: index))\#(number)" s="\#(style)" t="inlineStr"><is><t xml:space="preserve">"#
            xml += SpreadsheetText.escaped(text) + "</t></is></c>"
        }
        return xml + "</row>"
    }
}
