/// Every diagnostic kmap's language and model stages can emit, with its stable code.
///
/// Codes are never reused: a retired diagnostic keeps its number. `E` codes are errors that make
/// the map invalid, `W` codes are warnings about the text itself (not gaps in the KM system, which
/// are the analysis stage's `KM` findings).
public extension DiagnosticID {
    // Reading the file.
    static let invalidUTF8 = DiagnosticID(code: "E001", slug: "invalid-utf8")
    static let unreadableFile = DiagnosticID(code: "E002", slug: "unreadable-file")
    static let inputTooLarge = DiagnosticID(code: "E003", slug: "input-too-large")
    // Lexing.
    static let unterminatedString = DiagnosticID(code: "E004", slug: "unterminated-string")
    static let invalidEscape = DiagnosticID(code: "E005", slug: "invalid-escape")
    static let invalidCharacter = DiagnosticID(code: "E006", slug: "invalid-character")
    // Parsing.
    static let unexpectedToken = DiagnosticID(code: "E007", slug: "unexpected-token")
    static let unknownKeyword = DiagnosticID(code: "E008", slug: "unknown-keyword")
    static let missingLabel = DiagnosticID(code: "E009", slug: "missing-label")
    static let missingIdentifier = DiagnosticID(code: "E010", slug: "missing-identifier")
    static let unclosedBlock = DiagnosticID(code: "E011", slug: "unclosed-block")
    // Resolving names and meaning (model stage).
    static let undefinedReference = DiagnosticID(code: "E012", slug: "undefined-reference")
    static let duplicateID = DiagnosticID(code: "E013", slug: "duplicate-id")
    static let selfFlow = DiagnosticID(code: "E014", slug: "self-flow")
    static let unknownPhase = DiagnosticID(code: "E015", slug: "unknown-phase")
    static let attributeNotValid = DiagnosticID(code: "E016", slug: "attribute-not-valid")
    static let badCadence = DiagnosticID(code: "E017", slug: "bad-cadence")
    static let invalidValue = DiagnosticID(code: "E018", slug: "invalid-value")
    static let wrongKindReference = DiagnosticID(code: "E019", slug: "wrong-kind-reference")
    static let duplicateHeader = DiagnosticID(code: "E020", slug: "duplicate-header")
    static let badFramework = DiagnosticID(code: "E021", slug: "bad-framework")
    // Warnings about the text.
    static let unknownTechnique = DiagnosticID(code: "W001", slug: "unknown-technique")
    static let duplicateAttribute = DiagnosticID(code: "W002", slug: "duplicate-attribute")
    static let unknownRule = DiagnosticID(code: "W003", slug: "unknown-rule")
    static let unusedSuppression = DiagnosticID(code: "W004", slug: "unused-suppression")
    static let suppressionWithoutReason = DiagnosticID(code: "W005", slug: "suppression-without-reason")
    static let emptyMap = DiagnosticID(code: "W006", slug: "empty-map")

    /// All known diagnostic ids, in code order (used for documentation and the JSON schema).
    static let all: [DiagnosticID] = [
        .invalidUTF8, .unreadableFile, .inputTooLarge, .unterminatedString, .invalidEscape,
        .invalidCharacter, .unexpectedToken, .unknownKeyword, .missingLabel, .missingIdentifier,
        .unclosedBlock, .undefinedReference, .duplicateID, .selfFlow, .unknownPhase,
        .attributeNotValid, .badCadence, .invalidValue, .wrongKindReference, .duplicateHeader,
        .badFramework, .unknownTechnique, .duplicateAttribute, .unknownRule, .unusedSuppression,
        .suppressionWithoutReason, .emptyMap,
    ]
}
