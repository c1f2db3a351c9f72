/// How alike two labels are, for rename detection.
enum LabelSimilarity {
    /// The label lower-cased with every run of punctuation and spaces turned into one space:
    /// "Ward safety-huddles " and "ward safety huddles" normalise alike.
    static func normalized(_ label: String) -> String {
        var result = ""
        result.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for character in label.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The Sørensen-Dice coefficient of the two normalised labels' character bigrams, from 0
    /// (nothing shared) to 1 (the same). Linear in the labels' length, apart from sorting the bigrams.
    static func dice(_ left: String, _ right: String) -> Double {
        let a = bigrams(left)
        let b = bigrams(right)
        guard !a.isEmpty, !b.isEmpty else { return left == right && !left.isEmpty ? 1 : 0 }
        return Double(2 * sharedCount(a, b)) / Double(a.count + b.count)
    }

    /// Adjacent pairs of Unicode scalars, packed into one number each, sorted.
    private static func bigrams(_ text: String) -> [UInt64] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1 else { return [] }
        return (1..<scalars.count).map { UInt64(scalars[$0 - 1].value) << 32 | UInt64(scalars[$0].value) }.sorted()
    }
}

/// How many items two sorted lists share, counting repeats (a merge walk, linear).
func sharedCount<Item: Comparable>(_ left: [Item], _ right: [Item]) -> Int {
    var shared = 0
    var i = 0
    var j = 0
    while i < left.count, j < right.count {
        if left[i] == right[j] {
            shared += 1
            i += 1
            j += 1
        } else if left[i] < right[j] {
            i += 1
        } else {
            j += 1
        }
    }
    return shared
}
