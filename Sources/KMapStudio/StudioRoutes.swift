import Foundation
import HTTPTypes
import Hummingbird

/// The HTTP side of the studio: the page and its assets, the snapshot, saves, checks of the text
/// being typed, and the start of comparisons (their results are pushed).
/// Every request must name this server in `Host`; writes must carry the edit token.
struct StudioRoutes: Sendable {
    let session: StudioSession
    let document: MapDocument
    let policy: PolicyBox
    let comparisons: ComparisonRunner

    static let tokenHeader = HTTPField.Name("X-KMap-Token")!

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: HostCheck(policy: policy))
        router.get("/") { _, _ in page() }
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), let asset = StudioAssets.named(name) else {
                return Self.text("not found", status: .notFound)
            }
            return Self.response(asset.body, type: asset.contentType)
        }
        router.get("/api/snapshot") { _, _ in
            Self.response(StudioMessages.json(await session.current()), type: "application/json")
        }
        router.post("/api/save") { request, _ in try await save(request) }
        router.post("/api/check") { request, _ in try await check(request) }
        router.get("/api/compare") { request, _ in compare(request) }
        return router
    }

    private func page() -> Response {
        let token = policy.policy.flatMap { $0.pageCarriesToken ? $0.token : nil }
        return Self.response(StudioAssets.page(token: token), type: "text/html; charset=utf-8")
    }

    private struct SaveRequest: Decodable {
        var expected: String
        var source: String
    }

    private struct SaveReply: Encodable {
        var status: String
        var version: String
    }

    private struct CheckRequest: Decodable {
        var source: String
    }

    private struct CheckReply: Encodable {
        var diagnostics: [DiagnosticItem]
    }

    /// The diagnostics of the text being typed (not saved): only editors type, so only they ask.
    private func check(_ request: Request) async throws -> Response {
        guard allowsEdit(request) else { return Self.forbidden }
        guard let draft = try await decode(CheckRequest.self, from: request) else {
            return Self.text("the request is not a check", status: .badRequest)
        }
        let diagnostics = SourcePane.draft(draft.source, path: document.path, configuration: session.configuration, maxBytes: document.maxBytes)
        let reply = CheckReply(diagnostics: diagnostics)
        return Self.response(StudioMessages.json(reply), type: "application/json")
    }

    private struct CompareReply: Encodable {
        var status = "started"
        var request: String
    }

    /// Starts "compare with" and answers at once (202); the result is pushed over the live
    /// connection under the page's `request` id (letters, digits and `-`, at most 64).
    private func compare(_ request: Request) -> Response {
        let against = request.uri.queryParameters.get("with") ?? ""
        let id = request.uri.queryParameters.get("request") ?? ""
        guard !id.isEmpty, id.count <= 64, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            return Self.text("a comparison needs a request id", status: .badRequest)
        }
        comparisons.start(against, request: id)
        return Self.response(StudioMessages.json(CompareReply(request: id)), type: "application/json", status: .accepted)
    }

    private func allowsEdit(_ request: Request) -> Bool {
        policy.policy?.allowsEdit(token: request.headers[Self.tokenHeader]) == true
    }

    private static var forbidden: Response { text("editing needs the token printed by kmap serve", status: .forbidden) }

    /// The JSON body of a request, at most a map's size (twice, for escapes) plus room for the keys.
    private func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws -> Body? {
        let body = try await request.body.collect(upTo: document.maxBytes * 2 + 4096)
        return try? JSONDecoder().decode(type, from: Data(String(buffer: body).utf8))
    }

    private func save(_ request: Request) async throws -> Response {
        guard allowsEdit(request) else { return Self.forbidden }
        guard let save = try await decode(SaveRequest.self, from: request) else {
            return Self.text("the request is not a save", status: .badRequest)
        }
        do {
            switch try document.save(save.source, expected: save.expected) {
            case .saved(let version):
                return Self.response(StudioMessages.json(SaveReply(status: "saved", version: version)), type: "application/json")
            case .conflict(let current):
                let reply = StudioMessages.json(SaveReply(status: "conflict", version: current))
                return Self.response(reply, type: "application/json", status: .conflict)
            }
        } catch {
            return Self.text("\(error)", status: .internalServerError)
        }
    }

    static func text(_ text: String, status: HTTPResponse.Status) -> Response {
        response(text, type: "text/plain; charset=utf-8", status: status)
    }

    /// A response that forbids every script, style or frame not served by the studio itself.
    static func response(_ body: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Refuses requests whose `Host` is not this server (DNS rebinding).
struct HostCheck: RouterMiddleware {
    typealias Context = BasicRequestContext
    let policy: PolicyBox

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard policy.policy?.acceptsHost(request.head.authority) == true else {
            return StudioRoutes.text("unknown host", status: .misdirectedRequest)
        }
        return try await next(request, context)
    }
}
