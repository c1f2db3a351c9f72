import Foundation
import Hummingbird
import HummingbirdWebSocket
import KMapAnalysis

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

        public init(host: String = "127.0.0.1", port: Int = 8080, shared: Bool = false, maxConnections: Int = 32,
                    pollInterval: Duration = .milliseconds(50)) {
            self.host = host
            self.port = port
            self.shared = shared
            self.maxConnections = maxConnections
            self.pollInterval = pollInterval
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
    /// - Parameter onRunning: called with the bound port and the access policy once listening.
    public func run(onRunning: @escaping @Sendable (Int, AccessPolicy) -> Void) async throws {
        let policyBox = PolicyBox()
        let routes = StudioRoutes(session: session, document: document, policy: policyBox)
        let hub = self.hub, session = self.session, settings = self.settings
        let app = Application(
            router: routes.router(),
            server: .http1WebSocketUpgrade { request, _, _ in
                guard let policy = policyBox.policy,
                      request.path?.split(separator: "?").first == "/live",
                      policy.acceptsUpgrade(host: request.authority, origin: request.headerFields[.origin])
                else { return .dontUpgrade }
                return .upgrade([:]) { inbound, outbound, _ in
                    guard let id = await hub.join(outbound) else {
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
            try await group.next()
            group.cancelAll()
        }
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

    /// Sorted keys, slashes as they are; `<` and `>` in strings are safe because the page
    /// parses JSON and writes strings as text.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
