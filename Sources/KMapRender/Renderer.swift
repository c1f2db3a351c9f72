/// Turns diagrams into files: DOT and Mermaid as text, SVG, PNG and PDF through Graphviz.
public enum Renderer {
    /// The diagram of `input` in `format`: DOT or Mermaid text (UTF-8), or an SVG, PNG or PDF
    /// drawn by Graphviz. Same input and options, same bytes.
    /// - Throws: ``RenderError`` for an unknown focus or a Graphviz failure.
    /// With `page`, an SVG, PNG or PDF is fitted to that sheet (``PageSize``).
    public static func render(
        _ input: DiagramInput, options: DiagramOptions, format: OutputFormat, page: PageSize? = nil
    ) throws(RenderError) -> [UInt8] {
        switch format {
        case .mermaid: Array(try MermaidWriter.flowchart(for: input, options: options).utf8)
        case .dot: Array(try DiagramBuilder.dot(for: input, options: options).utf8)
        case .svg, .png, .pdf: try render(graph: DiagramBuilder.graph(for: input, options: options), format: format, page: page)
        }
    }

    /// Lays out `graph` and draws it as `format` (svg, png or pdf), within the layout budget,
    /// fitted to `page` when one is given.
    /// - Throws: ``RenderError/layoutTooLarge(_:)`` before any layout when the graph is over
    ///   ``LayoutBudget/limit``; other ``RenderError``s as ``render(dot:format:)``.
    public static func render(graph: DOTGraph, format: OutputFormat, page: PageSize? = nil) throws(RenderError) -> [UInt8] {
        try draw(dot: DOTWriter.write(try LayoutBudget.prepare(graph)), format: format, page: page)
    }

    /// Lays out `dot` with Graphviz's `dot` engine and draws it as `format` (svg, png or pdf).
    ///
    /// Safe to call from any thread: all Graphviz work in the process is serialised.
    /// - Throws: ``RenderError`` when Graphviz cannot read the text or reports an error, even one
    ///   it printed while returning success.
    public static func render(dot: String, format: OutputFormat) throws(RenderError) -> [UInt8] {
        try draw(dot: dot, format: format, page: nil)
    }

    private static func draw(dot: String, format: OutputFormat, page: PageSize?) throws(RenderError) -> [UInt8] {
        guard format.needsLayout else { throw .notAGraphvizFormat(format) }
        let bytes = try GraphvizEngine.render(dot: dot, format: format.rawValue, page: page)
        return format == .pdf ? PDFTimestamp.fixed(bytes) : bytes
    }

    /// Frees Graphviz's context (the next render creates a new one). Long-running processes may
    /// call it when they stop drawing.
    public static func releaseGraphviz() {
        GraphvizEngine.releaseContext()
    }
}
