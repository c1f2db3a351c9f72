import Foundation
import KMapLSP
import KMapTestSupport

/// A client speaking the protocol to a spawned `kmap lsp`, as an editor does: it frames JSON-RPC
/// messages onto the server's standard input and reads framed messages from its output on a
/// thread of its own.
final class LSPClient: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private let arrived = DispatchSemaphore(value: 0)
    private var received: [JSON] = []
    private var nextID = 1

    /// The binary built next to the test bundle, or the debug build of the checkout.
    static var binary: URL {
        let candidate = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kmap")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return GoldenFile.repositoryRoot.appendingPathComponent(".build/debug/kmap")
    }

    init(arguments: [String] = []) throws {
        process.executableURL = Self.binary
        process.arguments = ["lsp"] + arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = Thread { [self] in read() }
        reader.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    private func read() {
        var decoder = FrameDecoder()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return }
            decoder.append(chunk)
            while case .message(let content) = decoder.next() {
                guard let json = JSON.parse(content) else { continue }
                lock.withLock { received.append(json) }
                arrived.signal()
            }
        }
    }

    /// Writes raw bytes to the server.
    func write(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func notify(_ method: String, _ params: JSON = [:]) {
        write(FrameDecoder.frame(JSON.object(["jsonrpc": "2.0", "method": .string(method), "params": params]).serialized))
    }

    /// Sends a request and waits for its response (the whole response object).
    @discardableResult
    func request(_ method: String, _ params: JSON = [:]) throws -> JSON {
        let id = nextID
        nextID += 1
        write(FrameDecoder.frame(JSON.object(["jsonrpc": "2.0", "id": .number(Double(id)), "method": .string(method), "params": params]).serialized))
        return try next { $0["id"]?.int == id }
    }

    /// The next message the server sent that `matches`, waiting up to 20 seconds.
    func next(where matches: (JSON) -> Bool) throws -> JSON {
        let deadline = Date().addingTimeInterval(20)
        while true {
            let found: JSON? = lock.withLock {
                guard let index = received.firstIndex(where: matches) else { return nil }
                return received.remove(at: index)
            }
            if let found { return found }
            guard arrived.wait(timeout: .now() + deadline.timeIntervalSinceNow) == .success else {
                throw ClientError(message: "no matching message from the server in time")
            }
        }
    }

    /// The next diagnostics published for `uri`.
    func diagnostics(for uri: String) throws -> JSON {
        try next { $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri }["params"]!
    }

    /// Waits for the process to end and returns its status.
    func waitForExit() -> Int32 {
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        return process.terminationStatus
    }

    struct ClientError: Error { var message: String }
}
