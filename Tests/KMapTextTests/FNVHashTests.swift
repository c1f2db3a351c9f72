import Testing
import KMapText

@Suite struct FNVHashTests {
    /// Published FNV-1a 64 test vectors, and the zero padding of a short hex spelling.
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func matchesTheReferenceValues(text: String, expected: String) {
        #expect(FNVHash.hex(text.utf8) == expected)
        #expect(FNVHash.hex(Array(text.utf8)) == expected)
    }
}
