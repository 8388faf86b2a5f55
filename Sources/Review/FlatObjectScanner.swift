/// Reads the fields of one flat JSON object from UTF-8 bytes, one key at a time, without
/// building dictionaries: the fast path for journal lines.
///
///     var scanner = FlatObjectScanner(bytes: line)
///     while let key = try scanner.nextKey() {
///         if key == FlatObjectScanner.key("card") {
///             card = try scanner.rawString()
///         } else {
///             try scanner.skipValue()
///         }
///     }
struct FlatObjectScanner {
    typealias LineError = JournalCodec.LineError

    private(set) var cursor: ByteCursor
    private var started = false
    private var finished = false

    init(bytes: ArraySlice<UInt8>) {
        cursor = ByteCursor(bytes)
    }

    /// A key's first eight bytes packed into a number, so keys compare in one step; keys
    /// longer than eight bytes never match a known key.
    static func key<Bytes: Collection<UInt8>>(_ name: Bytes) -> UInt64 {
        guard name.count <= 8 else { return .max }
        return name.reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func key(_ name: StaticString) -> UInt64 {
        name.withUTF8Buffer { key($0) }
    }

    /// The next key (packed, see `key(_:)`), or nil after the closing brace, which must end
    /// the text.
    mutating func nextKey() throws(LineError) -> UInt64? {
        if !started {
            guard cursor.consume(UInt8(ascii: "{")) else { throw .malformed("not a JSON object") }
            started = true
            if cursor.consume(UInt8(ascii: "}")) { return try close() }
        } else {
            guard !finished else { return nil }
            if cursor.consume(UInt8(ascii: "}")) { return try close() }
            guard cursor.consume(UInt8(ascii: ",")) else { throw .malformed("expected ',' or '}'") }
        }
        cursor.skipSpaces()
        guard cursor.peek() == UInt8(ascii: "\"") else { throw .malformed("expected a key") }
        let name = try reading { cursor throws(ByteCursor.Malformed) in try cursor.rawString() }
        guard cursor.consume(UInt8(ascii: ":")) else { throw .malformed("expected ':'") }
        cursor.skipSpaces()
        return Self.key(name)
    }

    private mutating func close() throws(LineError) -> UInt64? {
        finished = true
        cursor.skipSpaces()
        guard cursor.atEnd else { throw .malformed("text after the object") }
        return nil
    }

    /// The raw bytes of a string value (escapes left in), or nil for `null`.
    mutating func rawString() throws(LineError) -> ArraySlice<UInt8>? {
        try reading { cursor throws(ByteCursor.Malformed) in cursor.consume(word: "null") ? nil : try cursor.rawString()
        }
    }

    /// A whole-number value (nil for `null`); `3.0` counts as 3.
    mutating func integer() throws(LineError) -> Int? {
        try reading { cursor throws(ByteCursor.Malformed) in try cursor.integer() }
    }

    /// `true` or `false`; nil for anything else (skipped), so that another tool's `"yes"`
    /// reads as no flag rather than a bad line.
    mutating func boolean() throws(LineError) -> Bool? {
        try reading { cursor throws(ByteCursor.Malformed) in
            cursor.skipSpaces()
            if cursor.consume(word: "true") { return true }
            if cursor.consume(word: "false") { return false }
            try cursor.skipValue()
            return nil
        }
    }

    mutating func skipValue() throws(LineError) {
        try reading { cursor throws(ByteCursor.Malformed) in try cursor.skipValue() }
    }

    private mutating func reading<T>(_ body: (inout ByteCursor) throws(ByteCursor.Malformed) -> T) throws(LineError)
        -> T
    {
        do {
            return try body(&cursor)
        } catch {
            throw .malformed(error.reason)
        }
    }
}
