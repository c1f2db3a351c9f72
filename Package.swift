// swift-tools-version: 6.1
import PackageDescription

/// kmap: reads a knowledge-management process map (`.kmap`), finds where its learning cycle
/// breaks, draws it, reports on it and compares versions of it.
///
/// One module per stage; data flows one way:
/// KMapLanguage -> KMapModel -> KMapAnalysis -> KMapRender / KMapReport / KMapDiff -> kmap (CLI),
/// chained by one front door, KMapPipeline.
let package = Package(
    name: "kmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kmap", targets: ["kmap"]),
        .library(name: "KMapKit", targets: ["KMapText", "KMapLanguage", "KMapModel", "KMapAnalysis", "KMapPipeline", "KMapRender", "KMapReport", "KMapDiff", "KMapGenerate", "KMapWorkbook", "KMapEvidence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", exact: "2.8.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
    ],
    targets: [
        // Below every stage: one escaper per output format, one rule for dropped control
        // characters, one terminal colour style.
        .target(name: "KMapText"),
        // Stage 1: lexer, parser, AST with source ranges, diagnostics, formatter.
        .target(name: "KMapLanguage", dependencies: ["KMapText"]),
        // Stage 2: the resolved graph, the phase framework, the technique catalog.
        .target(
            name: "KMapModel",
            dependencies: ["KMapLanguage", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // Stage 3: waves, gap rules, stakeholder analysis, configuration.
        .target(
            name: "KMapAnalysis",
            dependencies: ["KMapText", "KMapModel", .product(name: "Yams", package: "Yams")]
        ),
        // The front door: load -> parse -> resolve -> analyse in one call, for every command,
        // the diff, the imports, the studio and the fuzz checks.
        .target(name: "KMapPipeline", dependencies: ["KMapLanguage", "KMapModel", "KMapAnalysis"]),
        // The language in an editor: documents, diagnostics, completion, navigation, rename,
        // outline, code actions and formatting, as pure functions over the front door's values.
        .target(name: "KMapLanguageService", dependencies: ["KMapLanguage", "KMapModel", "KMapAnalysis", "KMapPipeline"]),
        // `kmap lsp`: JSON-RPC 2.0 with the base protocol's framing, and the LSP 3.17 server
        // over the language service.
        .target(name: "KMapLSP", dependencies: ["KMapText", "KMapLanguage", "KMapLanguageService"]),
        // Graphviz's C library (libgvc, libcgraph), reached from exactly one Swift file.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Stage 4a: DOT and Mermaid text, and in-process Graphviz rendering.
        .target(name: "KMapRender", dependencies: ["KMapText", "KMapAnalysis", "CGraphviz"]),
        // Stage 4b: terminal, Markdown, HTML, JSON, SARIF and CSV reports; CSV import.
        .target(
            name: "KMapReport",
            dependencies: [
                "KMapText", "KMapAnalysis", "KMapPipeline", "KMapRender", "KMapEvidence",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Stage 4d: the map as spreadsheet sheets (an .xlsx workbook or a folder of CSV files) and
        // back again, losslessly. Its own module so the zip dependency stays out of the reports,
        // and because it carries the map's statements, not its analysis; its CSV cells follow
        // KMapText's rules (kept exactly, not cleaned) and its files the CSV export's encoding.
        .target(
            name: "KMapWorkbook",
            dependencies: [
                "KMapText", "KMapLanguage", "KMapModel", "KMapReport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Stage 4e: the map against what happened: an evidence log of occurrences, the evidence
        // rules and the indicators in practice.
        .target(
            name: "KMapEvidence",
            dependencies: ["KMapText", "KMapLanguage", "KMapModel", "KMapAnalysis"]
        ),
        // Deterministic generator of large, realistic maps (benchmarks, fuzz seeds, `kmap generate`).
        .target(name: "KMapGenerate", dependencies: ["KMapLanguage"]),
        // Stage 4c: structural and gap comparison of two maps, and trends over versions (with the
        // evidence of the newest one per calendar period).
        .target(name: "KMapDiff", dependencies: ["KMapText", "KMapAnalysis", "KMapPipeline", "KMapRender", "KMapEvidence"]),
        // Stage 5: `kmap serve`, the live workshop studio (HTTP + WebSocket, embedded page).
        .target(
            name: "KMapStudio",
            dependencies: [
                "KMapText", "KMapLanguage", "KMapModel", "KMapAnalysis", "KMapPipeline", "KMapLanguageService", "KMapRender", "KMapReport", "KMapDiff", "KMapEvidence",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ]
        ),
        // glibc's allocator settings, for the command-line process (see ProcessMemory.swift).
        .systemLibrary(name: "CProcess"),
        // The thin command-line layer.
        .executableTarget(
            name: "kmap",
            dependencies: [
                "KMapLanguage", "KMapModel", "KMapAnalysis", "KMapPipeline", "KMapRender", "KMapReport", "KMapDiff", "KMapGenerate", "KMapStudio", "KMapWorkbook", "KMapLSP", "KMapEvidence", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The promises fuzzing checks (shared by the libFuzzer targets and the regression tests).
        .target(
            name: "KMapFuzzChecks",
            dependencies: ["KMapLanguage", "KMapModel", "KMapAnalysis", "KMapPipeline", "KMapRender", "KMapReport", "KMapDiff", "KMapLSP", "KMapWorkbook"],
            path: "Sources/FuzzChecks"
        ),
        // libFuzzer targets (`make fuzz`); inert programs under a plain `swift build`.
        .executableTarget(name: "KMapFuzzParser", dependencies: ["KMapFuzzChecks"], path: "Sources/FuzzParser"),
        .executableTarget(name: "KMapFuzzPipeline", dependencies: ["KMapFuzzChecks", "CGraphviz"], path: "Sources/FuzzPipeline"),
        .executableTarget(name: "KMapFuzzRevision", dependencies: ["KMapFuzzChecks"], path: "Sources/FuzzRevision"),
        .executableTarget(name: "KMapFuzzImport", dependencies: ["KMapFuzzChecks"], path: "Sources/FuzzImport"),
        .executableTarget(name: "KMapFuzzConfiguration", dependencies: ["KMapFuzzChecks"], path: "Sources/FuzzConfiguration"),
        .executableTarget(name: "KMapFuzzLSP", dependencies: ["KMapFuzzChecks"], path: "Sources/FuzzLSP"),
        .executableTarget(name: "KMapFuzzWorkbook", dependencies: ["KMapFuzzChecks"], path: "Sources/FuzzWorkbook"),
        // Helpers shared by the test targets (golden files).
        .target(name: "KMapTestSupport", path: "Tests/KMapTestSupport"),
        .testTarget(
            name: "KMapTextTests",
            dependencies: [
                "KMapText", "KMapTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(
            name: "KMapLanguageTests",
            dependencies: ["KMapLanguage", "KMapTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KMapModelTests",
            dependencies: ["KMapModel", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "KMapAnalysisTests",
            dependencies: ["KMapAnalysis", "KMapTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Expected", "Practitioner"]
        ),
        .testTarget(name: "KMapPipelineTests", dependencies: ["KMapPipeline"]),
        .testTarget(name: "KMapLanguageServiceTests", dependencies: ["KMapLanguageService", "KMapTestSupport"]),
        .testTarget(name: "KMapLSPTests", dependencies: ["KMapLSP", "kmap", "KMapTestSupport"]),
        .testTarget(
            name: "KMapRenderTests",
            dependencies: ["KMapRender", "KMapTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KMapReportTests",
            dependencies: [
                "KMapReport", "KMapEvidence", "KMapTestSupport", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden", "Browser"]
        ),
        .testTarget(
            name: "KMapDiffTests",
            dependencies: ["KMapDiff", "KMapEvidence", "KMapTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "KMapGenerateTests", dependencies: ["KMapGenerate", "KMapModel", "KMapAnalysis"]),
        .testTarget(
            name: "KMapEvidenceTests",
            dependencies: ["KMapEvidence", "KMapPipeline", "KMapGenerate", "KMapTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "KMapCLITests", dependencies: ["kmap", "KMapFuzzChecks", "KMapTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "KMapFuzzTests", dependencies: ["KMapFuzzChecks"]),
        .testTarget(
            name: "KMapWorkbookTests",
            dependencies: [
                "KMapWorkbook", "KMapAnalysis", "KMapGenerate", "KMapTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // The browser scenarios run the built `kmap serve`, so the test target depends on it.
        .testTarget(name: "KMapStudioTests", dependencies: ["KMapStudio", "KMapEvidence", "kmap", "KMapTestSupport"], exclude: ["Browser"]),
    ],
    swiftLanguageModes: [.v6]
)
