import Testing
@testable import KMapReport

@Suite struct JSONValueTests {
    @Test func escapesStringsAndPrintsNesting() {
        let value = JSON.object([("a\"b", .array([.string("line\nbreak\u{1}"), .null, .bool(false)])), ("empty", .object([]))])
        #expect(value.rendered() == "{\n  \"a\\\"b\": [\n    \"line\\nbreak\\u0001\",\n    null,\n    false\n  ],\n  \"empty\": {}\n}")
    }

    @Test func insertsRawJSONAndIntegers() {
        let value = JSON.array([.raw(#"{"code":"E001"}"#), .int(-3)])
        #expect(value.rendered() == "[\n  {\"code\":\"E001\"},\n  -3\n]")
    }
}
