import Mustache

// The report's later sections as the HTML templates read them, by name and without `Mirror`
// (see `ReportTemplateValues.swift`): engagement, brokers, techniques and evidence.

extension EngagementSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "phases": phases
        case "rows": rows
        case "hasRows": hasRows
        case "stakeholderRows": HTMLFragment.stakeholderRows(rows)
        default: nil
        }
    }
}

extension BrokerSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "declared": declared
        case "deFacto": deFacto
        case "bottlenecks": bottlenecks
        case "central": central
        case "hasDeclared": hasDeclared
        case "hasDeFacto": hasDeFacto
        case "hasBottlenecks": hasBottlenecks
        case "hasCentral": hasCentral
        case "sampleNote": sampleNote
        case "declaredItems": HTMLFragment.brokerItems(declared, linksFindings: true)
        case "deFactoItems": HTMLFragment.brokerItems(deFacto, linksFindings: false)
        case "bottleneckItems": HTMLFragment.brokerItems(bottlenecks, linksFindings: true)
        default: nil
        }
    }
}

extension BrokerSection.Line: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "text": text
        case "findingAnchor": findingAnchor
        default: nil
        }
    }
}

extension TechniqueEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": slug
        case "anchor": anchor
        case "name": self.name
        case "summary": summary
        case "phases": phases
        case "timing": timing
        case "citedBy": citedBy
        case "usage": usage
        default: nil
        }
    }
}

extension EvidenceReport: MustacheParent {
    /// The section's values by name, for the report's template.
    public func child(named name: String) -> Any? {
        switch name {
        case "period": period
        case "occurrences": occurrences
        case "findings": findings
        case "hasFindings": hasFindings
        case "phaseNames": phaseNames
        case "byPhase": byPhase
        case "participation": participation
        case "lessons": lessons
        case "waves": waves
        case "timelineSVG": timelineSVG
        default: nil
        }
    }
}

extension EvidenceReport.Finding: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": severity
        case "code": code
        case "slug": slug
        case "ruleName": ruleName
        case "message": message
        case "remedy": remedy
        case "remedySegments": remedySegments
        default: nil
        }
    }
}

extension EvidenceReport.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "id": id
        case "cells": cells
        default: nil
        }
    }
}
