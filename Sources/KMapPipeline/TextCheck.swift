import KMapLanguage

/// Checks text that is not saved (an editor's buffer, the studio's source pane) through the
/// front door: decoded with the same size limit as a file, parsed and resolved; nothing is read
/// from disk or written. Text in, diagnostics out, for every place that checks as the user types.
public struct TextCheck: Sendable {
    /// The path the diagnostics name (the file the text will be saved to).
    public let path: String
    public let configuration: PipelineConfiguration

    public init(path: String, configuration: PipelineConfiguration = PipelineConfiguration()) {
        self.path = path
        self.configuration = configuration
    }

    /// The text as checked and what is wrong with it.
    public struct Outcome: Sendable {
        /// The text as a source file (lines and columns of the diagnostics are counted in it).
        public let source: SourceFile
        public let diagnostics: [Diagnostic]
    }

    /// The diagnostics of `text`: one, the limit's, when the text is larger than the input limit.
    public func check(_ text: String) -> Outcome {
        switch SourceLoader.decode(bytes: Array(text.utf8), path: path, maxBytes: configuration.maxInputBytes) {
        case .success(let source):
            Outcome(source: source, diagnostics: Pipeline.compile(source, configuration).diagnostics)
        case .failure(let error):
            Outcome(source: error.source, diagnostics: [error.diagnostic])
        }
    }
}
