import Foundation
import KMapAnalysis
import KMapLanguage
import KMapPipeline

/// The studio's state: the latest snapshot of the map, rebuilt whenever the map or the evidence
/// log beside it (``EvidenceItem/logPath(besideMap:)``) changes.
/// Rebuilding is serialised here, so Graphviz is only ever driven from one place at a time.
actor StudioSession {
    let document: MapDocument
    let configuration: AnalysisConfiguration
    private(set) var snapshot: StudioSnapshot?
    private var lastStamp: Stamps?

    /// The states of the map and of its evidence log (a missing log has a stamp of its own).
    private struct Stamps: Equatable {
        var map: FileStamp
        var log: FileStamp
    }

    /// Where the map's evidence log would be.
    private var logPath: String { EvidenceItem.logPath(besideMap: document.path) }

    private func stamps() -> Stamps { Stamps(map: document.stamp(), log: FileStamp(path: logPath)) }

    init(document: MapDocument, configuration: AnalysisConfiguration) {
        self.document = document
        self.configuration = configuration
    }

    /// The current snapshot, built on first use.
    func current() -> StudioSnapshot {
        if let snapshot, lastStamp == stamps() { return snapshot }
        return rebuild()
    }

    /// Rebuilds when the file's stamp changed since the last build; returns the new snapshot then.
    func refreshIfChanged() -> StudioSnapshot? {
        guard stamps() != lastStamp else { return nil }
        let previous = snapshot.map { ($0.version, $0.evidence?.version) }
        let next = rebuild()
        return previous.map { $0 == (next.version, next.evidence?.version) } == true ? nil : next
    }

    @discardableResult
    private func rebuild() -> StudioSnapshot {
        lastStamp = stamps()
        let next: StudioSnapshot
        switch document.load() {
        case .success(let source):
            let evidence = FileManager.default.fileExists(atPath: logPath)
                ? MapInput.file(path: logPath).load(maxBytes: document.maxBytes) : nil
            next = SnapshotBuilder.build(source, configuration: configuration, evidenceLog: evidence, lastGood: snapshot)
        case .failure(let error):
            next = SnapshotBuilder.unreadable(error, path: document.path, lastGood: snapshot)
        }
        snapshot = next
        return next
    }
}
