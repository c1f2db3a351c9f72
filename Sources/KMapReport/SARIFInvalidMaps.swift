import KMapLanguage

/// A map that could not be analysed: its source and the diagnostics that stopped it (a syntax
/// error, an undefined reference, a file that is not UTF-8).
public struct InvalidMap: Sendable {
    public let source: SourceFile
    public let diagnostics: [Diagnostic]

    public init(source: SourceFile, diagnostics: [Diagnostic]) {
        self.source = source
        self.diagnostics = diagnostics
    }
}

/// The SARIF of maps that do not parse or resolve: each diagnostic a result at its place (so code
/// scanning shows the mistake where a reviewer looks), its id a reporting descriptor after the
/// analysis rules, and one tool execution notification per map saying it was not analysed.
struct SARIFInvalidMaps {
    /// The distinct diagnostic ids in code order, each a reporting descriptor.
    let descriptors: [DiagnosticID]
    private let maps: [InvalidMap]

    init(_ maps: [InvalidMap]) {
        self.maps = maps
        descriptors = Set(maps.flatMap { $0.diagnostics.map(\.id) }).sorted { ($0.code, $0.slug) < ($1.code, $1.slug) }
    }

    /// The reporting descriptors, for `tool.driver.rules`.
    var rules: [JSON] {
        descriptors.map { id in
            .object([
                ("id", .string(id.code)), ("name", .string(id.slug)),
                ("shortDescription", .object([("text", .string("The map is invalid: \(id.slug.split(separator: "-").joined(separator: " "))."))])),
                ("defaultConfiguration", .object([("level", .string("error"))])),
                ("properties", .object([("tags", .array([.string("knowledge-management"), .string("map-syntax")]))])),
            ])
        }
    }

    /// One result per diagnostic; `firstRuleIndex` is where these descriptors start in the rules.
    func results(firstRuleIndex: Int) -> [JSON] {
        maps.flatMap { map in
            let locator = SARIFLocator(source: map.source)
            var fingerprints = SARIFFingerprints()
            return map.diagnostics.map { diagnostic in
                let fingerprint = fingerprints.next(code: diagnostic.id.code, subject: diagnostic.message, path: map.source.path)
                return result(diagnostic, ruleIndex: firstRuleIndex + (descriptors.firstIndex(of: diagnostic.id) ?? 0),
                              fingerprint: fingerprint, locator: locator)
            }
        }
    }

    /// For `invocations[].toolExecutionNotifications`: which maps were left out of the analysis.
    var notifications: [JSON] {
        maps.map { map in
            let errors = map.diagnostics.filter { $0.severity == .error }.count
            let locator = SARIFLocator(source: map.source)
            return .object([
                ("descriptor", .object([("id", .string("invalid-map"))])),
                ("level", .string("error")),
                ("message", .object([("text", .string("\(map.source.path) was not analysed: \(errors) \(errors == 1 ? "error" : "errors")"))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", .object([("uri", .string(locator.uri))]))]))])])),
            ])
        }
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String, locator: SARIFLocator) -> JSON {
        var members = SARIFReporter.result(ruleID: diagnostic.id.code, ruleIndex: ruleIndex, severity: diagnostic.severity,
                                           message: diagnostic.message, range: diagnostic.range, notes: diagnostic.notes,
                                           fingerprint: fingerprint, locator: locator)
        if let fixIt = diagnostic.fixIt { members.append(("fixes", .array([fix(fixIt, locator: locator)]))) }
        return .object(members)
    }

    /// A fix-it as a SARIF fix: one replacement in the map's file.
    private func fix(_ fixIt: FixIt, locator: SARIFLocator) -> JSON {
        .object([
            ("description", .object([("text", .string(fixIt.message))])),
            ("artifactChanges", .array([.object([
                ("artifactLocation", .object([("uri", .string(locator.uri))])),
                ("replacements", .array([.object([
                    ("deletedRegion", locator.region(fixIt.range)),
                    ("insertedContent", .object([("text", .string(fixIt.replacement))])),
                ])])),
            ])])),
        ])
    }
}
