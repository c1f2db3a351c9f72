/// Checks that user text stayed inert in an output, shared by the pipeline fuzz target and the
/// injection tests. Each returns the problems found, as sentences; empty when there are none.
public enum OutputChecks {
    /// Elements and links that run code or load something, as they would appear in markup.
    public static let activeMarkup = ["<script", "<img", "<iframe", "<object", "<embed", "href=\"javascript:", "src=\"javascript:"]

    /// Active markup in an HTML report (`svg` allowed when the report inlines its diagram):
    /// kmap's pages have none of their own, so any comes from a label that escaped.
    public static func activeHTML(in page: String, allowingSVG: Bool = false) -> [String] {
        let lowered = page.lowercased()
        return (activeMarkup + (allowingSVG ? [] : ["<svg"])).filter(lowered.contains).map { "HTML contains '\($0)'" }
    }

    /// Markdown table rows whose count of cell separators differs from their table's header: a
    /// `|` in a label must be escaped as `\|`.
    public static func brokenMarkdownTables(in text: String) -> [String] {
        var broken: [String] = []
        var header: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                header = nil
                continue
            }
            let separators = unescapedPipes(in: line)
            if let header, separators != header { broken.append("table row has \(separators) separators, its header \(header): \(line)") }
            header = header ?? separators
        }
        return broken
    }

    /// Cells of a CSV text that a spreadsheet would run as a formula.
    public static func formulaCells(in csv: String) -> [String] {
        CSVCells.parse(csv).compactMap { cell in
            guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return nil }
            return "CSV cell starts with a formula character: \(cell.prefix(100).debugDescription)"
        }
    }

    private static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|", !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}

/// Reads RFC 4180 CSV into its cells (quoted cells may hold commas, quotes and line breaks; a
/// leading byte-order mark is skipped).
public enum CSVCells {
    public static func parse(_ text: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var scalars = text.unicodeScalars.drop { $0 == "\u{FEFF}" }[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { cell.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"", cell.isEmpty {
                quoted = true
            } else if scalar == "," || scalar == "\n" {
                cells.append(cell)
                cell = ""
            } else if scalar != "\r" {
                cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty { cells.append(cell) }
        return cells
    }
}
