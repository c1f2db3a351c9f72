// swift-tools-version: 6.1
import PackageDescription

/// kmap's benchmark harness, kept out of the main package so that normal builds and CI do not
/// compile it. `make bench` builds it in release mode and runs it; `make bench-smoke` runs it at
/// tiny sizes so it cannot rot.
let package = Package(
    name: "KMapBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "kmap", path: ".."),
    ],
    targets: [
        // Callgrind's client request, to count only the instructions of the stage being measured.
        .systemLibrary(name: "CCallgrind"),
        .executableTarget(
            name: "KMapBench",
            dependencies: ["CCallgrind", .product(name: "KMapKit", package: "kmap")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
