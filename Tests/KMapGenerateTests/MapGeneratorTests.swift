import Testing
@testable import KMapGenerate

/// Counts the declarations of a generated map by their first word, without needing the parser.
struct DeclarationCounts {
    var activities = 0
    var stakeholders = 0
    var repositories = 0
    var waves = 0
    var activityIDs: [String] = []

    init(_ text: String) {
        let phases = Set(Vocabulary.phases)
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", maxSplits: 2)
            guard let first = words.first else { continue }
            if phases.contains(String(first)), words.count > 1 {
                activities += 1
                activityIDs.append(String(words[1]))
            } else if first == "stakeholder" {
                stakeholders += 1
            } else if first == "repository" {
                repositories += 1
            } else if first == "wave" {
                waves += 1
            }
        }
    }
}

@Suite struct MapGeneratorTests {
    @Test func sameSeedGivesSameText() {
        let first = MapGenerator(activities: 2_000, seed: 5).generate()
        let second = MapGenerator(activities: 2_000, seed: 5).generate()
        #expect(first == second)
        #expect(MapGenerator(activities: 2_000, seed: 6).generate() != first)
    }

    @Test(arguments: [0, 1, 2, 7, 13, 100, 1_000, 4_321])
    func hasExactlyTheRequestedActivities(count: Int) {
        let counts = DeclarationCounts(MapGenerator(activities: count, seed: 1).generate())
        #expect(counts.activities == count)
        #expect(Set(counts.activityIDs).count == count)
    }

    @Test func scalesPeopleAndRepositoriesWithTheMap() {
        let generator = MapGenerator(activities: 10_000, seed: 2)
        let counts = DeclarationCounts(generator.generate())
        let plantedBottlenecks = generator.waves.filter { $0.gap == .brokerBottleneck }.count
        #expect(plantedBottlenecks > 0)
        // One per 20 activities, and a liaison and a two-member panel per planted bottleneck.
        #expect(counts.stakeholders == 500 + 3 * plantedBottlenecks)
        #expect(counts.repositories == 200)
        #expect(counts.waves > 100)
        let small = DeclarationCounts(MapGenerator(activities: 10, seed: 2).generate())
        #expect(small.stakeholders == 4)
        #expect(small.repositories == 2)
    }

    @Test func hasBrokersExternalsCadencesAndEscapedLabels() {
        let text = MapGenerator(activities: 1_000, seed: 3).generate()
        #expect(text.contains(" broker group "))
        #expect(text.contains(" external\n"))
        #expect(text.contains(" every 6 weeks"))
        #expect(text.contains(#"\"what works\" evidence"#))
        #expect(text.contains("\n  indicator \""))
        #expect(text.contains(#" : "next cycle""#))
        #expect(text.contains(#" : "informs the next wave""#))
    }

    @Test func clampsItsParameters() {
        let generator = MapGenerator(activities: -5, seed: 1, gapShare: 7)
        #expect(generator.activityCount == 0)
        #expect(generator.gapShare == 1)
        #expect(MapGenerator(activities: 1, seed: 1, gapShare: .nan).gapShare == 0)
        #expect(DeclarationCounts(generator.generate()).activities == 0)
    }

    @Test func evolvedVersionDiffersButKeepsMostActivities() {
        let generator = MapGenerator(activities: 5_000, seed: 8)
        let original = DeclarationCounts(generator.generate())
        let evolved = DeclarationCounts(generator.generateEvolved(changeShare: 0.02))
        let kept = Set(original.activityIDs).intersection(evolved.activityIDs).count
        #expect(kept < 5_000)
        #expect(kept > 4_600)
        #expect(evolved.activityIDs.contains { $0.hasSuffix("_v2") })
        #expect(Set(evolved.activityIDs).count == evolved.activities)
        #expect(generator.generateEvolved(changeShare: 0.02) == generator.generateEvolved(changeShare: 0.02))
    }

    @Test func evolvingWithoutChangesOrGapsKeepsTheMap() {
        let generator = MapGenerator(activities: 1_000, seed: 4, gapShare: 0)
        let original = generator.generate().split(separator: "\n").dropFirst()
        let evolved = generator.generateEvolved(changeShare: 0).split(separator: "\n").dropFirst()
        #expect(Array(original) == Array(evolved))
    }
}
