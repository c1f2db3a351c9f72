import Foundation
import Hummingbird
import HummingbirdWebSocket
import KMapAnalysis
import UnixSignals

/// `kmap serve`: one page for one map, pushed to every connected browser when the file changes.
public struct StudioServer: Sendable {
    /// How the server is set up.
    public struct Settings: Sendable {
        public var host: String
        public var port: Int
        /// True for `--host`: viewers need no token, editors must carry it.
        public var shared: Bool
        public var maxConnections: Int
        /// How often the file is looked at while someone is connected.
        public var pollInterval: Duration
        /// How long Ctrl-C waits for the connections to close before the server gives up on them.
        public var shutdownGrace: Duration

        public init(host: String = "127.0.0.1", port: Int = 8080, shared: Bool = false, maxConnections: Int = 32,
                    pollInterval: Duration = .milliseconds(50), shutdownGrace: Duration = .seconds(2)) {
            self.host = host
            self.port = port
            self.shared = shared
            self.maxConnections = maxConnections
            self.pollInterval = pollInterval
            self.shutdownGrace = shutdownGrace
        }
    }

    let settings: Settings
    let session: StudioSession
    let hub: ConnectionHub
    let document: MapDocument

    public init(document: MapDocument, configuration: AnalysisConfiguration, settings: Settings) {
        self.settings = settings
        self.document = document
        session = StudioSession(document: document, configuration: configuration)
        hub = ConnectionHub(limit: settings.maxConnections)
    }

    /// Serves until SIGINT or SIGTERM, then closes every connection and returns.
    /// - Parameters:
    ///   - onRunning: called with the bound port and the access policy once listening.
    ///   - onShutdownOverdue: called when connections are still open ``Settings/shutdownGrace``
    ///     after the signal; the caller may then end without waiting for this function.
    public func run(
        onRunning: @escaping @Sendable (Int, AccessPolicy) -> Void, onShutdownOverdue: @escaping @Sendable () -> Void
    ) async throws {
        let policyBox = PolicyBox()
        let hub = self.hub, session = self.session, settings = self.settings
        let routes = StudioRoutes(session: session, document: document, policy: policyBox,
                                  comparisons: ComparisonRunner(document: document, hub: hub))
        let app = Application(
            router: routes.router(),
            server: .http1WebSocketUpgrade { request, _, _ in
                guard let policy = policyBox.policy,
                      request.path?.split(separator: "?").first == "/live",
                      policy.acceptsUpgrade(host: request.authority, origin: request.headerFields[.origin])
                else { return .dontUpgrade }
                return .upgrade([:]) { inbound, outbound, _ in
                    guard let id = await hub.join(outbound) else {
                        try await outbound.write(.text(StudioMessages.full(limit: hub.limit)))
                        try await outbound.close(.policyViolation, reason: "too many connections")
                        return
                    }
                    defer { Task { await hub.leave(id) } }
                    try await outbound.write(.text(StudioMessages.snapshot(await session.current())))
                    for try await _ in inbound {}
                }
            },
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "kmap"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                let policy = AccessPolicy(host: settings.host, port: port, shared: settings.shared)
                policyBox.policy = policy
                onRunning(port, policy)
            }
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask { try await Self.watch(session: session, hub: hub, every: settings.pollInterval) }
            group.addTask { await Self.shutdownDeadline(grace: settings.shutdownGrace, overdue: onShutdownOverdue) }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Ctrl-C's deadline. Hummingbird's graceful shutdown closes the WebSockets and waits for every
    /// accepted connection to end, and a browser may hold one open without ever sending a request
    /// (Chromium opens sockets ahead of need), which would keep the server up until the browser
    /// gives it up. `grace` after the first SIGINT or SIGTERM, `overdue` is called.
    static func shutdownDeadline(grace: Duration, overdue: @Sendable () -> Void) async {
        for await _ in await UnixSignalsSequence(trapping: .sigint, .sigterm) { break }
        guard (try? await Task.sleep(for: grace)) != nil else { return }
        overdue()
    }

    /// Looks at the file while someone is connected and pushes each new snapshot to everyone.
    static func watch(session: StudioSession, hub: ConnectionHub, every interval: Duration) async throws {
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            guard await !hub.isIdle else { continue }
            if let snapshot = await session.refreshIfChanged() {
                await hub.broadcast(StudioMessages.snapshot(snapshot))
            }
        }
    }
}

/// The access policy, known once the port is bound (port 0 picks one), read by every request.
final class PolicyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: AccessPolicy?

    var policy: AccessPolicy? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// The JSON texts the server sends.
enum StudioMessages {
    private struct SnapshotMessage: Encodable {
        var type = "snapshot"
        var snapshot: StudioSnapshot
    }

    /// `{"snapshot":{...},"type":"snapshot"}`: what a browser receives on connecting and on change.
    static func snapshot(_ snapshot: StudioSnapshot) -> String {
        json(SnapshotMessage(snapshot: snapshot))
    }

    private struct FullMessage: Encodable {
        var type = "full"
        var limit: Int
    }

    /// `{"limit":N,"type":"full"}`: what a browser past the connection limit receives before the
    /// socket is closed, so the page can say why it is not live.
    static func full(limit: Int) -> String {
        json(FullMessage(limit: limit))
    }

    private struct ComparisonMessage: Encodable {
        var type = "comparison"
        var request: String
        var comparison: MapComparison
    }

    /// `{"comparison":{...},"request":"...","type":"comparison"}`: a finished "compare with",
    /// for the page that asked under `request`.
    static func comparison(_ comparison: MapComparison, request: String) -> String {
        json(ComparisonMessage(request: request, comparison: comparison))
    }

    /// Sorted keys, slashes as they are; `<` and `>` in strings are safe because the page
    /// parses JSON and writes strings as text.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
