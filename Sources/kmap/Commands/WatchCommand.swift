import ArgumentParser
import Foundation
import KMapRender

/// `kmap watch`: re-renders a map on every save, for live workshops.
///
/// Each render runs as a child `kmap render` process (``RendererChild``), so Graphviz's own
/// per-layout leaks end with the child and the watcher's memory stays flat however long the
/// workshop runs; a save that arrives while a layout runs cancels it and starts a new one.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-render a map every time it is saved, printing its findings summary.",
        discussion: "Keeps running through syntax errors, printing them; stop it with Ctrl-C."
    )

    @Argument(help: "The map to watch.")
    var map: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The diagram file.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("How often to look for changes, in seconds.", valueName: "seconds"))
    var interval = 0.5

    @Option(help: .hidden)
    var maxRenders: Int?

    @OptionGroup var diagram: DiagramFlags
    @OptionGroup var limits: LayoutLimits
    @OptionGroup var input: InputOptions

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be positive") }
        guard map != "-" else { throw ValidationError("watch needs a file, not standard input") }
    }

    func run() throws {
        let format = try diagram.format(for: output)
        let destination = output ?? RenderCommand.defaultOutput(for: map, format: format)
        let arguments = ["render", map, "-o", destination, "--color", input.color.rawValue,
                         "--max-input-size", String(input.maxInputSize)] + diagram.arguments + limits.arguments
        var lastSeen: FileStamp?
        var renders = 0
        var child: RendererChild?
        defer { child?.cancel() }
        Terminal.printError("watching \(map) -> \(destination) (Ctrl-C stops)\n")
        while maxRenders.map({ renders < $0 }) ?? true {
            let stamp = FileStamp(path: map)
            if stamp != lastSeen {
                lastSeen = stamp
                if let running = child, !running.hasEnded {
                    running.cancel()
                    Terminal.printError("(a newer save arrived: the previous render was stopped)\n")
                }
                child = nil
                if let problem = stamp.problem {
                    Terminal.printError("[\(Self.clock())] cannot read \(problem); still watching\n")
                } else {
                    renders += 1
                    Terminal.printError("[\(Self.clock())] ")
                    do {
                        child = try RendererChild(arguments)
                    } catch {
                        Terminal.printError("\(error); still watching\n")
                    }
                }
            }
            Thread.sleep(forTimeInterval: interval)
        }
        child?.waitUntilEnded()
    }

    private static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}

/// What identifies one saved version of a file: its modification time, size and inode (editors
/// that save by renaming change the inode).
struct FileStamp: Equatable {
    var modified: timespec?
    var size: Int64
    var inode: UInt64
    /// Why the file cannot be read (`the folder '/x' (permission denied)`), or nil.
    var problem: String?

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            modified = info.st_mtim
            size = Int64(info.st_size)
            inode = UInt64(info.st_ino)
            let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            if descriptor >= 0 { close(descriptor) } else { problem = "'\(path)' (\(String(cString: strerror(errno))))" }
        } else {
            let reason = String(cString: strerror(errno))
            let folder = (path as NSString).deletingLastPathComponent
            modified = nil
            size = -1
            inode = 0
            problem = errno == EACCES ? "the folder '\(folder.isEmpty ? "." : folder)' (\(reason))" : "'\(path)' (\(reason))"
        }
    }

    static func == (lhs: FileStamp, rhs: FileStamp) -> Bool {
        lhs.problem == rhs.problem && lhs.size == rhs.size && lhs.inode == rhs.inode
            && lhs.modified?.tv_sec == rhs.modified?.tv_sec && lhs.modified?.tv_nsec == rhs.modified?.tv_nsec
    }
}
