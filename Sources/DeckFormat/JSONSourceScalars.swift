/// The JSON reader's scalars: strings with their escapes, and numbers kept as written.
extension JSONSourceParser {
    mutating func parseString() throws(SyntaxError) -> String {
        let start = here
        advance(by: 1)
        var utf8: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                advance(by: 1)
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &utf8)
            case 0x00..<0x20:
                throw SyntaxError(
                    location: here,
                    message: byte == 0x0A
                        ? "a text in quotes runs past the end of the line; close it with \" or write \\n for a line "
                            + "break"
                        : "a control character (0x\(String(byte, radix: 16))) inside a text; write it as an escape "
                            + "such as \\t"
                )
            default:
                utf8.append(byte)
                advance(by: 1)
            }
        }
        throw SyntaxError(location: start, message: "this text in quotes is never closed; add the closing \"")
    }

    mutating func parseEscape(into utf8: inout [UInt8]) throws(SyntaxError) {
        let location = here
        advance(by: 1)
        guard index < bytes.count else {
            throw SyntaxError(location: location, message: "the file ends inside an escape")
        }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[bytes[index]] {
            utf8.append(byte)
            advance(by: 1)
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else {
            throw SyntaxError(
                location: location, message: "unknown escape \\\(describeHere()); write \\\\ for a backslash")
        }
        advance(by: 1)
        var scalar = try parseHex4(at: location)
        if (0xD800..<0xDC00).contains(scalar) {
            guard matches("\\u") else {
                throw SyntaxError(location: location, message: "a lone surrogate \\u escape; write the whole character")
            }
            advance(by: 2)
            let low = try parseHex4(at: location)
            guard (0xDC00..<0xE000).contains(low) else {
                throw SyntaxError(location: location, message: "a bad surrogate pair in a \\u escape")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else {
            throw SyntaxError(location: location, message: "a \\u escape that is not a character")
        }
        utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    mutating func parseHex4(at location: SourceLocation) throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw SyntaxError(location: location, message: "\\u must be followed by 4 hex digits") }
        advance(by: 4)
        return value
    }

    mutating func parseNumber() throws(SyntaxError) -> String {
        let start = index
        let location = here
        func digits(_ parser: inout JSONSourceParser) -> Int {
            var count = 0
            while parser.index < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.index]) {
                parser.advance(by: 1)
                count += 1
            }
            return count
        }
        if peek(UInt8(ascii: "-")) { advance(by: 1) }
        let integerStart = index
        guard digits(&self) > 0 else { throw SyntaxError(location: location, message: "a number needs digits") }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 {
            throw SyntaxError(
                location: location, message: "a number cannot start with 0; put text such as \"007\" in quotes")
        }
        if peek(UInt8(ascii: ".")) {
            advance(by: 1)
            guard digits(&self) > 0 else {
                throw SyntaxError(location: location, message: "a number needs digits after the decimal point")
            }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            advance(by: 1)
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { advance(by: 1) }
            guard digits(&self) > 0 else {
                throw SyntaxError(location: location, message: "a number needs digits in its exponent")
            }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
