import Foundation

/// Runs command-line tools installed with Graphviz and libxml2.
enum Tools {
    /// Runs `executable` with `arguments`, feeding `input`; returns its exit status and output.
    static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(output))
    }

    /// True when `xmllint --noout` accepts `bytes`.
    static func isWellFormedXML(_ bytes: [UInt8]) throws -> Bool {
        try run("/usr/bin/xmllint", ["--noout", "-"], input: bytes).status == 0
    }

    /// The SVG the `dot` binary draws from `dot`.
    static func dotBinarySVG(_ dot: String) throws -> [UInt8] {
        try run("/usr/bin/dot", ["-Tsvg"], input: Array(dot.utf8)).output
    }
}
