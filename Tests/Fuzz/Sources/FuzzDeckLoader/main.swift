import DeckFormat
import DeckModel
import Foundation
import FuzzDriver
import Questions

/// One fuzz input: any bytes, read as a YAML deck and as a JSON deck. A deck that loads must
/// also list its cards, give a question for each, and read back from its cache archive
/// unchanged; anything else must end in diagnostics, never a crash or a hang.
func fuzzDeckLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    for syntax in [DeckSyntax.yaml, .json] {
        let result = DeckLoader.decode(bytes: bytes, path: "fuzz", syntax: syntax)
        guard let deck = result.deck else {
            precondition(
                result.diagnostics.contains { $0.severity == .error }, "a deck that fails to load must say why")
            continue
        }
        let generator = QuestionGenerator(deck: deck)
        var random = SeededRandom(seed: 1)
        for card in generator.cardKeys {
            precondition(generator.question(for: card, random: &random) != nil, "every listed card has a question")
        }
        var out = ArchiveWriter()
        DeckArchive.write(deck, to: &out)
        var input = ArchiveReader(out.bytes)
        precondition((try? DeckArchive.read(from: &input)) == deck, "the archive reads back the same deck")
    }
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
var argumentCount = CInt(CommandLine.arguments.count)
arguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argumentCount, &argv) { fuzzDeckLoader($0, $1) })
}
