import KMapLanguage
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct SourceLoaderTests {
    private func decoded(_ bytes: [UInt8], maxBytes: Int = SourceLoader.defaultMaxBytes) -> Result<SourceFile, LoadError> {
        SourceLoader.decode(bytes: bytes, path: "in.kmap", maxBytes: maxBytes)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let source = try decoded([0xEF, 0xBB, 0xBF] + Array("map \"M\"".utf8)).get()
        #expect(source.text == "map \"M\"")
        #expect(source.bytes.first == UInt8(ascii: "m"))
    }

    @Test func emptyInputIsAnEmptyFile() throws {
        let source = try decoded([]).get()
        #expect(source.text.isEmpty)
        #expect(source.lineStarts == [0])
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let bytes = Array("map \"M\"\nstakeholder a \"".utf8) + [0xC3, 0x28] + Array("\"\nnext".utf8)
        guard case .failure(let error) = decoded(bytes) else { Issue.record("accepted invalid UTF-8"); return }
        #expect(error.diagnostic.id == .invalidUTF8)
        #expect(error.diagnostic.message.hasPrefix("invalid UTF-8 at byte offset 23 (byte 0xC3)"))
        #expect(error.source.location(of: error.diagnostic.range.start) == KMapLanguage.SourceLocation(line: 2, column: 16))
    }

    @Test func invalidUTF8AfterAByteOrderMarkCountsTheMark() {
        guard case .failure(let error) = decoded([0xEF, 0xBB, 0xBF, 0x61, 0xFF]) else { Issue.record("accepted"); return }
        #expect(error.diagnostic.message.contains("byte offset 4 (byte 0xFF)"))
    }

    @Test func oversizedInputNamesTheLimitAndTheFlag() {
        guard case .failure(let error) = decoded(Array(repeating: 0x61, count: 2049), maxBytes: 2048) else {
            Issue.record("accepted"); return
        }
        #expect(error.diagnostic.id == .inputTooLarge)
        #expect(error.diagnostic.message.contains("2048 bytes (2 KiB)"))
        #expect(error.diagnostic.message.contains("--max-input-size"))
    }

    @Test func missingFilesAndDirectoriesAreUnreadable() {
        guard case .failure(let missing) = SourceLoader.load(path: "/nonexistent/x.kmap") else { Issue.record("loaded"); return }
        #expect(missing.diagnostic.id == .unreadableFile)
        #expect(missing.diagnostic.message == "cannot read '/nonexistent/x.kmap': no such file")
        guard case .failure(let directory) = SourceLoader.load(path: "/tmp") else { Issue.record("loaded"); return }
        #expect(directory.diagnostic.message.hasSuffix("it is a directory, not a file"))
    }

    @Test func loadsAFileFromDisk() throws {
        let path = "/tmp/kmap-loader-\(getpid()).kmap"
        let text = "stakeholder a \"Ä\"\r\n"
        let file = fopen(path, "wb")
        #expect(file != nil)
        _ = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, text.utf8.count, file) }
        fclose(file)
        defer { unlink(path) }
        let source = try SourceLoader.load(path: path).get()
        #expect(source.text == text)
        guard case .failure(let tooLarge) = SourceLoader.load(path: path, maxBytes: 4) else { Issue.record("loaded"); return }
        #expect(tooLarge.diagnostic.id == .inputTooLarge)
    }
}
