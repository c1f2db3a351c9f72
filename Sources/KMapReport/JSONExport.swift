import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel

/// `kmap export --format json`: the resolved map, its waves and its findings as one JSON document,
/// described by `docs/kmap-export.schema.json` and versioned by `kmapExportVersion`.
public enum JSONExport {
    /// The format version this build writes.
    public static var version: Int { ExportDocument.version }

    /// The export of `analysis` as pretty-printed JSON with sorted keys (same input, same bytes),
    /// ending with a line break.
    public static func encode(_ analysis: AnalysisResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document(for: analysis))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func document(for analysis: AnalysisResult) -> ExportDocument {
        let map = analysis.map
        let records = Records(map: map)
        return ExportDocument(
            map: MapRecord(
                path: map.source.path, title: map.title, goal: map.goal, standards: map.standards,
                phases: map.framework.phases, framework: map.framework.isDefault ? "default" : "custom"
            ),
            stakeholders: map.stakeholders.map { stakeholder in
                StakeholderRecord(
                    id: stakeholder.id, label: stakeholder.label, broker: stakeholder.isBroker, external: stakeholder.isExternal,
                    group: stakeholder.group, location: records.location(stakeholder.range)
                )
            },
            repositories: map.repositories.map { repository in
                RepositoryRecord(
                    id: repository.id, label: repository.label, owner: repository.owner.map(records.stakeholderID),
                    location: records.location(repository.range)
                )
            },
            activities: map.activities.indices.map(records.activity),
            flows: map.flows.map { flow in
                FlowRecord(from: map.id(of: flow.from), to: map.id(of: flow.to), label: flow.label, location: records.location(flow.range))
            },
            waves: analysis.waves.map(records.wave),
            findings: analysis.findings.map(records.finding),
            suppressedFindings: analysis.suppressed.map(records.finding),
            summary: SummaryRecord(
                completeWaves: analysis.summary.completeWaves, totalWaves: analysis.summary.totalWaves,
                closedWaves: analysis.summary.closedWaves, errors: analysis.summary.errors,
                warnings: analysis.summary.warnings, infos: analysis.summary.infos,
                suppressed: analysis.summary.suppressed, failureThreshold: analysis.failureThreshold.rawValue, fails: analysis.fails
            ),
            engagement: EngagementRecord(
                phases: analysis.engagement.phases,
                rows: map.stakeholders.indices.map { row in
                    EngagementRecord.Row(
                        stakeholder: map.stakeholders[row].id,
                        owner: map.framework.phases.indices.map { analysis.engagement[row, $0].owner },
                        audience: map.framework.phases.indices.map { analysis.engagement[row, $0].audience }
                    )
                }
            ),
            brokers: BrokersRecord(
                measures: analysis.brokers.measures.map { measure in
                    BrokersRecord.Measure(
                        stakeholder: measure.id, declaredBroker: measure.isDeclaredBroker,
                        betweenness: measure.betweenness.isFinite ? measure.betweenness : 0, bridgedGroups: measure.bridgedGroups
                    )
                },
                bridgingBrokers: analysis.brokers.bridgingBrokers.map(records.stakeholderID),
                nonBridgingBrokers: analysis.brokers.nonBridgingBrokers.map(records.stakeholderID),
                deFactoBrokers: analysis.brokers.deFactoBrokers.map(records.stakeholderID),
                sampled: analysis.brokers.isSampled, sourcesUsed: analysis.brokers.sourcesUsed
            )
        )
    }
}

/// Turns model values into export records: ids instead of indices, names instead of phase numbers.
private struct Records {
    let map: KMap

    func location(_ range: SourceRange) -> LocationRecord {
        let start = map.source.location(of: range.start)
        let end = map.source.location(of: range.end)
        return LocationRecord(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }

    func stakeholderID(_ index: Int) -> String {
        map.stakeholders.indices.contains(index) ? map.stakeholders[index].id : ""
    }

    func phaseName(_ index: Int) -> String {
        map.framework.phases.indices.contains(index) ? map.framework.phases[index] : "phase \(index)"
    }

    func activityID(_ index: Int) -> String {
        map.activities.indices.contains(index) ? map.activities[index].id : ""
    }

    func activity(_ index: Int) -> ActivityRecord {
        let activity = map.activities[index]
        return ActivityRecord(
            id: activity.id, label: activity.label, phase: phaseName(activity.phase),
            by: activity.owners.map(stakeholderID), for: activity.audience.map(stakeholderID),
            cadence: activity.cadence.map { CadenceRecord(count: $0.count, unit: $0.unit.rawValue, days: $0.days) },
            technique: activity.technique, techniqueSlug: activity.technique.flatMap(TechniqueCatalog.canonicalSlug),
            routine: activity.routine?.rawValue, action: activity.action?.rawValue, status: activity.status.rawValue,
            indicators: activity.indicators, notes: activity.notes,
            wave: activity.wave.flatMap { map.waves.indices.contains($0) ? map.waves[$0].id : nil },
            next: map.successors(of: map.nodeIndex(.activity(index))).map { map.id(of: map.node(at: $0)) },
            location: location(activity.range)
        )
    }

    func wave(_ wave: WaveResult) -> WaveRecord {
        WaveRecord(
            id: wave.id, label: wave.label, declared: wave.declared, start: activityID(wave.start),
            reachedPhases: wave.reached.indices.filter { wave.reached[$0] }.map(phaseName),
            missingPhases: wave.missingPhases.map(phaseName), furthestPhase: phaseName(wave.furthestPhase),
            lastActivity: activityID(wave.lastActivity), complete: wave.isComplete, closed: wave.isClosed,
            path: wave.path.map(map.id)
        )
    }

    func finding(_ finding: Finding) -> FindingRecord {
        FindingRecord(
            code: finding.code, slug: finding.slug, severity: finding.severity.rawValue, message: finding.message,
            subject: finding.subject, wave: finding.wave, nodes: finding.nodes.map(map.id),
            missingPhase: finding.missingPhase.map(phaseName), remedy: finding.remedy,
            notes: finding.notes.map { NoteRecord(message: $0.message, location: $0.range.map(location)) },
            location: location(finding.range)
        )
    }
}
