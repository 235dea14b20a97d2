// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AnnalsKit", targets: ["AnnalsKit"]),
        .executable(name: "annals", targets: ["annals"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libsqlite3, through a module map and a shim header (as GRDB.swift does).
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Everything but argument parsing: store, ingest, text, time, extraction, query, render.
        .target(
            name: "AnnalsKit",
            dependencies: ["CSQLite"],
            exclude: ["Lexicon", "Examples"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The command-line tool: one thin file per command.
        .executableTarget(
            name: "annals",
            dependencies: [
                "AnnalsKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Regenerates Sources/AnnalsKit/Generated/Embedded*.swift from Migrations/, Schema/
        // and Sources/AnnalsKit/Lexicon/ (`swift run annals-embed`).
        .executableTarget(
            name: "annals-embed",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "AnnalsKitTests",
            dependencies: ["AnnalsKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "annalsTests",
            dependencies: ["annals", "AnnalsKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
