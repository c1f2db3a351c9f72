import Foundation
import KMapTestSupport
import Testing

/// The studio proved in a real browser: each test runs one scenario of `Browser/studio_browser.py`,
/// which starts `kmap serve` on a copy of a map (port 0), drives headless Chromium through selenium
/// and chromedriver, and stops the server with Ctrl-C, requiring a clean exit. Screenshots of
/// every state are kept in `.build/studio-screenshots/`, with each scenario's figures as JSON.
///
/// Python selenium rather than WebDriver spoken from Swift: selenium's waits, keyboard and mouse
/// actions and screenshots are what chromedriver's own project maintains; a Swift client for the
/// protocol would be a second browser driver to own and test.
@Suite(.serialized, .enabled(if: StudioBrowser.isAvailable, "needs chromium, chromium-driver and selenium (make test-setup installs them)"))
struct StudioBrowserTests {
    /// A scenario whose script checks everything itself.
    enum Scenario: String, CaseIterable, CustomTestStringConvertible {
        case shows, pageSave = "page-save", links, presenter, syntaxError = "syntax-error", shutdown
        case viewOnly = "view-only", hostileLabels = "hostile-labels", originsAndPaths = "origins-and-paths"
        case severalBrowsers = "several-browsers", connectionLimit = "connection-limit", compare
        case compareWhileEditing = "compare-while-editing", tenThousand = "ten-thousand"
        case views, panZoom = "pan-zoom", liveCheck = "live-check"

        var testDescription: String {
            switch self {
            case .shows: "the page shows the diagram and the findings"
            case .pageSave: "a save in the page lands on disk atomically and never overwrites a change on disk"
            case .links: "findings and nodes are linked both ways, with the source line shown"
            case .presenter: "presenter mode steps through the waves with the arrow keys, every text at least 24 px at 1920x1080"
            case .syntaxError: "a syntax error shows the diagnostic over the last good diagram"
            case .shutdown: "Ctrl-C stops the server while a browser holds idle sockets"
            case .viewOnly: "a viewer without the token cannot save"
            case .hostileLabels: "hostile labels stay text in every view"
            case .originsAndPaths: "foreign origins and paths outside the assets are refused"
            case .severalBrowsers: "several browsers at once are all updated by a save on disk or in a page"
            case .connectionLimit: "a page past the connection limit says why it is not live and joins when a place frees"
            case .compare: "compare with another file or a git revision shows what closed and what opened"
            case .compareWhileEditing: "a long comparison runs off the request path: saves on disk reach the page meanwhile"
            case .tenThousand: "a 10,000-activity map opens collapsed with a note, its findings link to the source, typing is checked"
            case .views: "the stakeholders view and the engagement matrix show the map's people"
            case .panZoom: "zoom keeps the point under the pointer, a drag pans, fit shows the whole map"
            case .liveCheck: "a mistake typed in the source pane is shown at its line without saving"
            }
        }
    }

    @Test(arguments: Scenario.allCases)
    func scenario(_ scenario: Scenario) throws {
        try StudioBrowser.run(scenario.rawValue)
    }

    /// Every map in maps/ saved over the served file reaches the page (the figures are the
    /// save-to-update latencies, kept in `disk-edit.json`; targets belong to benchmarks, not tests).
    @Test func aSaveOnDiskAppearsInThePage() throws {
        let figures = try StudioBrowser.run("disk-edit")
        let latencies = try #require(figures["latency_ms"] as? [String: [Double]])
        let maps = try FileManager.default.contentsOfDirectory(atPath: StudioBrowser.maps.path).filter { $0.hasSuffix(".kmap") }
        #expect(Set(latencies.keys) == Set(maps), "every map in maps/ is saved over the served file")
        #expect(latencies.values.allSatisfy { $0.count == 3 && $0.allSatisfy { $0 > 0 } })
    }

    /// The log beside the map (`NAME.evidence.csv`) brings its timeline, indicators and findings;
    /// its errors show at row and column; a change to the map or the log updates the page.
    @Test func theEvidenceLogBesideTheMapShowsAndFollowsTheFiles() throws {
        let figures = try StudioBrowser.run("evidence", map: "ngo-meal-system.kmap")
        #expect(figures["findings"] as? Int == 8)
    }
}

/// Runs the browser scenarios and finds what they need.
enum StudioBrowser {
    static let root = GoldenFile.repositoryRoot
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/studio_browser.py")
    static let maps = root.appendingPathComponent("maps")
    static let screenshots = root.appendingPathComponent(".build/studio-screenshots")
    /// Generous: a scenario takes 2-30 s; the script stops itself after 240 s.
    static let timeout = 300.0

    /// The `kmap` built next to the test bundle.
    static var kmap: URL {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidate = products.appendingPathComponent("kmap")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return root.appendingPathComponent(".build/debug/kmap")
    }

    static let isAvailable: Bool = {
        let tools = ["/usr/bin/chromedriver", "/usr/bin/chromium"]
        guard tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)) else { return false }
        let probe = try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import selenium"], timeout: 60)
        return probe?.status == 0
    }()

    /// Runs `scenario` on `map` and returns its figures; a failure is recorded with what the
    /// script saw, and the figures are written next to the screenshots.
    @discardableResult
    static func run(_ scenario: String, map: String = "literacy-network.kmap",
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let outcome = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", script.path, scenario, "--kmap", kmap.path, "--map", maps.appendingPathComponent(map).path,
             "--maps", maps.path, "--shots", screenshots.path],
            in: root, timeout: timeout
        )
        try #require(outcome.status == 0, "\(scenario): \(outcome.stderr)", sourceLocation: sourceLocation)
        let figures = outcome.stdout.split(separator: "\n").last.map(String.init) ?? "{}"
        try? figures.write(to: screenshots.appendingPathComponent("\(scenario).json"), atomically: true, encoding: .utf8)
        return try #require(JSONSerialization.jsonObject(with: Data(figures.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }
}
