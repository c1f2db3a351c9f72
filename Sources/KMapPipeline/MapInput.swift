import KMapLanguage

/// Where a map's text comes from: the first thing the pipeline is given.
public enum MapInput: Sendable {
    /// A file on disk.
    case file(path: String)
    /// Standard input, named `name` in diagnostics.
    case standardInput(name: String = "<stdin>")
    /// Bytes already in memory, named `name` in diagnostics: a file as it was at a git revision
    /// (named `REV:PATH`), or a fuzzer's input.
    case bytes([UInt8], name: String)
    /// Text already decoded.
    case source(SourceFile)

    /// A command-line argument: `-` is standard input, anything else a file.
    public init(argument: String) {
        self = argument == "-" ? .standardInput() : .file(path: argument)
    }

    /// The decoded text, refused when it is longer than `maxBytes` (E003), cannot be read
    /// (E002) or is not UTF-8 (E001). An endless standard input is read only to the limit.
    public func load(maxBytes: Int = SourceLoader.defaultMaxBytes) -> Result<SourceFile, LoadError> {
        switch self {
        case .file(let path): SourceLoader.load(path: path, maxBytes: maxBytes)
        case .standardInput(let name): SourceLoader.loadStandardInput(maxBytes: maxBytes, path: name)
        case .bytes(let bytes, let name): SourceLoader.decode(bytes: bytes, path: name, maxBytes: maxBytes)
        case .source(let source): .success(source)
        }
    }
}
