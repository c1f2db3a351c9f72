import KMapLSP

/// The language server's promises for any bytes on its input: the framing never crashes and
/// gives back every byte it was handed as messages or reported headers; every message read is
/// answered with at most one response (a request with exactly one, carrying its id, or an error
/// with a null id when the id cannot be read); every answer is JSON that reads back; and a
/// message framed by the server decodes to itself.
///
/// `KMapFuzzLSP` runs this on every input libFuzzer makes: the bytes are the stream a client
/// writes after a proper `initialize`, so the handlers behind it are reached too.
public enum LSPChecks {
    static let initialize = Array(FrameDecoder.frame(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}"#))

    public static func brokenPromises(_ bytes: [UInt8]) -> [String] {
        var broken: [String] = []
        var decoder = FrameDecoder()
        var core = ServerCore()
        decoder.append(initialize + bytes)
        var frames = 0
        while let frame = decoder.next(), frames < 10_000 {
            frames += 1
            guard case .message(let content) = frame else { continue }
            let answers = core.receive(content) + core.publishPending()
            broken += problems(in: answers, for: content)
            if core.exitStatus != nil { break }
            let framed = FrameDecoder.frame(String(decoding: content, as: UTF8.self))
            var again = FrameDecoder()
            again.append(framed)
            if again.next() != .message(Array(String(decoding: content, as: UTF8.self).utf8)) {
                broken.append("a framed message does not read back")
            }
        }
        return broken
    }

    private static func problems(in answers: [RPCOutgoing], for content: [UInt8]) -> [String] {
        var broken: [String] = []
        let responses = answers.filter {
            switch $0 {
            case .notification, .request: false
            case .result, .error: true
            }
        }
        if responses.count > 1 { broken.append("\(responses.count) responses to one message") }
        if case .success(.request(let id, _, _)) = RPCMessage.decode(content) {
            let ids = responses.map { answer -> JSON? in
                switch answer {
                case .result(let id, _), .error(let id, _): id
                case .notification, .request: nil
                }
            }
            if ids != [id] { broken.append("a request with id \(id.serialized) was answered \(ids.count) times") }
        }
        for answer in answers where JSON.parse(Array(answer.json.serialized.utf8)) == nil {
            broken.append("an answer that is not JSON: \(answer.json.serialized.prefix(200))")
        }
        return broken
    }
}
