/// Reads the fields of one flat JSON object from UTF-8 bytes, one key at a time, without
/// building dictionaries: the fast path for journal lines.
///
///     var scanner = FlatObjectScanner(bytes: line)
///     while let key = try scanner.nextKey() {
///         if key.elementsEqual("card".utf8) { card = try scanner.string() } else { try scanner.skipValue() }
///     }
struct FlatObjectScanner {
    typealias LineError = JournalCodec.LineError

    private let bytes: ArraySlice<UInt8>
    private var index: Int
    private var started = false
    private var finished = false

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The next key, or nil after the closing brace (which must end the line).
    mutating func nextKey() throws(LineError) -> ArraySlice<UInt8>? {
        skipSpaces()
        if !started {
            guard peek() == UInt8(ascii: "{") else { throw .malformed("not a JSON object") }
            index += 1
            started = true
            skipSpaces()
            if peek() == UInt8(ascii: "}") { return try close() }
        } else {
            guard !finished else { return nil }
            if peek() == UInt8(ascii: "}") { return try close() }
            guard peek() == UInt8(ascii: ",") else { throw .malformed("expected ',' or '}'") }
            index += 1
            skipSpaces()
        }
        guard peek() == UInt8(ascii: "\"") else { throw .malformed("expected a key") }
        let key = try rawString()
        skipSpaces()
        guard peek() == UInt8(ascii: ":") else { throw .malformed("expected ':'") }
        index += 1
        skipSpaces()
        return key
    }

    private mutating func close() throws(LineError) -> ArraySlice<UInt8>? {
        index += 1
        finished = true
        skipSpaces()
        guard index == bytes.endIndex else { throw .malformed("text after the object") }
        return nil
    }

    /// A string value (nil for `null`).
    mutating func string() throws(LineError) -> String? {
        if consume("null") { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw .malformed("expected a string") }
        let raw = try rawString()
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        return try unescape(raw)
    }

    /// A whole-number value (nil for `null`); `3.0` counts as 3.
    mutating func integer() throws(LineError) -> Int? {
        if consume("null") { return nil }
        let start = index
        while index < bytes.endIndex, "-+.0123456789eE".utf8.contains(bytes[index]) { index += 1 }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value == value.rounded(),
              abs(value) < 1e15
        else { throw .malformed("expected a whole number") }
        return Int(value)
    }

    /// Skips a value of any kind, nested objects and arrays included.
    mutating func skipValue() throws(LineError) {
        var depth = 0
        repeat {
            guard index < bytes.endIndex else { throw .malformed("unfinished value") }
            switch bytes[index] {
            case UInt8(ascii: "\""): _ = try rawString(); continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return }
                depth -= 1
            case UInt8(ascii: ","): if depth == 0 { return }
            default: break
            }
            index += 1
        } while depth > 0 || (index < bytes.endIndex && ![UInt8(ascii: ","), UInt8(ascii: "}")].contains(bytes[index]))
    }

    // MARK: - Pieces

    private func peek() -> UInt8? {
        index < bytes.endIndex ? bytes[index] : nil
    }

    private mutating func skipSpaces() {
        while index < bytes.endIndex, [0x20, 0x09, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func consume(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard bytes[index...].starts(with: utf8) else { return false }
        index += utf8.count
        return true
    }

    /// The bytes between the quotes of the string at `index`, escapes left in.
    private mutating func rawString() throws(LineError) -> ArraySlice<UInt8> {
        index += 1
        let start = index
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let raw = bytes[start..<index]
                index += 1
                return raw
            case UInt8(ascii: "\\"): index += 2
            case 0..<0x20: throw .malformed("control character in a string")
            default: index += 1
            }
        }
        throw .malformed("unterminated string")
    }

    private func unescape(_ raw: ArraySlice<UInt8>) throws(LineError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        func hex4(_ at: Int) throws(LineError) -> UInt32 {
            guard at + 4 <= raw.endIndex, let value = UInt32(String(decoding: raw[at..<at + 4], as: UTF8.self), radix: 16) else {
                throw .malformed("bad \\u escape")
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
}
