/// The harness's command line.
///
///     KMapBench [--smoke] [--sizes 1000,10000] [--render-sizes 100,500] [--stages parse,resolve]
///               [--repetitions N] [--time-limit SECONDS] [--kmap PATH] [--maps DIR] [--markdown PATH]
///               [--peer DIR] [--peer-size N]
struct Options {
    /// Tiny sizes, one repetition, no targets: proves the harness still runs.
    var smoke = false
    var sizes = [1_000, 10_000, 100_000, 1_000_000]
    var renderSizes = [100, 500, 1_000, 1_500]
    /// Stage names to run (all when empty).
    var stages: [String] = []
    /// Repetitions per measurement; nil chooses by size.
    var repetitions: Int?
    /// A release `kmap` binary for the end-to-end measurements.
    var kmap: String?
    /// The folder of example maps checked end to end.
    var mapsFolder = "maps"
    /// The Markdown file whose generated section is rewritten with the results.
    var markdown: String?
    /// Seconds after which one measurement (all repetitions of a stage at a size) is abandoned.
    var timeLimit = 900.0
    /// The folder of the NetworkX peer's scripts, `genmap.py` and `nx_peer.py`.
    var peerScripts = "../shared/bench"
    /// Activities of the map `kmap check` and the peer both read.
    var peerSize = 100_000
    /// Internal: run the stages at this one size and report on standard output.
    var childSize: Int?

    static let usage = """
        usage: KMapBench [--smoke] [--sizes N,N] [--render-sizes N,N] [--stages NAME,NAME]
                         [--repetitions N] [--time-limit SECONDS] [--kmap PATH] [--maps DIR]
                         [--markdown PATH] [--peer DIR] [--peer-size N]
        """

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(Options.usage)") }
            return value
        }
        func numbers(_ flag: String) throws -> [Int] {
            let text = try value(flag)
            let numbers = text.split(separator: ",").compactMap { Int($0) }
            guard !numbers.isEmpty, numbers.count == text.split(separator: ",").count, numbers.allSatisfy({ $0 >= 0 })
            else { throw BenchError("\(flag) takes non-negative numbers separated by commas") }
            return numbers
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--smoke":
                smoke = true
                sizes = [30, 300]
                renderSizes = [20]
                repetitions = 1
                peerSize = 200
            case "--sizes": sizes = try numbers(flag)
            case "--render-sizes": renderSizes = try numbers(flag)
            case "--stages": stages = try value(flag).split(separator: ",").map(String.init)
            case "--repetitions": repetitions = try numbers(flag).first
            case "--time-limit": timeLimit = Double(try numbers(flag).first ?? 900)
            case "--kmap": kmap = try value(flag)
            case "--maps": mapsFolder = try value(flag)
            case "--markdown": markdown = try value(flag)
            case "--peer": peerScripts = try value(flag)
            case "--peer-size": peerSize = try numbers(flag).first ?? peerSize
            case "--child": childSize = try numbers(flag).first
            case "-h", "--help": throw BenchError(Options.usage)
            default: throw BenchError("unknown option '\(flag)'\n\(Options.usage)")
            }
        }
    }

    /// Repetitions for a measurement at `activities`: more for small, fast runs, and at least
    /// three, so that the median absorbs one run slowed by the rest of the machine (on a virtual
    /// machine, memory-bound runs of a million activities varied by up to 40% from minute to minute).
    func repetitions(at activities: Int, isRender: Bool = false) -> Int {
        if let repetitions { return max(1, repetitions) }
        return !isRender && activities < 20_000 ? 5 : 3
    }
}
