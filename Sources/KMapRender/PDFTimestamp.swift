/// Makes PDF output reproducible: cairo stamps each PDF with the current time (it ignores
/// `SOURCE_DATE_EPOCH`), so the digits of `/CreationDate` and `/ModDate` are replaced with a fixed
/// date. The replacement keeps every byte offset, so the cross-reference table stays valid.
enum PDFTimestamp {
    private static let keys = ["/CreationDate (", "/ModDate ("].map { Array($0.utf8) }
    private static let fixedDigits = Array("19700101000000".utf8)

    /// `pdf` with its date digits replaced by 1970-01-01 00:00:00.
    static func fixed(_ pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        for key in keys {
            var searchFrom = 0
            while let start = firstIndex(of: key, in: bytes, from: searchFrom) {
                var position = start + key.count
                var digit = 0
                while position < bytes.count, bytes[position] != UInt8(ascii: ")") {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                        bytes[position] = digit < fixedDigits.count ? fixedDigits[digit] : UInt8(ascii: "0")
                        digit += 1
                    }
                    position += 1
                }
                searchFrom = position
            }
        }
        return bytes
    }

    /// The first position at or after `from` where `needle` occurs in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index ..< index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
