/// A reading position in UTF-8 JSON text, with the pieces Recall's own files are made of:
/// strings, numbers, `null`. Shared by the journal-line scanner and the snapshot reader,
/// the two readers the benchmark shows must be hand-written: a year of answers is a
/// million lines, and its snapshot 24 MB.
struct ByteCursor {
    struct Malformed: Error {
        var reason: String
        var offset: Int
    }

    let bytes: ArraySlice<UInt8>
    var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool { index >= bytes.endIndex }

    func peek() -> UInt8? {
        index < bytes.endIndex ? bytes[index] : nil
    }

    func fail(_ reason: String) -> Malformed {
        Malformed(reason: reason, offset: index - bytes.startIndex)
    }

    /// Skips spaces, tabs and line breaks.
    mutating func skipSpaces() {
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips spaces, then takes `byte` if it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        skipSpaces()
        guard index < bytes.endIndex, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips spaces, then takes `byte`, which must be next.
    mutating func expect(_ byte: UInt8) throws(Malformed) {
        guard consume(byte) else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
    }

    /// Takes the literal `word` (`null`, `true`, `false`) if it is next.
    mutating func consume(word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.endIndex - index >= count else { return false }
        let matches = word.withUTF8Buffer { literal in
            (0..<count).allSatisfy { bytes[index + $0] == literal[$0] }
        }
        if matches { index += count }
        return matches
    }

    /// The bytes between the quotes of the string that starts here, escapes left in.
    mutating func rawString() throws(Malformed) -> ArraySlice<UInt8> {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected a string") }
        index += 1
        let start = index
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let raw = bytes[start..<index]
                index += 1
                return raw
            case UInt8(ascii: "\\"): index += 2
            case 0..<0x20: throw fail("control character in a string")
            default: index += 1
            }
        }
        throw fail("unterminated string")
    }

    /// A string value, or nil for `null`.
    mutating func string() throws(Malformed) -> String? {
        skipSpaces()
        if consume(word: "null") { return nil }
        let raw = try rawString()
        return try Self.decode(raw)
    }

    /// The text of a string's raw bytes, with its escapes resolved.
    static func decode(_ raw: ArraySlice<UInt8>) throws(Malformed) -> String {
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        func hex4(_ at: Int) throws(Malformed) -> UInt32 {
            guard at + 4 <= raw.endIndex,
                let value = UInt32(String(decoding: raw[at..<at + 4], as: UTF8.self), radix: 16)
            else {
                throw Malformed(reason: "bad \\u escape", offset: at - raw.startIndex)
            }
            return value
        }
        while i < raw.endIndex {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < raw.endIndex else {
                out.append(byte)
                i += 1
                continue
            }
            let escape = raw[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= raw.endIndex, raw[i] == UInt8(ascii: "\\") {
                    let low = try hex4(i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default: out.append(escape)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A whole number (`3.0` counts as 3, up to 2^53), or nil for `null`.
    mutating func integer() throws(Malformed) -> Int? {
        skipSpaces()
        if consume(word: "null") { return nil }
        if let whole = wholeNumber() { return whole }
        let value = try fraction()
        guard value == value.rounded(), abs(value) <= 9_007_199_254_740_992 else {
            throw fail("expected a whole number")
        }
        return Int(value)
    }

    /// Plain digits with an optional minus (up to 18 of them), read in place; nil, with the
    /// position unchanged, for any other number.
    private mutating func wholeNumber() -> Int? {
        var position = index
        let negative = position < bytes.endIndex && bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let firstDigit = position
        var value = 0
        while position < bytes.endIndex, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            value = value &* 10 &+ Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position > firstDigit, position - firstDigit <= 18 else { return nil }
        if position < bytes.endIndex, Self.isNumberByte(bytes[position]) { return nil }
        index = position
        return negative ? -value : value
    }

    /// Any other number, through the standard library's exact conversion.
    private mutating func fraction() throws(Malformed) -> Double {
        let start = index
        while index < bytes.endIndex, Self.isNumberByte(bytes[index]) { index += 1 }
        guard index > start, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite
        else {
            index = start
            throw fail("expected a number")
        }
        return value
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"),
            UInt8(ascii: "E"):
            true
        default:
            false
        }
    }

    /// Reads an object, `{}` included, handing each member's key to `member`, which reads
    /// its value.
    mutating func object(_ member: (inout ByteCursor, String) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            skipSpaces()
            let key = try Self.decode(try rawString())
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Skips a value of any kind, nested objects and arrays included.
    mutating func skipValue() throws(Malformed) {
        skipSpaces()
        var depth = 0
        repeat {
            guard index < bytes.endIndex else { throw fail("unfinished value") }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                _ = try rawString()
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return }
                depth -= 1
            case UInt8(ascii: ","): if depth == 0 { return }
            default: break
            }
            index += 1
        } while depth > 0
            || (index < bytes.endIndex && bytes[index] != UInt8(ascii: ",") && bytes[index] != UInt8(ascii: "}")
                && bytes[index] != UInt8(ascii: "]"))
    }
}
