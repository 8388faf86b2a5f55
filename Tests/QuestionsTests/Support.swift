import DeckFormat
import DeckModel
import Foundation

@testable import Questions

/// Loads a deck from YAML text; fails the test run loudly when the deck has errors.
func deck(_ yaml: String) -> Deck {
    let result = DeckLoader.decode(bytes: Array(yaml.utf8), path: "test.yaml", syntax: .yaml)
    guard let deck = result.deck else {
        fatalError("test deck does not load: \(result.diagnostics.map(\.formatted))")
    }
    return deck
}

/// The shipped decks.
let shippedDecksFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Decks")

func shippedDeck(_ name: String) -> Deck {
    DeckLoader.load(path: shippedDecksFolder.appendingPathComponent(name).path).deck!
}

/// The question for one card of a deck, drawn with `seed`.
func question(_ deck: Deck, _ fact: String, _ kind: QuestionKind, blank: Int? = nil, seed: UInt64 = 1) -> Question? {
    var random = SeededRandom(seed: seed)
    return QuestionGenerator(deck: deck).question(
        for: CardKey(deck: deck.id, fact: fact, kind: kind, blank: blank), random: &random)
}

/// A deck with one fact of every kind, used by several suites.
let sampleDeck = deck(
    """
    recall: 1
    id: sample
    title: Sample
    pools:
      country: [China, India, Iran, Iraq, Austria, Australia, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan]
      person: [Dag Hammarskjöld, Trygve Lie, U Thant]
    aliases:
      Kyrgyzstan: [Kyrgyz Republic, Kirghizia]
      Dag Hammarskjöld: [Hammarskjold]
    facts:
      - id: rats
        term: RATS
        means: Regional Anti-Terrorist Structure
        accept: [Regional Anti-Terrorism Structure]
        wrong: [Regional Anti-Terrorism Secretariat, Russian-Asian Treaty on Security]
      - id: etim
        term: ETIM
        means: East Turkestan Islamic Movement
      - id: imu
        term: IMU
        means: Islamic Movement of Uzbekistan
      - id: charter
        date: The SCO Charter was signed
        when: 2002-06-07
        where: St Petersburg
      - id: five
        date: The Shanghai Five was created
        when: 1996-04-26
      - id: energy
        date: The SCO Energy Club was created
        when: 2013-12
      - id: un
        date: The SCO became a UN observer
        when: 2004
      - id: founders
        set: founding members of the Shanghai Five
        members: [China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan]
        pool: country
      - id: languages
        set: official languages of the SCO
        members: [Chinese, Russian]
      - id: venues
        sequence: Shanghai Five summit venues in order
        items: [Shanghai, Moscow, Almaty, Bishkek, Dushanbe]
      - id: members
        number: How many member states does the SCO have?
        value: 10
        as-of: 2025-09
      - id: area
        number: share of Eurasia's area covered by SCO states
        value: 65
        unit: "%"
        tolerance: 3
      - id: evils
        cloze: RATS fights {{terrorism}}, {{separatism|separation}} and {{extremism}}.
      - id: chs
        question: What is the SCO's supreme decision-making body?
        answer: Council of Heads of State
        accept: [Heads of State Council]
        wrong: [Council of Foreign Ministers, Secretariat, Council of National Coordinators]
      - id: sg
        question: Who was the second UN Secretary-General?
        answer: Dag Hammarskjöld
        pool: person
    """)
