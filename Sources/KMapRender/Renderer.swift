/// Turns diagrams into files: DOT and Mermaid as text, SVG, PNG and PDF through Graphviz.
public enum Renderer {
    /// Lays out `dot` with Graphviz's `dot` engine and draws it as `format` (svg, png or pdf).
    ///
    /// Safe to call from any thread: all Graphviz work in the process is serialised.
    /// - Throws: ``RenderError`` when Graphviz cannot read the text or reports an error, even one
    ///   it printed while returning success.
    public static func render(dot: String, format: OutputFormat) throws(RenderError) -> [UInt8] {
        guard format.needsLayout else { throw .notAGraphvizFormat(format) }
        let bytes = try GraphvizEngine.render(dot: dot, format: format.rawValue)
        return format == .pdf ? PDFTimestamp.fixed(bytes) : bytes
    }

    /// Frees Graphviz's context (the next render creates a new one). Long-running processes may
    /// call it when they stop drawing.
    public static func releaseGraphviz() {
        GraphvizEngine.releaseContext()
    }
}
