/// A JSON value, and a small fast parser for the files Recall writes itself (the
/// snapshot and settings), so that large files load without Foundation's overhead.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public struct ParseError: Error, Equatable, Sendable {
        public var offset: Int
        public var reason: String
    }

    public static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
        var parser = Parser(cursor: ByteCursor(bytes[...]))
        do throws(ByteCursor.Malformed) {
            let value = try parser.value(depth: 0)
            parser.cursor.skipSpaces()
            guard parser.cursor.atEnd else { throw parser.cursor.fail("text after the value") }
            return value
        } catch {
            throw ParseError(offset: error.offset, reason: error.reason)
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var integer: Int? {
        guard let value = number, value == value.rounded(), abs(value) < 9e15 else { return nil }
        return Int(value)
    }

    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var isNull: Bool { self == .null }

    private struct Parser {
        var cursor: ByteCursor

        mutating func value(depth: Int) throws(ByteCursor.Malformed) -> JSONValue {
            guard depth < 64 else { throw cursor.fail("nested too deep") }
            cursor.skipSpaces()
            switch cursor.peek() {
            case UInt8(ascii: "{"):
                cursor.index += 1
                var fields: [String: JSONValue] = [:]
                if cursor.consume(UInt8(ascii: "}")) { return .object(fields) }
                repeat {
                    cursor.skipSpaces()
                    guard cursor.peek() == UInt8(ascii: "\"") else { throw cursor.fail("expected a key") }
                    let key = try ByteCursor.decode(try cursor.rawString())
                    try cursor.expect(UInt8(ascii: ":"))
                    fields[key] = try value(depth: depth + 1)
                } while cursor.consume(UInt8(ascii: ","))
                guard cursor.consume(UInt8(ascii: "}")) else { throw cursor.fail("expected ',' or '}'") }
                return .object(fields)
            case UInt8(ascii: "["):
                cursor.index += 1
                var items: [JSONValue] = []
                if cursor.consume(UInt8(ascii: "]")) { return .array(items) }
                repeat {
                    items.append(try value(depth: depth + 1))
                } while cursor.consume(UInt8(ascii: ","))
                guard cursor.consume(UInt8(ascii: "]")) else { throw cursor.fail("expected ',' or ']'") }
                return .array(items)
            case UInt8(ascii: "\""):
                return .string(try ByteCursor.decode(try cursor.rawString()))
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                if cursor.consume(word: "true") { return .bool(true) }
                if cursor.consume(word: "false") { return .bool(false) }
                throw cursor.fail("expected a value")
            case nil:
                throw cursor.fail("unexpected end")
            default:
                guard let number = try cursor.double() else { return .null }
                return .number(number)
            }
        }
    }
}
