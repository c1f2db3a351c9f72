import KMapAnalysis
import KMapLanguage
import KMapPipeline

/// A document run through the front door: its text, syntax tree, model, analysis and the index
/// of its names. Every feature of the service is a function of one of these.
public struct CheckedDocument: Sendable {
    public let document: TextDocument
    public let result: PipelineResult
    /// The syntax tree (the pipeline keeps it for the service).
    public let syntax: MapFile
    public let symbols: SymbolIndex
    /// The declarations by id.
    let declarations: Declarations

    /// Checks `document` with the analysis settings `configuration` (the project file nearest
    /// the document, if any). `path` names the document in the language's own messages.
    public init(_ document: TextDocument, path: String, configuration: AnalysisConfiguration = AnalysisConfiguration()) {
        self.document = document
        let source = SourceFile(path: path, text: document.text)
        result = Pipeline.run(source, PipelineConfiguration(analysis: configuration, keepsSyntax: true))
        syntax = result.syntax ?? MapFile(statements: [], comments: [])
        symbols = SymbolIndex(syntax)
        declarations = Declarations(syntax)
    }

    public var uri: String { document.uri }
    public var source: SourceFile { result.source }

    /// The protocol range of a source range.
    public func range(_ range: SourceRange) -> TextRange {
        let bom = document.byteOrderMarkLength
        return document.positions.range(from: range.start + bom, to: range.end + bom)
    }

    /// The source offset of a protocol position.
    public func offset(of position: TextPosition) -> Int {
        max(0, document.positions.offset(of: position) - document.byteOrderMarkLength)
    }

    /// The name written at `position`, if any.
    public func occurrence(at position: TextPosition) -> SymbolOccurrence? {
        symbols.occurrence(at: offset(of: position))
    }

    /// The source text of the line holding `offset`, up to `offset`.
    func linePrefix(upTo offset: Int) -> String {
        let line = source.line(of: offset)
        let start = source.lineRange(line).lowerBound
        return source.text(in: SourceRange(start: start, end: max(start, offset)))
    }
}
