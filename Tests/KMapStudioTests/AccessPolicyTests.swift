import Testing
@testable import KMapStudio

@Suite struct AccessPolicyTests {
    let loopback = AccessPolicy(host: "127.0.0.1", port: 8080, shared: false, token: "abc123")
    let shared = AccessPolicy(host: "10.0.0.5", port: 9000, shared: true, token: "abc123")

    @Test func loopbackAnswersOnlyForLocalNames() {
        #expect(loopback.acceptsHost("127.0.0.1:8080"))
        #expect(loopback.acceptsHost("localhost:8080"))
        #expect(!loopback.acceptsHost("evil.example:8080"))
        #expect(!loopback.acceptsHost(nil))
        #expect(loopback.pageCarriesToken)
        #expect(!shared.pageCarriesToken)
    }

    @Test func upgradeNeedsTheServersOwnOrigin() {
        #expect(loopback.acceptsUpgrade(host: "127.0.0.1:8080", origin: "http://127.0.0.1:8080"))
        #expect(!loopback.acceptsUpgrade(host: "127.0.0.1:8080", origin: "http://evil.example"))
        #expect(!loopback.acceptsUpgrade(host: "127.0.0.1:8080", origin: nil))
        #expect(!shared.acceptsUpgrade(host: "10.0.0.5:9000", origin: "http://localhost:9000"))
    }

    @Test func editsNeedTheExactToken() {
        #expect(loopback.allowsEdit(token: "abc123"))
        #expect(!loopback.allowsEdit(token: "abc124"))
        #expect(!loopback.allowsEdit(token: "abc12"))
        #expect(!loopback.allowsEdit(token: nil))
    }

    @Test func tokensAreRandomHex() {
        let first = AccessPolicy.randomToken(), second = AccessPolicy.randomToken()
        #expect(first.count == 32 && first.allSatisfy(\.isHexDigit))
        #expect(first != second)
    }
}
