import DeckModel
import Foundation
import Testing

@testable import DeckFormat

/// The archive form the deck cache keeps decks in.
@Suite struct DeckArchiveTests {
    @Test(arguments: ["sco.yaml", "example.yaml"])
    func aDeckReadsBackExactly(name: String) throws {
        let deck = try #require(DeckLoader.load(path: ShippedDeckTests.decks.appendingPathComponent(name).path).deck)
        var out = ArchiveWriter()
        DeckArchive.write(deck, to: &out)
        var input = ArchiveReader(out.bytes)
        #expect(try DeckArchive.read(from: &input) == deck)
        #expect(input.atEnd)
    }

    @Test func aCutOrDamagedArchiveIsRefusedNotMisread() throws {
        let deck = try #require(
            DeckLoader.load(path: ShippedDeckTests.decks.appendingPathComponent("example.yaml").path).deck)
        var out = ArchiveWriter()
        DeckArchive.write(deck, to: &out)
        for length in stride(from: 0, to: out.bytes.count, by: 7) {
            var input = ArchiveReader(Array(out.bytes.prefix(length)))
            #expect(throws: ArchiveReader.Damaged.self) { try DeckArchive.read(from: &input) }
        }
        // A huge count where a list begins allocates nothing and fails.
        var huge = ArchiveWriter()
        huge.integer(Int.max / 2)
        var input = ArchiveReader(huge.bytes)
        #expect(throws: ArchiveReader.Damaged.self) { try input.texts() }
    }

    @Test func integersOfEverySizeAndSign() throws {
        let values = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int(Int32.max), Int.max, Int.min]
        var out = ArchiveWriter()
        values.forEach { out.integer($0) }
        var input = ArchiveReader(out.bytes)
        #expect(try values.map { _ in try input.integer() } == values)
    }
}
