import KMapModel

/// The flows of a collapsed waves view, added up between waves and repositories.
struct WaveLinks {
    /// One collapsed node: its DOT name (`w3` is wave 3, `r1` repository 1) and what it draws.
    struct End: Hashable {
        let name: String
        let element: DiagramElement
    }

    /// An aggregated link between two collapsed nodes.
    struct Link {
        let from: End
        let to: End
        var count: Int

        /// The element that draws it: the flows added up between its ends.
        var element: DiagramElement { .flows(from: from.element, to: to.element) }
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
        var owner = [End?](repeating: nil, count: map.nodeCount)
        for (row, wave) in input.waves.prefix(shownWaves).enumerated() {
            for case .activity(let index) in wave.nodes where owner[index.position] == nil {
                owner[index.position] = End(name: "w\(row)", element: .wave(wave.id))
            }
        }
        for (index, repository) in map.repositories.withModelIndices {
            owner[map.nodeIndex(.repository(index))] = End(name: "r\(index.position)", element: .repository(repository.id))
        }
        var used = Set<Int>()
        var position: [[End]: Int] = [:]
        var links: [Link] = []
        for flow in map.flows {
            guard let from = owner[map.nodeIndex(flow.from)], let to = owner[map.nodeIndex(flow.to)], from != to else {
                continue
            }
            for case .repository(let index) in [flow.from, flow.to] { used.insert(index.position) }
            let key = [from, to]
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
