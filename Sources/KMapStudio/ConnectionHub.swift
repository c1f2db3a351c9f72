import HummingbirdWebSocket

/// The browsers connected to the studio: at most ``limit`` at once, each told of every new
/// snapshot. The watcher asks ``isIdle`` so that nothing is read or drawn when nobody watches.
actor ConnectionHub {
    let limit: Int
    private var writers: [Int: WebSocketOutboundWriter] = [:]
    private var nextID = 0

    init(limit: Int) {
        self.limit = limit
    }

    var count: Int { writers.count }
    var isIdle: Bool { writers.isEmpty }

    /// Registers a connection; nil when the limit is reached.
    func join(_ writer: WebSocketOutboundWriter) -> Int? {
        guard writers.count < limit else { return nil }
        nextID += 1
        writers[nextID] = writer
        return nextID
    }

    func leave(_ id: Int) {
        writers[id] = nil
    }

    /// Sends `text` to every connection; one that fails is dropped.
    func broadcast(_ text: String) async {
        for (id, writer) in writers {
            do {
                try await writer.write(.text(text))
            } catch {
                writers[id] = nil
            }
        }
    }
}
