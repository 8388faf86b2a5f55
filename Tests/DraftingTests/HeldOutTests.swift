import Foundation
import Testing

@testable import Drafting

/// Notes nobody tuned the drafter on, in the styles of the seed notes but on other bodies
/// (the ECO, the UN): most of their labelled facts are drafted, with few facts per label,
/// each naming its source line.
@Suite struct HeldOutTests {
    /// Each labelled fact, as words one drafted fact must hold together.
    static let labels: [[String]] = [
        ["ECO", "Economic Cooperation Organization"], ["1985", "Iran", "Pakistan", "Turkey"],
        ["Tehran"], ["Afghanistan", "Uzbekistan", "Turkmenistan"], ["ETDB", "Trade and Development Bank"],
        ["Izmir", "1977"], ["1990"], ["1992", "seven new members"], ["2017", "Vision 2025"],
        ["8", "million square kilometres"], ["RCD", "Regional Cooperation for Development"],
        ["Council of Ministers", "Secretariat"], ["Signing", "Ratification", "Implementation"],
        ["main deliberative organ"], ["193", "states"], ["The Hague"], ["UNICEF", "United Nations Children's Fund"],
        ["New York"],
    ]

    @Test func mostLabelledFactsAreDraftedAndLittleElse() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Notes/eco.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (facts, unused) = NotesDrafter.draft(text)
        let texts = facts.map {
            $0.keys.filter { $0.0 != "tags" }.map(\.1).joined(separator: " ").replacingOccurrences(of: "{{", with: "")
                .replacingOccurrences(of: "}}", with: "")
        }
        let missed = Self.labels.filter { label in !texts.contains { text in label.allSatisfy(text.contains) } }
        let share = Double(Self.labels.count - missed.count) / Double(Self.labels.count)
        #expect(share >= 0.85, "drafted \(Self.labels.count - missed.count) of \(Self.labels.count); missed \(missed)")
        #expect(facts.count < 3 * Self.labels.count, "\(facts.count) facts for \(Self.labels.count) labelled")
        // Every fact names its line; the site's text is left out.
        #expect(
            facts.allSatisfy {
                $0.line > 0
                    && text.split(separator: "\n", omittingEmptySubsequences: false)[$0.line - 1].contains(
                        $0.quote.prefix(10))
            })
        #expect(unused.contains { $0.text.contains("Leave a comment") })
        let deck = DraftDeck(facts: facts, id: "eco", title: "ECO", notes: "eco.txt")
        #expect(deck.refused.isEmpty, "\(deck.refused)")
        // The countries the notes list make a pool, and the list of them draws on it.
        let countries = deck.yaml.split(separator: "\n").first { $0.hasPrefix("  country: [") } ?? ""
        #expect(["Afghanistan", "Iran", "Uzbekistan"].allSatisfy { countries.contains("\"\($0)\"") }, "\(deck.yaml)")
        #expect(
            deck.facts.contains { $0.value("set") == "\"Members of ECO (10)\"" && $0.value("pool") == "\"country\"" })
    }
}
