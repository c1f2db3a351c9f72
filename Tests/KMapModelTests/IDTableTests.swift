import PropertyBased
import Testing
@testable import KMapModel

/// The resolver's hash tables answer as `Dictionary` and `Set` do, whatever the ids and however
/// far the tables grow.
@Suite struct IDTableTests {
    private static let alphabet: [Character] = ["a", "b", "_", "-", "0", "9", "Z", "é", "日", "\u{1F600}"]

    @Test func answersAsADictionaryDoes() async {
        let keys = Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 0...6).array(of: 0...300)
        await propertyCheck(count: 200, input: keys) { picks in
            var table = IDTable<Int>()
            var dictionary: [String: Int] = [:]
            for (value, letters) in picks.enumerated() {
                let key = String(letters.map { Self.alphabet[$0] })
                let existing = table.insert(key, value)
                #expect(existing == dictionary[key], "\(key.debugDescription)")
                if dictionary[key] == nil { dictionary[key] = value }
            }
            #expect(table.count == dictionary.count)
            for (key, value) in dictionary { #expect(table[key] == value) }
            #expect(table["not an id"] == nil)
        }
    }

    @Test func keepsTheFirstValueOfAnId() {
        var table = IDTable<String>()
        #expect(table.insert("survey", "first") == nil)
        #expect(table.insert("survey", "second") == "first")
        #expect(table["survey"] == "first")
    }

    @Test func growsPastItsFirstSizeAndItsReservedSize() {
        var table = IDTable<Int>()
        table.reserveCapacity(100)
        for index in 0..<10_000 { #expect(table.insert("w\(index)_gene", index) == nil) }
        #expect(table.count == 10_000)
        let found = (0..<10_000).filter { (index: Int) in table["w\(index)_gene"] == index }.count
        #expect(found == 10_000)
        #expect(table["w10000_gene"] == nil)
    }

    @Test func integerSetAnswersAsASetDoes() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...5_000).array(of: 0...400)) { members in
            var integers = IntegerSet()
            var set = Set<Int>()
            for member in members { #expect(integers.insert(member) == set.insert(member).inserted) }
        }
    }

    @Test func integerSetTellsLargeNeighbouringNumbersApart() {
        var integers = IntegerSet()
        integers.reserveCapacity(10)
        let members = (0..<5_000).map { $0 * 100_003 + 7 }
        var added = 0
        var addedAgain = 0
        for member in members where integers.insert(member) { added += 1 }
        for member in members where integers.insert(member) { addedAgain += 1 }
        #expect(added == members.count)
        #expect(addedAgain == 0)
        let zeroAdded = integers.insert(0)
        #expect(zeroAdded)
    }
}
