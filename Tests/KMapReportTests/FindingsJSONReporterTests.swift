import Foundation
import KMapAnalysis
@testable import KMapReport
import Testing

@Suite struct FindingsJSONReporterTests {
    @Test func matchesTheGoldenReport() {
        Golden.check(FindingsJSONReporter.report(CannedAnalysis.result()), named: "findings.json")
    }

    @Test func isValidJSONWithVersionedFields() throws {
        let data = Data(FindingsJSONReporter.report(CannedAnalysis.result()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { $0["code"] is String && $0["slug"] is String && $0["range"] is [String: Any] })
        #expect((object["suppressed"] as? [Any])?.count == 2)
    }
}
