import Foundation

/// The benchmark's figures, printed as JSON.
struct Report {
    struct Machine {
        var cores = ProcessInfo.processInfo.activeProcessorCount
        var memoryGiB = (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824).rounded()
        var os = ProcessInfo.processInfo.operatingSystemVersionString
        #if DEBUG
            var build = "debug (figures from a debug build are not comparable; use -c release)"
        #else
            var build = "release"
        #endif
    }

    struct Collection {
        var facts = 0
        var cards = 0
        var reviews = 0
        var journalMegabytes = 0.0
        var snapshotMegabytes = 0.0
        var queueLength = 0
    }

    /// A goal from the performance issue: at most or at least a value, in a unit.
    enum Goal {
        case atMost(Double, String)
        case atLeast(Double, String)

        var text: String {
            switch self {
            case .atMost(let value, let unit): "≤ \(Report.format(value)) \(unit)".trimmed
            case .atLeast(let value, let unit): "≥ \(Report.format(value)) \(unit)".trimmed
            }
        }

        func isMet(by value: Double) -> Bool {
            switch self {
            case .atMost(let limit, _): value <= limit
            case .atLeast(let limit, _): value >= limit
            }
        }
    }

    struct Figure {
        var name: String
        var value: Double
        var unit: String
        /// How many runs the value is the median of (or, for a percentile, how many samples).
        var runs: Int
        var goal: String?
        var met: Bool?
    }

    var machine = Machine()
    var collection = Collection()
    var figures: [Figure] = []
    /// Figures that could not be measured, and why.
    var skipped: [String] = []

    var goalsMet: Int { figures.filter { $0.met == true }.count }
    var goalsMissed: [String] { figures.filter { $0.met == false }.map(\.name) }

    /// Adds the median of timed runs, in milliseconds.
    mutating func add(_ name: String, _ samples: Samples, goal: Goal? = nil) {
        add(name, value: samples.median, unit: "ms", runs: samples.count, goal: goal)
    }

    mutating func add(_ name: String, value: Double, unit: String, runs: Int, goal: Goal? = nil) {
        let scale = abs(value) < 1 ? 10_000.0 : 100.0
        let rounded = (value * scale).rounded() / scale
        figures.append(
            Figure(name: name, value: rounded, unit: unit, runs: runs, goal: goal?.text, met: goal?.isMet(by: value)))
        Log.say("\(name): \(Report.format(rounded)) \(unit)" + (goal.map { " (goal \($0.text))" } ?? ""))
    }

    /// The report as JSON, keys in a fixed order and one figure per line.
    func json() throws -> String {
        func encoded<T: Encodable>(_ value: T) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        func fields(_ pairs: [(String, String?)]) -> String {
            "{" + pairs.compactMap { key, value in value.map { "\"\(key)\": \($0)" } }.joined(separator: ", ") + "}"
        }
        let machine = fields([
            ("cores", "\(self.machine.cores)"), ("memoryGiB", Self.format(self.machine.memoryGiB)),
            ("os", try encoded(self.machine.os)), ("build", try encoded(self.machine.build)),
        ])
        let collection = fields([
            ("facts", "\(self.collection.facts)"), ("cards", "\(self.collection.cards)"),
            ("reviews", "\(self.collection.reviews)"),
            ("journalMegabytes", Self.format(self.collection.journalMegabytes)),
            ("snapshotMegabytes", Self.format(self.collection.snapshotMegabytes)),
            ("queueLength", "\(self.collection.queueLength)"),
        ])
        let figures = try self.figures.map { figure in
            fields([
                ("name", try encoded(figure.name)), ("value", Self.format(figure.value)),
                ("unit", try encoded(figure.unit)),
                ("runs", "\(figure.runs)"), ("goal", try figure.goal.map(encoded)), ("met", figure.met.map { "\($0)" }),
            ])
        }
        return """
            {
              "machine": \(machine),
              "collection": \(collection),
              "figures": [
                \(figures.joined(separator: ",\n    "))
              ],
              "goalsMet": \(goalsMet),
              "goalsMissed": \(try encoded(goalsMissed)),
              "skipped": \(try encoded(skipped))
            }
            """
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(format: abs(value) < 1 ? "%.4f" : "%.2f", value)
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}

/// Progress lines on stderr, so a long run shows what it is doing while stdout stays JSON.
enum Log {
    static func say(_ line: String) {
        FileHandle.standardError.write(Data(("· " + line + "\n").utf8))
    }
}
