import CGraphviz
import Glibc
import Synchronization

/// The only code that calls Graphviz's C API: reads DOT text, lays it out with `dot` and draws it
/// into memory.
///
/// Graphviz is not thread-safe, even with separate contexts, so every call (creating and freeing
/// the context included) runs under one process-wide lock. One context is created on first use
/// and reused. Graphviz reports errors through a callback, sometimes while its functions return
/// success; the callback collects the text and any error turns into a thrown ``RenderError``.
///
/// Two measures make the drawing depend only on the DOT text, not on what the process drew
/// before (Graphviz 2.42 keeps state between layouts):
/// - DOT is read with an ID discipline that numbers named objects in creation order. The default
///   one uses the address of the interned name as the ID, and `newrank` walks clusters in ID
///   order, so clusters were placed differently once the heap had been used.
/// - Every graph is laid out with `remincross=false`: the flag of the extra crossing-reduction pass
///   lives in a static variable that the first graph with clusters sets and nothing clears.
enum GraphvizEngine {
    /// The process's Graphviz context, created on first use; nil after ``releaseContext()``.
    private static let state = Mutex<GraphvizContext?>(nil)

    /// Draws `dot` as `format` (`svg`, `png`, `pdf`) and returns the bytes; with `page`, fitted
    /// to that sheet (``PageSize``).
    static func render(dot: String, format: String, page: PageSize? = nil) throws(RenderError) -> [UInt8] {
        try state.withLock { (context: inout GraphvizContext?) throws(RenderError) -> [UInt8] in
            let current = context ?? GraphvizContext()
            context = current
            return try current.render(dot: dot, format: format, page: page)
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

/// Owns one `GVC_t` and the disciplines graphs are read with; freed with the object.
private final class GraphvizContext {
    private let context: OpaquePointer
    private let discipline: UnsafeMutablePointer<Agdisc_t>
    private let idDiscipline: UnsafeMutablePointer<Agiddisc_t>
    private let ioDiscipline: UnsafeMutablePointer<Agiodisc_t>

    init() {
        _ = agseterrf(collectGraphvizMessage)
        context = gvContext()
        idDiscipline = .allocate(capacity: 1)
        idDiscipline.initialize(to: Agiddisc_t(
            open: openNames, map: mapName, alloc: refuseID, free: releaseID, print: printName, close: closeNames,
            idregister: registerObject))
        ioDiscipline = .allocate(capacity: 1)
        ioDiscipline.initialize(to: Agiodisc_t(afread: readDOT, putstr: refuseWrite, flush: refuseFlush))
        discipline = .allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: kmap_default_memory_discipline(), id: idDiscipline, io: ioDiscipline))
    }

    deinit {
        gvFreeContext(context)
        discipline.deallocate()
        idDiscipline.deallocate()
        ioDiscipline.deallocate()
    }

    func render(dot: String, format: String, page: PageSize?) throws(RenderError) -> [UInt8] {
        startCollecting()
        let reader = DOTReader(Array(dot.utf8))
        let channel = Unmanaged.passUnretained(reader).toOpaque()
        guard let graph = withExtendedLifetime(reader, { agread(channel, discipline) }) else {
            throw .invalidDOT(messages: graphvizMessages)
        }
        defer { agclose(graph) }
        set("remincross", "false", on: graph)
        if let page {
            // The page is the sheet, with no margin of the device's own (cairo's PDF adds 36 pt).
            // The root graph's margin also moves its label, so it is set before either layout.
            set("margin", "0", on: graph)
            // Graphviz reads `size` when it lays out, so the graph is laid out once to learn its
            // extent, then again with the sheet's size and the pad that centres it there.
            try check(gvLayout(context, graph, "dot"), stage: "laying out the diagram")
            let box = kmap_graph_bounding_box(graph)
            gvFreeLayout(context, graph)
            for attribute in page.graphvizAttributes(forWidth: box.UR.x - box.LL.x, height: box.UR.y - box.LL.y) {
                set(attribute.name, attribute.value, on: graph)
            }
        }
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

    /// Sets a graph attribute on the root graph only: its default for subgraphs stays empty, so
    /// clusters keep Graphviz's own (a cluster reads `margin` as the room around its nodes).
    private func set(_ name: String, _ value: String, on graph: UnsafeMutablePointer<Agraph_t>) {
        name.withCString { name in
            value.withCString { value in
                "".withCString { unset in
                    _ = agsafeset(graph, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: value),
                        UnsafeMutablePointer(mutating: unset))
                }
            }
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

/// DOT text handed to Graphviz's reader in chunks.
private final class DOTReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}

private func readDOT(
    _ channel: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int32
) -> Int32 {
    guard let channel, let buffer, size > 0 else { return 0 }
    let reader = Unmanaged<DOTReader>.fromOpaque(channel).takeUnretainedValue()
    let count = min(Int(size), reader.bytes.count - reader.offset)
    guard count > 0 else { return 0 }
    reader.bytes.withUnsafeBufferPointer { bytes in
        UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + reader.offset, byteCount: count)
    }
    reader.offset += count
    return Int32(count)
}

private func refuseWrite(_ channel: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?) -> Int32 { -1 }
private func refuseFlush(_ channel: UnsafeMutableRawPointer?) -> Int32 { -1 }

/// The IDs of one graph's objects, given in creation order from one counter: anonymous objects
/// get odd IDs, named objects even IDs above every anonymous one (as with the default discipline,
/// whose named IDs are heap addresses); the same name always maps to the same ID.
private final class NameTable {
    private static let namedBase: IDTYPE = 1 << 62
    private var counter: IDTYPE = 0
    private var ids: [[CChar]: IDTYPE] = [:]
    private var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]

    deinit {
        for name in names.values { free(name) }
    }

    func id(of name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE? {
        counter += 1
        guard let name else { return counter * 2 + 1 }
        let key = Array(UnsafeBufferPointer(start: name, count: strlen(name)))
        if let id = ids[key] { return id }
        guard create, let copy = strdup(name) else { return nil }
        let id = Self.namedBase + counter * 2
        ids[key] = id
        names[id] = copy
        return id
    }

    func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? { names[id] }
}

private func nameTable(_ state: UnsafeMutableRawPointer?) -> NameTable? {
    state.map { Unmanaged<NameTable>.fromOpaque($0).takeUnretainedValue() }
}

private func openNames(_ graph: UnsafeMutablePointer<Agraph_t>?, _ discipline: UnsafeMutablePointer<Agdisc_t>?)
    -> UnsafeMutableRawPointer?
{
    Unmanaged.passRetained(NameTable()).toOpaque()
}

private func mapName(
    _ state: UnsafeMutableRawPointer?, _ kind: Int32, _ name: UnsafeMutablePointer<CChar>?,
    _ id: UnsafeMutablePointer<IDTYPE>?, _ create: Int32
) -> Int {
    guard let id, let found = nameTable(state)?.id(of: name, create: create != 0) else { return 0 }
    id.pointee = found
    return 1
}

private func refuseID(_ state: UnsafeMutableRawPointer?, _ kind: Int32, _ id: IDTYPE) -> Int { 0 }
private func releaseID(_ state: UnsafeMutableRawPointer?, _ kind: Int32, _ id: IDTYPE) {}

private func printName(_ state: UnsafeMutableRawPointer?, _ kind: Int32, _ id: IDTYPE) -> UnsafeMutablePointer<CChar>? {
    nameTable(state)?.name(of: id)
}

private func closeNames(_ state: UnsafeMutableRawPointer?) {
    guard let state else { return }
    Unmanaged<NameTable>.fromOpaque(state).release()
}

private func registerObject(_ state: UnsafeMutableRawPointer?, _ kind: Int32, _ object: UnsafeMutableRawPointer?) {}
