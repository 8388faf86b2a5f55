import DeckModel
import Foundation

/// The two spellings of a deck file.
public enum DeckSyntax: Sendable {
    case yaml, json

    /// The syntax a file name implies: `.yaml` and `.yml` are YAML, `.json` is JSON.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }
}

/// Reads deck files: bytes → text → source tree → validated `Deck`.
public enum DeckLoader {
    /// The largest deck file read: far beyond any real deck, and small enough that a
    /// hostile one is turned away in bounded time and memory.
    public static let maximumBytes = 8 << 20

    /// Loads the deck at `path` (shown in diagnostics as written).
    public static func load(path: String, options: DeckCheckOptions = .init()) -> DeckLoadResult {
        let target = (path as NSString).resolvingSymlinksInPath
        if let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType,
            type != .typeRegular
        {
            let kind: String =
                switch type {
                case .typeDirectory: "a folder"
                case .typeCharacterSpecial, .typeBlockSpecial: "a device"
                case .typeSocket: "a socket"
                default: "a pipe (FIFO)"
                }
            return failure(
                path, .start, "this is \(kind), not a file; give the path of a deck file (.yaml or .json)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return failure(
                path, .start, "cannot read the file: \(describe(error)); check that it exists and is readable")
        }
        return decode(bytes: [UInt8](data), path: path, syntax: DeckSyntax(path: path) ?? .yaml, options: options)
    }

    /// Decodes deck bytes already in memory. Pure: no file access.
    public static func decode(bytes: [UInt8], path: String, syntax: DeckSyntax, options: DeckCheckOptions = .init())
        -> DeckLoadResult
    {
        guard bytes.count <= maximumBytes else {
            let megabytes = (Double(bytes.count) / 1_048_576 * 10).rounded() / 10
            return failure(
                path, .start,
                "the file is \(megabytes) MB, and a deck can be at most \(maximumBytes / 1_048_576) MB (some 50,000 "
                    + "facts); split it into several decks"
            )
        }
        if let problem = TextCheck.firstProblem(in: bytes) {
            return failure(path, problem.location, problem.message)
        }
        // libyaml reads a byte-order mark as text when told the encoding, and editors do
        // not count it as a column, so it goes before parsing.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let text = String(decoding: body, as: UTF8.self)
        let parsed =
            switch syntax {
            case .yaml: YAMLSourceParser.parse(text, file: path)
            case .json: JSONSourceParser.parse(text, file: path)
            }
        var result = DeckDecoder.decode(parsed.root, file: path, defaultID: defaultID(for: path), options: options)
        if !parsed.diagnostics.isEmpty {
            result.diagnostics = (parsed.diagnostics + result.diagnostics).sorted(by: Diagnostic.inFileOrder)
            if parsed.diagnostics.contains(where: { $0.severity == .error }) { result.deck = nil }
        }
        return result
    }

    /// The deck id a file gets when it names none: its file name without extension,
    /// made into a valid id if needed.
    public static func defaultID(for path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return Slug.isValid(name) ? name : Slug.derive(from: name)
    }

    private static func failure(_ path: String, _ location: SourceLocation, _ message: String) -> DeckLoadResult {
        DeckLoadResult(deck: nil, diagnostics: [Diagnostic(file: path, at: location, .error, message)])
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}

/// Checks that bytes are text a deck can be: valid UTF-8 with no NUL.
enum TextCheck {
    struct Problem {
        var location: SourceLocation
        var message: String
    }

    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var line = 1, column = 1, offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\0" {
                    return Problem(
                        location: SourceLocation(line: line, column: column),
                        message:
                            "the file contains a NUL byte (at byte \(offset)), so it is binary, not a text deck; save "
                            + "the deck as UTF-8 text"
                    )
                }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += encoded.count
            case .error(let length):
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                return Problem(
                    location: SourceLocation(line: line, column: column),
                    message:
                        "the file is not UTF-8 text: byte 0x\(byte) at offset \(offset) (\(length) bad "
                        + "byte\(length == 1 ? "" : "s")); save the file with UTF-8 encoding"
                )
            case .emptyInput:
                return nil
            }
        }
    }
}
