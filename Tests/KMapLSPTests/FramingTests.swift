import KMapLSP
import Testing

@Suite struct FramingTests {
    private func frames(_ chunks: [String]) -> [FrameDecoder.Frame] {
        var decoder = FrameDecoder()
        var frames: [FrameDecoder.Frame] = []
        for chunk in chunks {
            decoder.append(Array(chunk.utf8))
            while let frame = decoder.next() { frames.append(frame) }
        }
        return frames
    }

    @Test func messagesSplitAnywhereAndRunTogetherAreReadWhole() {
        let stream = String(decoding: FrameDecoder.frame("{\"a\":\"é\"}") + FrameDecoder.frame("{}"), as: UTF8.self)
        let whole = frames([stream])
        #expect(whole == [.message(Array("{\"a\":\"é\"}".utf8)), .message(Array("{}".utf8))])
        let bytes = Array(stream.utf8)
        var decoder = FrameDecoder()
        var split: [FrameDecoder.Frame] = []
        for byte in bytes {
            decoder.append([byte])
            while let frame = decoder.next() { split.append(frame) }
        }
        #expect(split == whole)
    }

    @Test func headerFieldsAreCaseInsensitiveAndOthersAreSkipped() {
        let found = frames(["content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"])
        #expect(found == [.message(Array("{}".utf8))])
    }

    @Test func badHeadersAreReportedAndReadingGoesOn() {
        let found = frames(["Content-Length: -1\r\n\r\n", "X: 1\r\n\r\n", "Content-Length: 2\r\n\r\n{}"])
        #expect(found.count == 3)
        #expect(found[0] == .malformed("Content-Length '-1' is not a length"))
        #expect(found[1] == .malformed("a header without Content-Length"))
        #expect(found[2] == .message(Array("{}".utf8)))
        #expect(frames([String(repeating: "x", count: FrameDecoder.maxHeaderBytes + 1)]).count == 1)
        #expect(frames(["Content-Length: 99999999999\r\n\r\n"]) == [.malformed("Content-Length 99999999999 is over the limit of 67108864 bytes")])
    }
}
