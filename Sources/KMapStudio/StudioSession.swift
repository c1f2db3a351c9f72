import Foundation
import KMapAnalysis
import KMapLanguage

/// The studio's state: the latest snapshot of the map, rebuilt whenever the file changes.
/// Rebuilding is serialised here, so Graphviz is only ever driven from one place at a time.
actor StudioSession {
    let document: MapDocument
    let configuration: AnalysisConfiguration
    private(set) var snapshot: StudioSnapshot?
    private var lastStamp: FileStamp?

    init(document: MapDocument, configuration: AnalysisConfiguration) {
        self.document = document
        self.configuration = configuration
    }

    /// The current snapshot, built on first use.
    func current() -> StudioSnapshot {
        if let snapshot, lastStamp == document.stamp() { return snapshot }
        return rebuild()
    }

    /// Rebuilds when the file's stamp changed since the last build; returns the new snapshot then.
    func refreshIfChanged() -> StudioSnapshot? {
        guard document.stamp() != lastStamp else { return nil }
        let previous = snapshot?.version
        let next = rebuild()
        return next.version == previous ? nil : next
    }

    @discardableResult
    private func rebuild() -> StudioSnapshot {
        lastStamp = document.stamp()
        let next: StudioSnapshot
        switch document.load() {
        case .success(let source):
            next = SnapshotBuilder.build(source, configuration: configuration, lastGood: snapshot)
        case .failure(let error):
            next = SnapshotBuilder.unreadable(error, path: document.path, lastGood: snapshot)
        }
        snapshot = next
        return next
    }
}
