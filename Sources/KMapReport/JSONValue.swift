/// A JSON value with ordered keys, for the reports that assemble a small document before printing
/// it (findings and SARIF); printed by ``JSONWriter`` in its `reports` layout.
enum JSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])
    /// Already-encoded JSON, inserted as is.
    case raw(String)

    /// The value as indented JSON text, without a final line break.
    func rendered() -> String {
        var writer = JSONWriter(layout: .reports)
        writer.value(self)
        return writer.finish()
    }
}

extension JSONWriter {
    /// Writes `json` whole. Its nesting is fixed by the reports (a few levels), so this recurses
    /// only that deep.
    mutating func value(_ json: JSON) {
        switch json {
        case .string(let text): string(text)
        case .int(let value): int(value)
        case .bool(let value): bool(value)
        case .null: null()
        case .raw(let text): raw(text)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(named: name)
                value(member)
            }
            endObject()
        }
    }
}
