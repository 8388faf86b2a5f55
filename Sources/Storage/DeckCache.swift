import DeckFormat
import DeckModel
import Foundation
import Questions

/// Decks as Recall last loaded them, kept in `$RECALL_HOME/cache/` so that a large deck
/// starts without being parsed, checked and analysed again (20,000 facts take some 400 ms
/// that way, and 40 ms from the cache).
///
/// An entry is used only when the deck file's bytes and this very build of Recall are the
/// ones it was made from; anything else (an edited deck, a new Recall, a damaged entry)
/// loads the file afresh and replaces the entry. The folder can be deleted at any time.
public struct DeckCache: Sendable {
    /// A loaded deck, or why it failed to load.
    public enum Outcome: Sendable {
        case loaded(QuestionGenerator)
        case failed(DeckLoadResult)
    }

    /// `$RECALL_HOME/cache`.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The deck at `path`, from the cache when its entry is current, else read, checked and
    /// analysed afresh (and its entry written).
    public func load(path: String) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            return outcome(of: DeckLoader.load(path: path))
        }
        let bytes = [UInt8](data)
        let key = Key(build: Self.buildIdentity, length: bytes.count, hash: FNV1a.hash(bytes))
        let entry = entryPath(for: path)
        if let cached = read(entry, key: key) { return .loaded(cached) }
        func decode() -> DeckLoadResult {
            DeckLoader.decode(bytes: bytes, path: path, syntax: DeckSyntax(path: path) ?? .yaml)
        }
        let result = bytes.count >= PeakMemory.largeDeckBytes ? PeakMemory.alone(decode) : decode()
        guard let deck = result.deck else { return .failed(result) }
        let generator = QuestionGenerator(deck: deck)
        write(generator, key: key, to: entry)
        return .loaded(generator)
    }

    private func outcome(of result: DeckLoadResult) -> Outcome {
        result.deck.map { .loaded(QuestionGenerator(deck: $0)) } ?? .failed(result)
    }

    // MARK: - Entries

    /// What an entry was made from.
    private struct Key: Equatable {
        var build: String
        var length: Int
        var hash: UInt64
    }

    private static let magic = "recall deck cache 1"

    private func entryPath(for deck: String) -> String {
        let absolute = URL(fileURLWithPath: deck).standardizedFileURL.path
        return folder + "/deck-" + String(FNV1a.hash(absolute.utf8), radix: 16) + ".bin"
    }

    private func read(_ entry: String, key: Key) -> QuestionGenerator? {
        guard let data = FileManager.default.contents(atPath: entry) else { return nil }
        var input = ArchiveReader([UInt8](data))
        do {
            guard try input.text() == Self.magic,
                Key(build: try input.text(), length: try input.integer(), hash: try input.bits()) == key
            else { return nil }
            let deck = try DeckArchive.read(from: &input)
            let kinds = try input.list { reader throws(ArchiveReader.Damaged) in Self.kindSet(try reader.integer()) }
            let hashes = try input.texts()
            guard input.atEnd else { return nil }
            return QuestionGenerator(deck: deck, derived: .init(feasibleKinds: kinds, factHashes: hashes))
        } catch {
            return nil
        }
    }

    /// Writes an entry, or quietly does nothing: a cache that cannot be written costs time,
    /// never progress.
    private func write(_ generator: QuestionGenerator, key: Key, to entry: String) {
        var out = ArchiveWriter()
        out.text(Self.magic)
        out.text(key.build)
        out.integer(key.length)
        out.bits(key.hash)
        DeckArchive.write(generator.deck, to: &out)
        out.integer(generator.derived.feasibleKinds.count)
        generator.derived.feasibleKinds.forEach { out.integer(Self.mask(of: $0)) }
        out.texts(generator.derived.factHashes)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(out.bytes).write(to: URL(fileURLWithPath: entry), options: .atomic)
    }

    private static func mask(of kinds: Set<QuestionKind>) -> Int {
        QuestionKind.allCases.enumerated().reduce(0) { mask, kind in
            kinds.contains(kind.element) ? mask | 1 << kind.offset : mask
        }
    }

    private static func kindSet(_ mask: Int) -> Set<QuestionKind> {
        Set(QuestionKind.allCases.enumerated().compactMap { mask & 1 << $0.offset != 0 ? $0.element : nil })
    }

    /// This build of Recall: its executable's size and modification time. A rebuilt Recall
    /// may list cards differently, so it never trusts an older build's entries.
    private static let buildIdentity: String = {
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return "unknown build \(UUID())" }
        return "\(size) \(modified.timeIntervalSince1970)"
    }()
}
