import Foundation

/// A description of the machine and toolchain the numbers were measured on.
enum Machine {
    /// Label and value pairs, in display order.
    static func describe() -> [(String, String)] {
        [
            ("CPU", cpuModel()),
            ("Cores", String(ProcessInfo.processInfo.activeProcessorCount)),
            ("Memory", String(format: "%.1f GiB", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)),
            ("OS", operatingSystem()),
            ("Swift", firstLine(of: ["swift", "--version"])),
            ("Graphviz", firstLine(of: ["sh", "-c", "dot -V 2>&1"])),
            ("Load average at start", loadAverage()),
            ("Harness build", isReleaseBuild ? "release" : "debug (numbers are not representative)"),
        ]
    }

    static var isReleaseBuild: Bool {
        #if DEBUG
        false
        #else
        true
        #endif
    }

    /// The 1, 5 and 15-minute load averages: above the core count, wall times include waiting.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    private static func cpuModel() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
        return model ?? "unknown"
    }

    private static func operatingSystem() -> String {
        let release = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
        let name = release.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }?
            .dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        var system = utsname()
        uname(&system)
        let kernel = withUnsafeBytes(of: &system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(name ?? "unknown"), Linux \(kernel)"
    }

    private static func firstLine(of command: [String]) -> String {
        guard let outcome = try? Spawn.run(command), outcome.status == 0 else { return "not found" }
        return outcome.output.split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}
