// swift-tools-version:6.0
import PackageDescription

/// Recall: a terminal quiz and flashcard trainer.
///
/// The module graph is the dependency rule: SwiftPM refuses an import that is not listed
/// here, so the pure core cannot reach the terminal or the file system by accident.
/// The README's "Architecture" section describes each module.
let package = Package(
    name: "Recall",
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-bench", targets: ["recall-bench"]),
        // For the fuzz targets in Tests/Fuzz, a package of its own.
        .library(name: "DeckFormat", targets: ["DeckFormat"]),
        .library(name: "Questions", targets: ["Questions"]),
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
        .target(name: "Scheduler"),
        .target(name: "Progress", dependencies: ["Scheduler", "DeckModel"]),
        .target(name: "Study", dependencies: ["Questions", "Scheduler", "Progress", "DeckModel"]),
        .target(name: "TerminalUI"),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CursesBackend", dependencies: ["CNcurses", "TerminalUI"]),
        .target(name: "RecallApp", dependencies: ["TerminalUI", "Study", "Questions", "Progress", "Scheduler", "DeckModel"]),
        .executableTarget(
            name: "recall",
            dependencies: [
                "DeckModel", "DeckFormat", "Questions", "Scheduler", "Progress", "Study", "RecallApp", "CursesBackend",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "recall-bench",
            dependencies: [
                "recall", "DeckFormat", "Questions", "Scheduler", "Progress", "Study",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DeckModelTests", dependencies: ["DeckModel"]),
        .testTarget(name: "DeckFormatTests", dependencies: ["DeckFormat", "DeckModel"], exclude: ["Fixtures", "Hostile"]),
        .testTarget(
            name: "SchedulerTests", dependencies: ["Scheduler"],
            exclude: ["make-fixtures.sh"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "Scheduler"]),
        .testTarget(
            name: "StudyTests", dependencies: ["Study", "Progress", "Scheduler", "Questions", "DeckFormat"],
            exclude: ["make-exam-fixtures.sh"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "RecallAppTests",
            dependencies: ["RecallApp", "TerminalUI", "Progress", "Scheduler", "Questions", "Study", "DeckFormat", "DeckModel"],
            exclude: ["Snapshots"]),
        .testTarget(name: "QuestionsTests", dependencies: ["Questions", "DeckFormat", "DeckModel"]),
        .testTarget(name: "RecallCLITests", dependencies: ["recall"]),
    ],
    swiftLanguageModes: [.v6]
)
