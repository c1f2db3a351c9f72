import KMapAnalysis
import KMapLanguage
import KMapModel

/// `kmap export --format json`: the resolved map, its waves and its findings as one JSON document,
/// described by `docs/kmap-export.schema.json` and versioned by `kmapExportVersion`.
///
/// The document is written straight from the model in one pass, in the layout of Foundation's
/// `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`, which wrote
/// it before: keys in `String` order, absent values as `null` (never left out). Field names are
/// part of the format: renaming or removing one needs a new ``version``.
public enum JSONExport {
    /// The format version this build writes.
    public static let version = 1

    /// The export of `analysis` (same input, same bytes), ending with a line break.
    public static func encode(_ analysis: AnalysisResult) -> String {
        String(decoding: encodeUTF8(analysis), as: UTF8.self)
    }

    /// ``encode(_:)`` as UTF-8 bytes, for a file: no `String` is made (at 1,000,000 activities
    /// the export is 1.3 GB, and making it a `String` validates and copies every byte).
    public static func encodeUTF8(_ analysis: AnalysisResult) -> [UInt8] {
        var writer = JSONWriter(layout: .foundationEncoder, capacity: estimatedSize(of: analysis))
        ExportDocument(analysis: analysis).write(to: &writer)
        return writer.finishUTF8()
    }

    /// A guess of the export's size from the sizes records take in generated maps, so that the
    /// buffer seldom grows (room reserved but never written costs no memory).
    private static func estimatedSize(of analysis: AnalysisResult) -> Int {
        let map = analysis.map
        let perStakeholder = 1_000 + 50 * map.framework.phases.count
        return 4_096 + 750 * map.activities.count + 250 * (map.flows.count + map.repositories.count)
            + perStakeholder * map.stakeholders.count + 650 * analysis.waves.count
            + 900 * (analysis.findings.count + analysis.suppressed.count)
    }
}

/// The export document of one analysis; each method writes one record, its keys in sorted order,
/// with ids for indices and names for phase numbers.
///
/// A class: its methods are passed as closures (`records("flows", map.flows, flow, ...)`), and a
/// method of a struct holding the map and the analysis copied them, retaining every array they
/// hold, at each call (a third of the export's time).
final class ExportDocument {
    let analysis: AnalysisResult
    let map: KMap
    /// Where the last location was found, for the next one.
    private var cursor: SourceCursor

    init(analysis: AnalysisResult) {
        self.analysis = analysis
        map = analysis.map
        cursor = SourceCursor(analysis.map.source)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("activities")
        writer.beginArray()
        map.activities.withUnsafeBufferPointer { activities in
            for index in map.activities.modelIndices { activity(activities[index.position], at: index, to: &writer) }
        }
        writer.endArray()
        writer.key("brokers")
        brokers(to: &writer)
        writer.key("engagement")
        engagement(to: &writer)
        records("findings", analysis.findings, finding, to: &writer)
        records("flows", map.flows, flow, to: &writer)
        writer.member("kmapExportVersion", JSONExport.version)
        writer.key("map")
        header(to: &writer)
        records("repositories", map.repositories, repository, to: &writer)
        records("stakeholders", map.stakeholders, stakeholder, to: &writer)
        writer.key("summary")
        summary(to: &writer)
        records("suppressedFindings", analysis.suppressed, finding, to: &writer)
        records("waves", analysis.waves, wave, to: &writer)
        writer.endObject()
        writer.endLine()
    }

    /// An array of one record per item, each written by `record`.
    private func records<Items: Sequence>(
        _ key: StaticString, _ items: Items, _ record: (Items.Element, inout JSONWriter) -> Void, to writer: inout JSONWriter
    ) {
        writer.key(key)
        writer.beginArray()
        for item in items { record(item, &writer) }
        writer.endArray()
    }

    private func header(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("framework")
        writer.string(map.framework.isDefault ? "default" : "custom")
        writer.member("goal", map.goal)
        writer.key("path")
        writer.string(map.source.path)
        writer.member("phases", strings: map.framework.phases)
        writer.member("standards", strings: map.standards)
        writer.member("title", map.title)
        writer.endObject()
    }

    private func stakeholder(_ stakeholder: Stakeholder, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("broker", stakeholder.isBroker)
        writer.member("external", stakeholder.isExternal)
        writer.member("group", stakeholder.group)
        writer.member("id", stakeholder.id)
        writer.member("label", stakeholder.label)
        location(stakeholder.range, to: &writer)
        writer.endObject()
    }

    private func repository(_ repository: Repository, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", repository.id)
        writer.member("label", repository.label)
        location(repository.range, to: &writer)
        writer.member("owner", repository.owner.map(stakeholderID))
        writer.endObject()
    }

    /// One activity, read where the map holds it (a copy retained and released each of its
    /// strings and arrays).
    private func activity(_ activity: borrowing Activity, at index: ActivityIndex, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("action", activity.action?.rawValue)
        texts("by", activity.owners, stakeholderID, to: &writer)
        writer.key("cadence")
        if let cadence = activity.cadence {
            writer.beginObject()
            writer.member("count", cadence.count)
            writer.key("days")
            writer.double(cadence.days)
            writer.member("unit", cadence.unit.rawValue)
            writer.endObject()
        } else {
            writer.null()
        }
        texts("for", activity.audience, stakeholderID, to: &writer)
        writer.member("id", activity.id)
        writer.member("indicators", strings: activity.indicators)
        writer.member("label", activity.label)
        location(activity.range, to: &writer)
        writer.key("next")
        writer.beginArray()
        for flow in map.graph.outgoingFlows(of: map.nodeIndex(.activity(index))) { writer.string(map.id(of: map.flows[flow].to)) }
        writer.endArray()
        writer.member("notes", strings: activity.notes)
        writer.member("phase", phaseName(activity.phase))
        writer.member("routine", activity.routine?.rawValue)
        writer.member("status", activity.status.rawValue)
        writer.member("technique", activity.technique)
        writer.member("techniqueSlug", activity.technique.flatMap(TechniqueCatalog.canonicalSlug))
        writer.member("wave", activity.wave.map { map[$0].id })
        writer.endObject()
    }

    private func flow(_ flow: Flow, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("from", map.id(of: flow.from))
        writer.member("label", flow.label)
        location(flow.range, to: &writer)
        writer.member("to", map.id(of: flow.to))
        writer.endObject()
    }

    /// `location`: 1-based start and end of a declaration or finding; the end is exclusive.
    func location(_ range: SourceRange, to writer: inout JSONWriter) {
        writer.key("location")
        locationObject(range, to: &writer)
    }

    func locationObject(_ range: SourceRange, to writer: inout JSONWriter) {
        let start = cursor.location(of: range.start)
        let end = cursor.location(of: range.end)
        writer.beginObject()
        writer.member("column", start.column)
        writer.member("endColumn", end.column)
        writer.member("endLine", end.line)
        writer.member("line", start.line)
        writer.endObject()
    }

    /// An array of the texts `text` gives `items`: ids for indices, names for phase numbers.
    func texts<Item>(_ key: StaticString, _ items: [Item], _ text: (Item) -> String, to writer: inout JSONWriter) {
        writer.key(key)
        writer.beginArray()
        for item in items { writer.string(text(item)) }
        writer.endArray()
    }

    func stakeholderID(_ index: StakeholderIndex) -> String { map[index].id }

    func phaseName(_ index: Int) -> String {
        map.framework.phases.indices.contains(index) ? map.framework.phases[index] : "phase \(index)"
    }

    func activityID(_ index: ActivityIndex) -> String { map[index].id }
}
