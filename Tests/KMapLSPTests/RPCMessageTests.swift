import KMapLSP
import Testing

@Suite struct RPCMessageTests {
    private func decode(_ text: String) -> Result<RPCMessage, RPCFailure> { RPCMessage.decode(Array(text.utf8)) }

    @Test func requestsNotificationsAndResponsesAreTold() throws {
        #expect(try decode(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#).get() == .request(id: 1, method: "shutdown", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","id":"a","method":"m","params":[1]}"#).get() == .request(id: "a", method: "m", params: [1]))
        #expect(try decode(#"{"jsonrpc":"2.0","method":"exit"}"#).get() == .notification(method: "exit", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","id":4,"method":"shutdown","params":null}"#).get() == .request(id: 4, method: "shutdown", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","method":"exit","params":null}"#).get() == .notification(method: "exit", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","id":3,"result":null}"#).get() == .response(id: 3, result: .null, error: nil))
    }

    @Test func malformedMessagesGetTheirErrorCodes() {
        func code(_ text: String) -> Int? { if case .failure(let failure) = decode(text) { failure.error.code } else { nil } }
        #expect(code("{") == -32700)
        #expect(code("[]") == -32600)
        #expect(code(#"{"id":1,"method":"m"}"#) == -32600)
        #expect(code(#"{"jsonrpc":"2.0","id":{},"method":"m"}"#) == -32600)
        #expect(code(#"{"jsonrpc":"2.0","id":1,"method":5}"#) == -32600)
        #expect(code(#"{"jsonrpc":"2.0","id":1,"method":"m","params":3}"#) == -32600)
        #expect(code(#"{"jsonrpc":"2.0","id":1}"#) == -32600)
    }

    @Test func theIdOfABadRequestIsKeptInTheAnswer() {
        guard case .failure(let failure) = decode(#"{"jsonrpc":"1.0","id":9,"method":"m"}"#) else {
            Issue.record("a wrong version was accepted")
            return
        }
        #expect(failure.id == 9)
    }

    @Test func jsonIsWrittenCompactWithWholeNumbersAndEscapes() {
        let value: JSON = ["b": [1, .number(2.5), true, nil], "a": "line\n\"q\""]
        #expect(value.serialized == #"{"a":"line\n\"q\"","b":[1,2.5,true,null]}"#)
        #expect(JSON.parse(Array(value.serialized.utf8)) == value)
    }
}
