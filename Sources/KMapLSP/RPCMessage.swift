/// A JSON-RPC 2.0 error: a code from the specification or the Language Server Protocol, and words.
public struct RPCError: Error, Hashable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> RPCError { RPCError(code: -32700, message: message) }
    public static func invalidRequest(_ message: String) -> RPCError { RPCError(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> RPCError { RPCError(code: -32601, message: "no method '\(method)'") }
    public static func invalidParams(_ message: String) -> RPCError { RPCError(code: -32602, message: message) }
    public static func internalError(_ message: String) -> RPCError { RPCError(code: -32603, message: message) }
    /// LSP: a request before `initialize`.
    public static let serverNotInitialized = RPCError(code: -32002, message: "the server is not initialized yet")
    /// LSP: a request that failed for a reason the client may show (a refused rename).
    public static func requestFailed(_ message: String) -> RPCError { RPCError(code: -32803, message: message) }

    var json: JSON { ["code": .number(Double(code)), "message": .string(message)] }
}

/// One message of the protocol, read from its JSON.
public enum RPCMessage: Hashable, Sendable {
    case request(id: JSON, method: String, params: JSON?)
    case notification(method: String, params: JSON?)
    /// A client's answer to a request of the server's.
    case response(id: JSON, result: JSON?, error: JSON?)

    /// Reads a message; a failure carries the error to answer with and the id, when one was readable.
    public static func decode(_ content: [UInt8]) -> Result<RPCMessage, RPCFailure> {
        guard let json = JSON.parse(content) else { return .failure(RPCFailure(id: .null, error: .parseError("the content is not JSON"))) }
        guard case .object = json else {
            return .failure(RPCFailure(id: .null, error: .invalidRequest("a message is a JSON object (batches are not used by the protocol)")))
        }
        let id = json["id"]
        if let id, !Self.isValidID(id) { return .failure(RPCFailure(id: .null, error: .invalidRequest("an id is a number or a string"))) }
        guard json["jsonrpc"]?.string == "2.0" else {
            return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("'jsonrpc' must be \"2.0\"")))
        }
        // `"params": null` is how some clients (Emacs's jsonrpc) write a request without params.
        let params = json["params"].flatMap { value -> JSON? in if case .null = value { nil } else { value } }
        if let params, !Self.isStructured(params) {
            return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("'params' is an object or an array")))
        }
        if let method = json["method"] {
            guard let name = method.string else { return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("'method' is a string"))) }
            if let id { return .success(.request(id: id, method: name, params: params)) }
            return .success(.notification(method: name, params: params))
        }
        if let id, json["result"] != nil || json["error"] != nil { return .success(.response(id: id, result: json["result"], error: json["error"])) }
        return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("a message has a 'method', or a 'result' or an 'error'")))
    }

    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .string: true
        case .number: id.int != nil
        default: false
        }
    }

    private static func isStructured(_ value: JSON) -> Bool {
        switch value {
        case .object, .array: true
        default: false
        }
    }
}

/// A message that cannot be handled, and the error to answer it with.
public struct RPCFailure: Error, Hashable, Sendable {
    public var id: JSON
    public var error: RPCError
}

/// What the server writes: a response, or a notification or request of its own.
public enum RPCOutgoing: Hashable, Sendable {
    case result(id: JSON, JSON)
    case error(id: JSON, RPCError)
    case notification(method: String, params: JSON)
    /// A request from the server to the client (`client/registerCapability`); its response is read and dropped.
    case request(id: JSON, method: String, params: JSON)

    public var json: JSON {
        switch self {
        case .result(let id, let result): ["jsonrpc": "2.0", "id": id, "result": result]
        case .error(let id, let error): ["jsonrpc": "2.0", "id": id, "error": error.json]
        case .notification(let method, let params): ["jsonrpc": "2.0", "method": .string(method), "params": params]
        case .request(let id, let method, let params): ["jsonrpc": "2.0", "id": id, "method": .string(method), "params": params]
        }
    }
}
