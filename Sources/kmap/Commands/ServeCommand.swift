import ArgumentParser
import Foundation
import KMapStudio

/// `kmap serve`: the live workshop studio, one page for one map in every browser in the room.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a live studio page for a map: diagram, findings, source, presenter mode.",
        discussion: """
            The file on disk is the source of truth: saving it in any editor updates every open \
            page. Listens on 127.0.0.1 unless --host is given; with --host the address printed \
            carries a random token, and only pages opened with it may edit. Ctrl-C stops.
            """
    )

    @Argument(help: "The map to serve.", completion: .maps)
    var map: String

    @Option(help: ArgumentHelp("The port (0 picks a free one).", valueName: "n"))
    var port = 8080

    @Option(help: ArgumentHelp("Listen on this address to share the studio on a network.", valueName: "address"))
    var host: String?

    @Option(help: ArgumentHelp("At most this many browsers at once.", valueName: "n"))
    var maxConnections = 32

    @Flag(help: "Open the page in the default browser.")
    var open = false

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be positive") }
        guard FileManager.default.fileExists(atPath: map) else { throw ValidationError("no such map: '\(map)'") }
    }

    func run() throws {
        let settings = StudioServer.Settings(
            host: host ?? "127.0.0.1", port: port, shared: host != nil, maxConnections: maxConnections
        )
        let server = StudioServer(
            document: MapDocument(path: map, maxBytes: input.maxInputSize),
            configuration: try analysis.configuration(forMapAt: map, failOn: nil, options: input), settings: settings
        )
        let open = self.open, map = self.map
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run { port, policy in
                    let address = "http://\(Self.urlHost(settings.host)):\(port)/"
                    if settings.shared {
                        Terminal.printError("serving \(map): view at \(address), edit at \(address)?token=\(policy.token)\n")
                    } else {
                        Terminal.printError("serving \(map) at \(address) (Ctrl-C stops)\n")
                    }
                    if open { Self.openBrowser(settings.shared ? "\(address)?token=\(policy.token)" : address) }
                } onShutdownOverdue: {
                    finished.signal()
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error { throw UserError("the studio stopped: \(error)") }
    }

    private static func urlHost(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

    private static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        try? process.run()
    }
}

/// The error the server stopped with, handed from its task to the waiting command.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
