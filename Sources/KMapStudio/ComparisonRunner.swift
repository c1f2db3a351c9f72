import Dispatch

/// Runs "compare with" off the request path: the request is answered at once, the comparison
/// (two versions read and analysed, perhaps a `git show`) runs on a queue of its own, one at a
/// time, outside the threads that serve requests and push snapshots, and its result is pushed to
/// the browsers when done, tagged with the id the page chose.
struct ComparisonRunner: Sendable {
    let document: MapDocument
    let hub: ConnectionHub
    private let queue = DispatchQueue(label: "kmap.studio.compare", qos: .utility)

    init(document: MapDocument, hub: ConnectionHub) {
        self.document = document
        self.hub = hub
    }

    /// Starts comparing the map with `against`; `request` identifies the result for the page.
    func start(_ against: String, request: String) {
        let document = self.document, hub = self.hub
        queue.async {
            let result = MapComparison.compare(document: document, with: against)
            let message = StudioMessages.comparison(result, request: request)
            Task { await hub.broadcast(message) }
        }
    }
}
