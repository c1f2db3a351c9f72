import Foundation

/// `file://` URIs and the paths they name.
public enum DocumentURI {
    /// The path of a `file://` URI (percent-decoded); any other URI is returned as is.
    public static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://"), let url = URL(string: uri), url.isFileURL else { return uri }
        return url.path
    }

    /// The `file://` URI of an absolute path.
    public static func uri(ofPath path: String) -> String { URL(fileURLWithPath: path).absoluteString }
}
