import Mustache

// The HTML templates read the report model by name. Without these conformances swift-mustache
// finds each name through `Mirror`, which builds every child of the value for every lookup: at
// 100,000 activities that took 3.6 s of the report's 4.3 s. Each type answers the names of its
// stored properties, exactly what `Mirror` would give (`nil` for an absent optional, so that the
// lookup climbs to the enclosing value as before); `ReportTemplateValuesTests` checks them
// against `Mirror` on real reports. The rows repeated per finding, wave or stakeholder are not
// read by name: a type holding them also answers their HTML, which ``HTMLFragment`` writes when
// the template asks for it (`findingSections`, `waveRows`, ...).

extension ReportModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "goal": goal
        case "standards": standards
        case "hasStandards": hasStandards
        case "path": path
        case "summary": summary
        case "findingGroups": findingGroups
        case "hasFindings": hasFindings
        case "engagement": engagement
        case "brokers": brokers
        case "catalog": catalog
        case "hasCatalog": hasCatalog
        case "captions": captions
        case "findingSections": HTMLFragment.findingSections(findingGroups)
        default: nil
        }
    }
}

extension ReportSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "line": line
        case "completeWaves": completeWaves
        case "totalWaves": totalWaves
        case "closedWaves": closedWaves
        case "errors": errors
        case "warnings": warnings
        case "infos": infos
        case "suppressed": suppressed
        case "hasSuppressed": hasSuppressed
        case "phaseTallies": phaseTallies
        case "phaseNames": phaseNames
        case "waves": waves
        case "hasWaves": hasWaves
        case "waveRows": HTMLFragment.waveRows(waves)
        default: nil
        }
    }
}

extension ReportSummary.PhaseTally: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "phase": phase
        case "errors": errors
        case "warnings": warnings
        case "infos": infos
        case "total": total
        default: nil
        }
    }
}

extension RemedyText.Segment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isCode": isCode
        default: nil
        }
    }
}

extension DiagramCaptions: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "waves": waves
        case "stakeholders": stakeholders
        default: nil
        }
    }
}
