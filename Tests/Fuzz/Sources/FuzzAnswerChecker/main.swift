import DeckFormat
import DeckModel
import Foundation
import FuzzDriver
import Questions

/// Every question of the shipped SCO deck, asked once with a fixed seed.
private let questions: (AnswerChecker, [Question]) = {
    let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Decks/sco.yaml").path
    guard let deck = DeckLoader.load(path: path).deck else { fatalError("cannot load \(path)") }
    let generator = QuestionGenerator(deck: deck)
    return (AnswerChecker(vocabulary: generator.vocabulary), QuestionSet.make(from: generator, count: nil, seed: 1))
}()

/// One fuzz input: two bytes choose a question, the rest is what the learner typed (any
/// bytes, as a terminal could deliver them). The checker must give a verdict, and the right
/// answer must still be accepted afterwards.
func fuzzAnswerChecker(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard bytes.count >= 2 else { return 0 }
    let (checker, all) = questions
    let question = all[(Int(bytes[0]) << 8 | Int(bytes[1])) % all.count]
    let typed = String(decoding: bytes.dropFirst(2), as: UTF8.self)
    _ = checker.check(typed, for: question)
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
var argumentCount = CInt(CommandLine.arguments.count)
arguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argumentCount, &argv) { fuzzAnswerChecker($0, $1) })
}
