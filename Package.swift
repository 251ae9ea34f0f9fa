// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Convene",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ConveneLanguage", targets: ["ConveneLanguage"]),
        .library(name: "ConveneVoting", targets: ["ConveneVoting"]),
        .library(name: "ConveneSession", targets: ["ConveneSession"]),
        .executable(name: "convene", targets: ["convene"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        .target(name: "ConveneText"),
        .target(
            name: "ConveneLanguage",
            dependencies: ["ConveneText"],
            swiftSettings: [
                // Release builds skip the run-time exclusivity checks: every
                // access to `ProgramChecker`'s state went through one, and on a
                // large script they cost more than the checks themselves.
                // Debug builds (the tests) still enforce exclusivity.
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
            ]
        ),
        .target(name: "ConveneVoting", dependencies: ["ConveneText"]),
        .target(name: "ConveneSession", dependencies: ["ConveneLanguage", "ConveneVoting", "ConveneText"]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "LineEditing",
            dependencies: ["CEditLine", "ConveneText"],
            // What libedit itself links, named so that a fully static `convene`
            // (`-Xswiftc -static-executable`, which starts fastest) finds it too.
            linkerSettings: [
                .linkedLibrary("tinfo", .when(platforms: [.linux])),
                .linkedLibrary("bsd", .when(platforms: [.linux])),
                .linkedLibrary("md", .when(platforms: [.linux])),
            ]
        ),
        .target(name: "ConveneRepl", dependencies: ["ConveneLanguage", "ConveneSession", "ConveneText"]),
        .executableTarget(
            name: "convene",
            dependencies: [
                "ConveneLanguage",
                "ConveneSession",
                "ConveneVoting",
                "ConveneRepl",
                "ConveneText",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "journal-benchmark",
            dependencies: ["ConveneSession", "ConveneLanguage"],
            path: "Benchmarks/JournalBenchmark"
        ),
        .executableTarget(
            name: "tally-benchmark",
            dependencies: ["ConveneVoting"],
            path: "Benchmarks/TallyBenchmark",
            exclude: ["README.md"]
        ),
        .testTarget(
            name: "ConveneLanguageTests",
            dependencies: ["ConveneLanguage"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ConveneTextTests", dependencies: ["ConveneText"]),
        .testTarget(name: "ConveneVotingTests", dependencies: ["ConveneVoting", "ConveneText"]),
        .testTarget(
            name: "ConveneSessionTests",
            dependencies: ["ConveneSession", "ConveneLanguage", "ConveneVoting"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(
            name: "ConveneReplTests",
            dependencies: ["ConveneRepl", "ConveneLanguage", "ConveneSession"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
