import Foundation

/// Counts the nodes and edges of DOT text with Graphviz's `gc` program: a separate process, so it
/// cannot disturb the tests that use Graphviz in this one (the library is not thread-safe).
enum GraphvizCounts {
    static let program = "/usr/bin/gc"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: program) }

    /// `(nodes, edges)`, or nil when `gc` cannot read the text.
    static func read(_ dot: String) -> (nodes: Int, edges: Int)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-n", "-e"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let writer = Thread { input.fileHandleForWriting.write(Data(dot.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // `gc -n -e` prints "<nodes> <edges> <graph name> (<file>)".
        let fields = printed.split(whereSeparator: \.isWhitespace)
        guard process.terminationStatus == 0, fields.count >= 2, let nodes = Int(fields[0]), let edges = Int(fields[1]) else { return nil }
        return (nodes, edges)
    }
}
