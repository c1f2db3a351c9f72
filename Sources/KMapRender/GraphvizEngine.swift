import CGraphviz
import Synchronization

/// The only code that calls Graphviz's C API: reads DOT text, lays it out with `dot` and draws it
/// into memory.
///
/// Graphviz is not thread-safe, even with separate contexts, so every call (creating and freeing
/// the context included) runs under one process-wide lock. One context is created on first use
/// and reused. Graphviz reports errors through a callback, sometimes while its functions return
/// success; the callback collects the text and any error turns into a thrown ``RenderError``.
enum GraphvizEngine {
    /// The process's Graphviz context, created on first use; nil after ``releaseContext()``.
    private static let state = Mutex<GraphvizContext?>(nil)

    /// Draws `dot` as `format` (`svg`, `png`, `pdf`) and returns the bytes.
    static func render(dot: String, format: String) throws(RenderError) -> [UInt8] {
        try state.withLock { (context: inout GraphvizContext?) throws(RenderError) -> [UInt8] in
            let current = context ?? GraphvizContext()
            context = current
            return try current.render(dot: dot, format: format)
        }
    }

    /// Frees the context; the next render creates a new one.
    static func releaseContext() {
        state.withLock { $0 = nil }
    }
}

/// Messages Graphviz reported since the last reset. Only touched while ``GraphvizEngine``'s lock
/// is held (the error callback runs synchronously inside the locked calls).
nonisolated(unsafe) private var graphvizMessages = ""

/// Receives Graphviz's error and warning text, which arrives in fragments.
private func collectGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let message else { return 0 }
    graphvizMessages += String(cString: message)
    return 0
}

/// Owns one `GVC_t`; freed with the object.
private final class GraphvizContext {
    private let context: OpaquePointer

    init() {
        _ = agseterrf(collectGraphvizMessage)
        context = gvContext()
    }

    deinit {
        gvFreeContext(context)
    }

    func render(dot: String, format: String) throws(RenderError) -> [UInt8] {
        startCollecting()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .invalidDOT(messages: graphvizMessages)
        }
        defer { agclose(graph) }
        let laidOut = gvLayout(context, graph, "dot")
        defer { gvFreeLayout(context, graph) }
        try check(laidOut, stage: "laying out the diagram")
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let drawn = gvRenderData(context, graph, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        try check(drawn, stage: "drawing \(format)")
        guard let data else { throw .graphviz(stage: "drawing \(format)", messages: "no output") }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    private func startCollecting() {
        graphvizMessages = ""
        _ = agreseterrors()
    }

    private func check(_ status: Int32, stage: String) throws(RenderError) {
        if status != 0 || agreseterrors() > Int32(AGWARN.rawValue) {
            throw .graphviz(stage: stage, messages: graphvizMessages)
        }
    }
}
