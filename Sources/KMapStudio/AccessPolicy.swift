/// Who may do what: the addresses the server answers for, and the token that allows edits.
///
/// Every request must name one of ``allowedHosts`` in its `Host` header (a page of another site
/// that rebinds its DNS name to this machine is refused). A WebSocket upgrade must come from a
/// page of this server (its `Origin` names an allowed host), so another site cannot open a
/// socket with the visitor's browser. Every write must carry the token.
public struct AccessPolicy: Sendable {
    /// The edit token: random, shown only to whoever started the server.
    public let token: String
    /// `host:port` values the server answers for.
    public let allowedHosts: Set<String>
    /// True when the page itself carries the token (loopback only: then only this machine's
    /// browsers can load it). Shared servers hand the token out in the printed address instead.
    public let pageCarriesToken: Bool

    /// A policy for a server on `host:port`; `shared` is true for `--host`.
    public init(host: String, port: Int, shared: Bool, token: String = AccessPolicy.randomToken()) {
        self.token = token
        var hosts: Set<String> = ["\(host):\(port)"]
        if !shared { hosts.formUnion(["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]) }
        allowedHosts = hosts
        pageCarriesToken = !shared
    }

    /// True when a request's `Host` header names this server.
    public func acceptsHost(_ host: String?) -> Bool {
        guard let host else { return false }
        return allowedHosts.contains(host.lowercased())
    }

    /// True when a WebSocket upgrade comes from this server's own page.
    public func acceptsUpgrade(host: String?, origin: String?) -> Bool {
        guard acceptsHost(host), let origin else { return false }
        let prefix = "http://"
        guard origin.hasPrefix(prefix) else { return false }
        return acceptsHost(String(origin.dropFirst(prefix.count)))
    }

    /// True when `candidate` is the edit token (compared in constant time).
    public func allowsEdit(token candidate: String?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(token.utf8), given = Array(candidate.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// 128 random bits as 32 hex digits, from the system's secure generator.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}
