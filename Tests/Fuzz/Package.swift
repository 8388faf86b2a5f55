// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for the deck loader, the answer checker and the progress readers (journal,
/// snapshot, settings), in a package of their own so that the main build never needs
/// libFuzzer; see the README's "Fuzzing".
let package = Package(
    name: "RecallFuzz",
    dependencies: [
        .package(name: "Recall", path: "../..")
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzDeckLoader",
            dependencies: [
                "FuzzDriver",
                .product(name: "DeckFormat", package: "Recall"),
                .product(name: "Questions", package: "Recall"),
            ]),
        .executableTarget(
            name: "FuzzAnswerChecker",
            dependencies: [
                "FuzzDriver",
                .product(name: "DeckFormat", package: "Recall"),
                .product(name: "Questions", package: "Recall"),
            ]),
        .executableTarget(
            name: "FuzzJournalReader",
            dependencies: ["FuzzDriver", .product(name: "Review", package: "Recall")]),
        .executableTarget(
            name: "FuzzSnapshotReader",
            dependencies: ["FuzzDriver", .product(name: "Review", package: "Recall")]),
        .executableTarget(
            name: "FuzzSettingsReader",
            dependencies: ["FuzzDriver", .product(name: "Review", package: "Recall")]),
    ],
    swiftLanguageModes: [.v6]
)
