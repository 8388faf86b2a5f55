import DeckModel
import Foundation
import Testing

@testable import DeckFormat

/// The decks in `Decks/`, and the JSON Schema beside them.
@Suite struct ShippedDeckTests {
    static let decks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Decks")

    @Test(arguments: ["sco.yaml", "example.yaml"])
    func loadsWithoutAnyDiagnostic(name: String) throws {
        let path = Self.decks.appendingPathComponent(name).path
        let result = DeckLoader.load(
            path: path, options: DeckCheckOptions(today: PartialDate(year: 2026, month: 11, day: 29)))
        #expect(result.diagnostics.map(\.formatted) == [])
        let deck = try #require(result.deck)
        #expect(deck.facts.allSatisfy { !$0.idIsDerived })
    }

    @Test func folderScanFindsTheDecksButNotTheSchema() {
        let names = DeckDiscovery.deckFiles(in: Self.decks.path).map { ($0 as NSString).lastPathComponent }
        #expect(names == ["example.yaml", "sco.yaml"])
    }

    @Test func exampleUsesEveryFactKindAndEveryKey() throws {
        let text = try String(contentsOf: Self.decks.appendingPathComponent("example.yaml"), encoding: .utf8)
        let deck = try #require(DeckLoader.load(path: Self.decks.appendingPathComponent("example.yaml").path).deck)
        #expect(Set(deck.facts.map(\.kind)) == Set(FactKind.allCases))
        let allKeys = DeckKeys.topLevel + DeckKeys.allFactKeys.sorted()
        let missing = allKeys.filter { !text.contains("\n\($0):") && !text.contains(" \($0):") }
        #expect(missing == [])
        // A teacher's template, not a course: listed last and left out of "study all".
        #expect(deck.id == "example" && deck.isTemplate)
    }

    /// Every checkable statement of the seed inventory (`sco-facts.json`: status correct,
    /// outdated or wrong) is covered by a fact marked `# covers: Fnn`.
    @Test func scoDeckCoversEveryCheckedFactOfTheNotes() throws {
        let checked = [
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 25, 26, 27, 28, 29, 30,
            31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
            57, 58, 59, 60, 62, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 76, 77, 78, 79, 80, 81, 82,
        ]
        .map { String(format: "F%02d", $0) }
        #expect(checked.count == 74)
        let lines = try String(contentsOf: Self.decks.appendingPathComponent("sco.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var covered = Set<String>()
        for (index, line) in lines.enumerated() where line.hasPrefix("  # covers: ") {
            #expect(
                lines[index + 1].hasPrefix("  - id: "),
                "a covers comment must sit right above a fact (line \(index + 1))")
            covered.formUnion(
                line.dropFirst("  # covers: ".count).split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                })
        }
        #expect(checked.filter { !covered.contains($0) } == [])
    }

    /// Each correction of the inventory (status wrong or outdated) is a fact that declares the
    /// notes' version in `wrong:`, so that a candidate who gives it is told.
    @Test(arguments: [
        ("F03", "share-of-eurasia", "60"), ("F04", "share-of-population", "40"), ("F05", "share-of-gdp", "20"),
        ("F13", "charter-signed", "2002-07-07"), ("F15", "member-count", "8"),
        ("F17", "partner-status", "dialogue partner"),
        ("F25", "not-an-alliance", "Yes: its members are bound by a mutual-defence clause"),
        ("F29", "multipolar-declaration", "1997-05-20"), ("F37", "casa-carries", "natural gas"),
        ("F39", "top-gas-producer", "Russia"), ("F41", "cpec-2", "a modularisation of CPEC"),
        ("F46", "three-evils", "separation"),
        ("F47", "druzhba", "PAT"), ("F53", "etim", "East Turkmenistan Islamic border"),
        ("F56", "geographical-location", "geological placement"), ("F60", "cpec-disputed", "Balochistan"),
        ("F71", "observer-kind", "an observer state"), ("F73", "energy-club", "2007-07"),
        ("F77", "secretary-general-heads", "the SCO as a whole"),
    ])
    func everyCorrectionDeclaresTheNotesVersion(inventory: String, fact: String, wrong: String) throws {
        let text = try String(contentsOf: Self.decks.appendingPathComponent("sco.yaml"), encoding: .utf8)
        let deck = try #require(DeckLoader.load(path: Self.decks.appendingPathComponent("sco.yaml").path).deck)
        let declared = try #require(deck.fact(id: fact)?.content.wrong)
        #expect(declared.contains(wrong), "\(fact): \(declared)")
        let covers = text.components(separatedBy: "\n  - id: \(fact)\n").first?.split(separator: "\n").last ?? ""
        #expect(covers.hasPrefix("  # covers: ") && covers.contains(inventory), "\(fact) covers \(inventory)")
    }

    @Test func noPromptMentionsTheNotes() throws {
        let deck = try #require(DeckLoader.load(path: Self.decks.appendingPathComponent("sco.yaml").path).deck)
        #expect(deck.facts.filter { $0.prompt.lowercased().contains("the notes") }.map(\.id) == [])
    }

    @Test func scoDeckCorrectsTheNotes() throws {
        let deck = try #require(DeckLoader.load(path: Self.decks.appendingPathComponent("sco.yaml").path).deck)
        guard case .date(let charter) = deck.fact(id: "charter-signed")?.content else {
            Issue.record("no charter fact")
            return
        }
        #expect(charter.when == PartialDate(year: 2002, month: 6, day: 7))
        #expect(deck.fact(id: "charter-signed")?.note?.contains("not 7 July") == true)
        guard case .number(let members) = deck.fact(id: "member-count")?.content else {
            Issue.record("no member count")
            return
        }
        #expect(members.value.value == 10)
        #expect(deck.fact(id: "member-count")?.asOf != nil)
        #expect(deck.aliases.contains { $0.canonical == "Kyrgyzstan" && $0.alternatives.contains("Kyrgyz Republic") })
        #expect(deck.aliases.contains { $0.canonical == "Emomali Rahmon" && $0.alternatives.contains("Rahmonov") })
        #expect(Set(deck.pools.map(\.name)).isSuperset(of: ["country", "person", "city", "organisation"]))
    }

    /// The schema lists exactly the keys the loader accepts, for the deck and each kind.
    @Test func schemaMatchesTheLoader() throws {
        let data = try Data(contentsOf: Self.decks.appendingPathComponent("deck.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let top = try #require(schema["properties"] as? [String: Any])
        #expect(Set(top.keys) == Set(DeckKeys.topLevel))
        let definitions = try #require(schema["definitions"] as? [String: Any])
        for kind in FactKind.allCases {
            let fact = try #require(definitions["\(kind.rawValue)Fact"] as? [String: Any])
            let properties = try #require(fact["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(DeckKeys.allowed(for: kind)), "\(kind)")
        }
    }
}
