import KMapModel

/// The flows of a collapsed waves view, added up between waves and repositories.
struct WaveLinks {
    /// An aggregated link between two collapsed nodes (`w3` is wave 3, `r1` repository 1).
    struct Link {
        let from: String
        let to: String
        var count: Int
    }

    /// How many waves are drawn (the first ones, at most the maximum).
    let shownWaves: Int
    /// Repositories that some drawn link touches, in index order.
    let repositories: [Int]
    /// Links in the order of the first flow that makes them.
    let links: [Link]

    init(input: DiagramInput, maximumWaves: Int) {
        let map = input.map
        shownWaves = min(input.waves.count, maximumWaves)
        var owner = [String?](repeating: nil, count: map.nodeCount)
        for (row, wave) in input.waves.prefix(shownWaves).enumerated() {
            for case .activity(let index) in wave.nodes where owner[index.position] == nil {
                owner[index.position] = "w\(row)"
            }
        }
        for index in map.repositories.modelIndices { owner[map.nodeIndex(.repository(index))] = "r\(index)" }
        var used = Set<Int>()
        var position: [String: Int] = [:]
        var links: [Link] = []
        for flow in map.flows {
            guard let from = owner[map.nodeIndex(flow.from)], let to = owner[map.nodeIndex(flow.to)], from != to else {
                continue
            }
            for case .repository(let index) in [flow.from, flow.to] { used.insert(index.position) }
            let key = "\(from)>\(to)"
            if let index = position[key] {
                links[index].count += 1
            } else {
                position[key] = links.count
                links.append(Link(from: from, to: to, count: 1))
            }
        }
        repositories = used.sorted()
        self.links = links
    }
}
