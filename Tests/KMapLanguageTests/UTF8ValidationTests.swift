@testable import KMapLanguage
import Testing

@Suite struct UTF8ValidationTests {
    @Test func rejectsWhatTheStandardLibraryRejects() {
        let cases: [[UInt8]] = [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF5], [0x80], [0xE2, 0x82], [0x61, 0xF0, 0x9F, 0x98],
        ]
        for bytes in cases {
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) != nil, "\(bytes)")
            #expect(String(validating: bytes, as: UTF8.self) == nil)
        }
        #expect(UTF8Validation.firstInvalidOffset(in: Array("aé€🎉".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidOffset(in: [0x61, 0x62, 0xE2, 0x82, 0x61]) == 2)
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let pool: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0x9F, 0xA0, 0x90, 0x8F]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            let offset = UTF8Validation.firstInvalidOffset(in: bytes)
            #expect((offset == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let offset { #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)") }
        }
    }

    @Test("the eight-byte ASCII skip finds an invalid byte at every offset of a long ASCII run")
    func invalidByteAfterASCIIRuns() {
        for offset in 0..<40 {
            for invalid: [UInt8] in [[0x80], [0xC0, 0x80], [0xE2, 0x82]] {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + invalid + Array(repeating: UInt8(ascii: "b"), count: 9)
                #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset, "\(offset) \(invalid)")
            }
            let valid = Array(repeating: UInt8(ascii: "a"), count: offset) + Array("é€🎉".utf8) + Array(repeating: UInt8(ascii: "b"), count: offset)
            #expect(UTF8Validation.firstInvalidOffset(in: valid) == nil)
        }
    }

    @Test func agreesWithTheStandardLibraryOnLongMostlyASCIIBytes() {
        var generator = SystemRandomNumberGenerator()
        let pool: [UInt8] = [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x20, 0x0A, 0x80, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F]
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            let offset = UTF8Validation.firstInvalidOffset(in: bytes)
            #expect((offset == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let offset { #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)") }
        }
    }
}
