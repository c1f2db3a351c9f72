/// The records of kmap's JSON export, version 1 (`docs/kmap-export.schema.json`).
///
/// Field names are part of the format: renaming or removing one needs a new
/// ``ExportDocument/version``. Absent values are written as `null`, never left out.
struct ExportDocument: Encodable {
    /// The format version written as `kmapExportVersion`.
    static let version = 1

    var kmapExportVersion = ExportDocument.version
    var map: MapRecord
    var stakeholders: [StakeholderRecord]
    var repositories: [RepositoryRecord]
    var activities: [ActivityRecord]
    var flows: [FlowRecord]
    var waves: [WaveRecord]
    var findings: [FindingRecord]
    var suppressedFindings: [FindingRecord]
    var summary: SummaryRecord
    var engagement: EngagementRecord
    var brokers: BrokersRecord
}

/// Encodes `nil` as `null` instead of leaving the key out.
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// 1-based start and end of a declaration or finding; the end is exclusive.
struct LocationRecord: Encodable {
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
}

struct MapRecord: Encodable {
    var path: String
    @Nullable var title: String?
    @Nullable var goal: String?
    var standards: [String]
    var phases: [String]
    /// `default` or `custom`.
    var framework: String
}

struct StakeholderRecord: Encodable {
    var id: String
    var label: String
    var broker: Bool
    var external: Bool
    var group: String
    var location: LocationRecord
}

struct RepositoryRecord: Encodable {
    var id: String
    var label: String
    @Nullable var owner: String?
    var location: LocationRecord
}

struct CadenceRecord: Encodable {
    var count: Int
    var unit: String
    /// Approximate period in days.
    var days: Double
}

struct ActivityRecord: Encodable {
    var id: String
    var label: String
    var phase: String
    var by: [String]
    var `for`: [String]
    @Nullable var cadence: CadenceRecord?
    /// As written in the map.
    @Nullable var technique: String?
    /// The catalog slug the technique resolves to; null when the catalog does not know it.
    @Nullable var techniqueSlug: String?
    @Nullable var routine: String?
    @Nullable var action: String?
    var status: String
    var indicators: [String]
    var notes: [String]
    /// The declared wave the activity is written in.
    @Nullable var wave: String?
    /// Ids of the nodes it flows to, in flow order.
    var next: [String]
    var location: LocationRecord
}

struct FlowRecord: Encodable {
    var from: String
    var to: String
    @Nullable var label: String?
    var location: LocationRecord
}

struct WaveRecord: Encodable {
    var id: String
    var label: String
    var declared: Bool
    var start: String
    var reachedPhases: [String]
    var missingPhases: [String]
    var furthestPhase: String
    var lastActivity: String
    var complete: Bool
    var closed: Bool
    var path: [String]
}

struct NoteRecord: Encodable {
    var message: String
    @Nullable var location: LocationRecord?
}

struct FindingRecord: Encodable {
    var code: String
    var slug: String
    var severity: String
    var message: String
    var subject: String
    @Nullable var wave: String?
    var nodes: [String]
    @Nullable var missingPhase: String?
    var remedy: String
    var notes: [NoteRecord]
    var location: LocationRecord
}

struct SummaryRecord: Encodable {
    var completeWaves: Int
    var totalWaves: Int
    var closedWaves: Int
    var errors: Int
    var warnings: Int
    var infos: Int
    var suppressed: Int
    var failureThreshold: String
    var fails: Bool
}

struct EngagementRecord: Encodable {
    struct Row: Encodable {
        var stakeholder: String
        /// Activities owned, one count per phase.
        var owner: [Int]
        /// Activities the stakeholder is the audience of, one count per phase.
        var audience: [Int]
    }

    var phases: [String]
    var rows: [Row]
}

struct BrokersRecord: Encodable {
    struct Measure: Encodable {
        var stakeholder: String
        var declaredBroker: Bool
        var betweenness: Double
        var bridgedGroups: [String]
    }

    var measures: [Measure]
    var bridgingBrokers: [String]
    var nonBridgingBrokers: [String]
    var deFactoBrokers: [String]
    var sampled: Bool
    var sourcesUsed: Int
}
