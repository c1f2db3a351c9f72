import KMapDiff
import Testing

/// Trends built from versions of the base map.
enum TrendFixtures {
    /// The base map, then the same with a sharing activity added.
    static func twoFiles() -> Trend {
        Trend(versions: [
            (version: "maps/v1.kmap", date: nil, subject: nil, analysis: Maps.analyze(BaseMap.text)),
            (version: "maps/v2.kmap", date: nil, subject: nil,
             analysis: Maps.analyze(BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches for teachers\nbrief -> cafe -> adopt\n")),
        ])
    }

    /// `count` commits of the base map, with a hostile subject on the last one.
    static func commits(_ count: Int, title: String = BaseMap.text) -> Trend {
        let analysis = Maps.analyze(title)
        return Trend(versions: (0..<count).map { index in
            (version: "c\(index)", date: "2025-01-\(index % 28 + 1)",
             subject: index == count - 1 ? "Fix <b> & \"quotes\", commas | pipes" : "Commit \(index)", analysis: analysis)
        })
    }
}
