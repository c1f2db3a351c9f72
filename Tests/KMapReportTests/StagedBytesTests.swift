import Testing
@testable import KMapReport

/// The writer's staged bytes keep every piece, in order, however the pieces fall across blocks.
@Suite struct StagedBytesTests {
    @Test func piecesAcrossBlocksComeOutInOrder() {
        let staged = StagedBytes(capacity: 0)
        var expected: [UInt8] = []
        for index in 0..<30_000 {
            let piece = Array("piece \(index), ".utf8)
            piece.withUnsafeBufferPointer { staged.append($0) }
            staged.append(UInt8(ascii: ";"))
            expected += piece + [UInt8(ascii: ";")]
        }
        #expect(staged.bytes == expected)
    }

    @Test func aPieceLargerThanABlockAndDirectTextKeepTheirPlace() {
        let staged = StagedBytes(capacity: 16)
        let large = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
        staged.append(UInt8(ascii: "a"))
        large.withUnsafeBufferPointer { staged.append($0) }
        staged.appendDirectly { $0 += Array("é".utf8) }
        staged.append(UInt8(ascii: "b"))
        staged.append(UnsafeBufferPointer(start: nil, count: 0))
        #expect(staged.bytes == [UInt8(ascii: "a")] + large + Array("é".utf8) + [UInt8(ascii: "b")])
        #expect(staged.bytes.count == 200_004)
    }
}
