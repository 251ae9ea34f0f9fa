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
        .target(name: "ConveneLanguage"),
        .target(name: "ConveneVoting"),
        .target(name: "ConveneSession", dependencies: ["ConveneLanguage", "ConveneVoting"]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "LineEditing",
            dependencies: ["CEditLine"],
            // What libedit itself links, named so that a fully static `convene`
            // (`-Xswiftc -static-executable`, which starts fastest) finds it too.
            linkerSettings: [
                .linkedLibrary("tinfo", .when(platforms: [.linux])),
                .linkedLibrary("bsd", .when(platforms: [.linux])),
                .linkedLibrary("md", .when(platforms: [.linux])),
            ]
        ),
        .target(name: "ConveneRepl", dependencies: ["ConveneLanguage", "ConveneSession"]),
        .executableTarget(
            name: "convene",
            dependencies: [
                "ConveneLanguage",
                "ConveneSession",
                "ConveneVoting",
                "ConveneRepl",
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
        .testTarget(name: "ConveneVotingTests", dependencies: ["ConveneVoting"]),
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
