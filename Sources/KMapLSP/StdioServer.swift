import Dispatch
import Foundation

/// Runs a ``ServerCore`` on a byte stream: reads framed messages from `input` on a thread of its
/// own, handles them one at a time on a serial queue, and writes framed answers to `output`.
/// Diagnostics are published once edits pause for ``debounce`` (each new change restarts the wait).
public final class StdioServer: @unchecked Sendable {
    /// How long the server waits after a change before it checks the map and publishes.
    public static let debounce: DispatchTimeInterval = .milliseconds(30)

    private var core: ServerCore
    private let queue = DispatchQueue(label: "kmap.lsp")
    private let input: FileHandle
    private let output: FileHandle
    private let log: FileHandle
    /// Bumped by every message; a scheduled publication runs only if no message came after it.
    private var generation = 0
    private let finished = DispatchSemaphore(value: 0)
    private var status: Int32 = 1

    public init(core: ServerCore, input: FileHandle = .standardInput, output: FileHandle = .standardOutput,
                log: FileHandle = .standardError) {
        self.core = core
        self.input = input
        self.output = output
        self.log = log
    }

    /// Serves until `exit` or the end of the input; returns the exit status the protocol asks for.
    public func run() -> Int32 {
        let reader = Thread { [self] in read() }
        reader.stackSize = 8 << 20
        reader.start()
        finished.wait()
        return status
    }

    private func read() {
        var decoder = FrameDecoder()
        while true {
            let chunk = input.availableData
            if chunk.isEmpty {
                queue.sync { finish(core.exitStatus ?? 1) }
                return
            }
            decoder.append(chunk)
            while let frame = decoder.next() {
                queue.sync { handle(frame) }
            }
        }
    }

    private func handle(_ frame: FrameDecoder.Frame) {
        switch frame {
        case .malformed(let problem):
            write(.error(id: .null, .parseError("the message header cannot be read: \(problem)")))
            note("malformed header: \(problem)")
        case .message(let content):
            for answer in core.receive(content) { write(answer) }
            for entry in core.log { note(entry) }
            core.log.removeAll()
            if let exit = core.exitStatus { return finish(exit) }
            schedulePublication()
        }
    }

    private func schedulePublication() {
        guard !core.pendingDiagnostics.isEmpty else { return }
        generation += 1
        let scheduled = generation
        queue.asyncAfter(deadline: .now() + Self.debounce) { [self] in
            guard scheduled == generation, core.exitStatus == nil else { return }
            for notification in core.publishPending() { write(notification) }
        }
    }

    private func finish(_ exit: Int32) {
        status = exit
        finished.signal()
    }

    private func write(_ message: RPCOutgoing) {
        output.write(Data(FrameDecoder.frame(message.json.serialized)))
    }

    private func note(_ text: String) {
        log.write(Data("kmap lsp: \(text)\n".utf8))
    }
}
