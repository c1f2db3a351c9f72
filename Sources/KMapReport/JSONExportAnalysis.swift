import KMapAnalysis
import KMapLanguage

/// The analysis half of the export: waves, findings, summary, engagement and brokers.
extension ExportDocument {
    func wave(_ wave: WaveResult, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("closed", wave.isClosed)
        writer.member("complete", wave.isComplete)
        writer.member("declared", wave.declared)
        writer.member("furthestPhase", phaseName(wave.furthestPhase))
        writer.member("id", wave.id)
        writer.member("label", wave.label)
        writer.member("lastActivity", activityID(wave.lastActivity))
        texts("missingPhases", wave.missingPhases, phaseName, to: &writer)
        texts("path", Array(wave.path), { map.id(of: $0) }, to: &writer)
        texts("reachedPhases", wave.reached.indices.filter { wave.reached[$0] }, phaseName, to: &writer)
        writer.member("start", activityID(wave.start))
        writer.endObject()
    }

    func finding(_ finding: Finding, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("code", finding.code)
        location(finding.range, to: &writer)
        writer.member("message", finding.message)
        writer.member("missingPhase", finding.missingPhase.map(phaseName))
        texts("nodes", finding.nodes, { map.id(of: $0) }, to: &writer)
        writer.key("notes")
        writer.beginArray()
        for note in finding.notes {
            writer.beginObject()
            writer.key("location")
            if let range = note.range { locationObject(range, to: &writer) } else { writer.null() }
            writer.member("message", note.message)
            writer.endObject()
        }
        writer.endArray()
        writer.member("remedy", finding.remedy)
        writer.member("severity", finding.severity.rawValue)
        writer.member("slug", finding.slug)
        writer.member("subject", finding.key)
        writer.member("wave", finding.wave)
        writer.endObject()
    }

    func summary(to writer: inout JSONWriter) {
        let summary = analysis.summary
        writer.beginObject()
        writer.member("closedWaves", summary.closedWaves)
        writer.member("completeWaves", summary.completeWaves)
        writer.member("errors", summary.errors)
        writer.member("fails", analysis.fails)
        writer.member("failureThreshold", analysis.failureThreshold.rawValue)
        writer.member("infos", summary.infos)
        writer.member("suppressed", summary.suppressed)
        writer.member("totalWaves", summary.totalWaves)
        writer.member("warnings", summary.warnings)
        writer.endObject()
    }

    /// `owner` and `audience`: per phase, how many activities the stakeholder owns or is the audience of.
    func engagement(to writer: inout JSONWriter) {
        let engagement = analysis.engagement
        let phases = map.framework.phases.indices
        writer.beginObject()
        writer.member("phases", strings: engagement.phases)
        writer.key("rows")
        writer.beginArray()
        for row in map.stakeholders.modelIndices {
            writer.beginObject()
            writer.member("audience", ints: phases.lazy.map { engagement[row, $0].audience })
            writer.member("owner", ints: phases.lazy.map { engagement[row, $0].owner })
            writer.member("stakeholder", map.stakeholders[row].id)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    func brokers(to writer: inout JSONWriter) {
        let brokers = analysis.brokers
        writer.beginObject()
        texts("bridgingBrokers", brokers.bridgingBrokers, stakeholderID, to: &writer)
        texts("deFactoBrokers", brokers.deFactoBrokers, stakeholderID, to: &writer)
        writer.key("measures")
        writer.beginArray()
        for measure in brokers.measures {
            writer.beginObject()
            writer.key("betweenness")
            writer.double(measure.betweenness.isFinite ? measure.betweenness : 0)
            writer.member("bridgedGroups", strings: measure.bridgedGroups)
            writer.member("declaredBroker", measure.isDeclaredBroker)
            writer.member("stakeholder", measure.id)
            writer.endObject()
        }
        writer.endArray()
        texts("nonBridgingBrokers", brokers.nonBridgingBrokers, stakeholderID, to: &writer)
        writer.member("sampled", brokers.isSampled)
        writer.member("sourcesUsed", brokers.sourcesUsed)
        writer.endObject()
    }
}
