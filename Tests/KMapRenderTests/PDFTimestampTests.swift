import Testing
@testable import KMapRender

@Suite("PDFTimestamp")
struct PDFTimestampTests {
    @Test("creation and modification dates become 1970 with the same length")
    func fixesDates() {
        let pdf = Array("1 0 obj << /CreationDate (D:20261123225308Z) /ModDate (D:20261123225308+01'00') >>".utf8)
        let fixed = PDFTimestamp.fixed(pdf)
        #expect(fixed.count == pdf.count)
        #expect(String(decoding: fixed, as: UTF8.self)
            == "1 0 obj << /CreationDate (D:19700101000000Z) /ModDate (D:19700101000000+00'00') >>")
    }

    @Test("a PDF without dates is unchanged")
    func noDates() {
        let pdf = Array("%PDF-1.5 nothing here".utf8)
        #expect(PDFTimestamp.fixed(pdf) == pdf)
    }
}
