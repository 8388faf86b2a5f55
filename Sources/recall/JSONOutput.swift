import Foundation

/// JSON on standard output, as every `--json` option prints it: indented, keys sorted.
enum JSONOutput {
    static func text(of value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The outputs are numbers, texts and lists: encoding them cannot fail.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
