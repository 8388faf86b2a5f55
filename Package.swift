// swift-tools-version:6.0
import PackageDescription

/// Recall: a terminal quiz and flashcard trainer.
///
/// The module graph is the dependency rule: SwiftPM refuses an import that is not listed
/// here. Only `Storage` and the `recall` executable read or write files, and only
/// `CursesBackend` talks to the terminal; the core below them (`Review`, `Study`,
/// `RecallApp` and what they use) depends on neither, so it cannot reach them by accident.
/// The README's "Architecture" section describes each module.
let package = Package(
    name: "Recall",
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-bench", targets: ["recall-bench"]),
        // For the fuzz targets in Tests/Fuzz, a package of its own.
        .library(name: "DeckFormat", targets: ["DeckFormat"]),
        .library(name: "Questions", targets: ["Questions"]),
        .library(name: "Review", targets: ["Review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(name: "DeckModel"),
        .target(name: "DeckFormat", dependencies: ["DeckModel", "Yams"]),
        .target(
            name: "Questions", dependencies: ["DeckModel"],
            exclude: ["WordList/make-word-list.py", "WordList/SCOWL-LICENSE"]),
        // Study notes read into a draft deck (`recall draft`): pure, text in, facts out.
        .target(name: "Drafting", dependencies: ["DeckModel", "DeckFormat"]),
        .target(name: "Scheduler"),
        .target(name: "Review", dependencies: ["Scheduler", "DeckModel"]),
        .target(name: "Storage", dependencies: ["Review", "Scheduler", "DeckModel", "DeckFormat", "Questions"]),
        .target(name: "Study", dependencies: ["Questions", "Scheduler", "Review", "DeckModel"]),
        .target(name: "TerminalUI"),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CursesBackend", dependencies: ["CNcurses", "TerminalUI"]),
        // glibc's allocator tuning, for the executable alone.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(
            name: "RecallApp", dependencies: ["TerminalUI", "Study", "Questions", "Review", "Scheduler", "DeckModel"]),
        .executableTarget(
            name: "recall",
            dependencies: [
                "DeckModel", "DeckFormat", "Questions", "Scheduler", "Review", "Storage", "Study", "RecallApp",
                "CursesBackend", "TerminalUI", "CMalloc", "Drafting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "recall-bench",
            dependencies: [
                "recall", "DeckFormat", "DeckModel", "Questions", "Scheduler", "Review", "Storage", "Study", "Drafting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DeckModelTests", dependencies: ["DeckModel"]),
        .testTarget(name: "DraftingTests", dependencies: ["Drafting", "DeckFormat", "DeckModel"], exclude: ["Notes"]),
        .testTarget(
            name: "DeckFormatTests", dependencies: ["DeckFormat", "DeckModel"], exclude: ["Fixtures", "Hostile"]),
        .testTarget(
            name: "SchedulerTests", dependencies: ["Scheduler", "DeckModel", "TestSupport"],
            exclude: ["make-fixtures.sh", "make-optimizer-fixtures.sh"], resources: [.copy("Fixtures")]),
        // Fixtures and doubles the test targets share.
        .target(
            name: "TestSupport", dependencies: ["Review", "Scheduler", "DeckModel", "TerminalUI"],
            path: "Tests/TestSupport"),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Scheduler", "DeckModel", "TestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Review", "Scheduler", "DeckModel", "TestSupport"]),
        .testTarget(
            name: "StudyTests",
            dependencies: ["Study", "Review", "Scheduler", "Questions", "DeckFormat", "DeckModel", "TestSupport"],
            exclude: ["make-exam-fixtures.sh"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "RecallAppTests",
            dependencies: [
                "RecallApp", "TerminalUI", "Review", "Scheduler", "Questions", "Study", "DeckFormat", "DeckModel",
                "TestSupport",
            ],
            exclude: ["Snapshots", "Decks"]),
        .testTarget(name: "QuestionsTests", dependencies: ["Questions", "DeckFormat", "DeckModel"]),
        .testTarget(name: "RecallCLITests", dependencies: ["recall", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
