import DeckModel

/// A deck in the archive form (`ArchiveWriter`), for the deck cache: reading it back is
/// many times faster than parsing and checking the YAML again.
public enum DeckArchive {
    public static func write(_ deck: Deck, to out: inout ArchiveWriter) {
        out.text(deck.id)
        out.text(deck.title)
        out.optional(deck.description) { $0.text($1) }
        out.optional(deck.author) { $0.text($1) }
        out.texts(deck.sources)
        out.optional(deck.updated) { $0.text($1) }
        out.integer(deck.pools.count)
        for pool in deck.pools {
            out.text(pool.name)
            out.texts(pool.members)
        }
        out.integer(deck.aliases.count)
        for group in deck.aliases {
            out.text(group.canonical)
            out.texts(group.alternatives)
        }
        out.integer(deck.facts.count)
        for fact in deck.facts { write(fact, to: &out) }
        out.bool(deck.isTemplate)
    }

    public static func read(from input: inout ArchiveReader) throws(ArchiveReader.Damaged) -> Deck {
        let id = try input.text()
        let title = try input.text()
        let description = try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() }
        let author = try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() }
        let sources = try input.texts()
        let updated = try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() }
        let pools = try input.list { reader throws(ArchiveReader.Damaged) in
            Pool(name: try reader.text(), members: try reader.texts())
        }
        let aliases = try input.list { reader throws(ArchiveReader.Damaged) in
            AliasGroup(canonical: try reader.text(), alternatives: try reader.texts())
        }
        let facts = try input.list { reader throws(ArchiveReader.Damaged) in try readFact(from: &reader) }
        return Deck(
            id: id, title: title, description: description, author: author, sources: sources, updated: updated,
            pools: pools, aliases: aliases, facts: facts, isTemplate: try input.bool())
    }

    // MARK: - Facts

    private static func write(_ fact: Fact, to out: inout ArchiveWriter) {
        out.text(fact.id)
        out.bool(fact.idIsDerived)
        out.texts(fact.tags)
        out.optional(fact.note) { $0.text($1) }
        out.optional(fact.pool) { $0.text($1) }
        out.texts(fact.sources)
        out.optional(fact.asOf) { write($1, to: &$0) }
        out.optional(fact.review) { $0.text($1) }
        switch fact.content {
        case .term(let term):
            record(0, texts: [term.term, term.means], lists: [term.accept, term.wrong], to: &out)
        case .date(let date):
            out.integer(1)
            out.text(date.event)
            write(date.when, to: &out)
            out.optional(date.place) { $0.text($1) }
            out.integer(date.wrong.count)
            for wrong in date.wrong { write(wrong, to: &out) }
        case .set(let set):
            record(2, texts: [set.name], lists: [set.members, set.wrong], to: &out)
        case .sequence(let sequence):
            record(3, texts: [sequence.name], lists: [sequence.items, sequence.wrong], to: &out)
        case .number(let number):
            out.integer(4)
            out.text(number.quantity)
            write(number.value, to: &out)
            out.optional(number.unit) { $0.text($1) }
            write(number.tolerance, to: &out)
            out.integer(number.wrong.count)
            for wrong in number.wrong { write(wrong, to: &out) }
        case .cloze(let cloze):
            out.integer(5)
            out.text(cloze.text)
            out.integer(cloze.segments.count)
            for segment in cloze.segments {
                switch segment {
                case .text(let run):
                    out.bool(false)
                    out.text(run)
                case .blank(let blank):
                    out.bool(true)
                    out.text(blank.answer)
                    out.texts(blank.accept)
                }
            }
            out.texts(cloze.wrong)
        case .question(let question):
            record(6, texts: [question.prompt, question.answer], lists: [question.accept, question.wrong], to: &out)
        }
    }

    /// A kind's number, then its texts and its lists of texts: how the plainer kinds are written.
    private static func record(_ kind: Int, texts: [String], lists: [[String]], to out: inout ArchiveWriter) {
        out.integer(kind)
        texts.forEach { out.text($0) }
        lists.forEach { out.texts($0) }
    }

    private static func readFact(from input: inout ArchiveReader) throws(ArchiveReader.Damaged) -> Fact {
        let id = try input.text()
        let idIsDerived = try input.bool()
        let tags = try input.texts()
        let note = try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() }
        let pool = try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() }
        let sources = try input.texts()
        let asOf = try input.optional { reader throws(ArchiveReader.Damaged) in try readDate(from: &reader) }
        let review = try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() }
        let content: FactContent
        switch try input.integer() {
        case 0:
            content = .term(
                TermFact(
                    term: try input.text(), means: try input.text(), accept: try input.texts(), wrong: try input.texts()
                ))
        case 1:
            content = .date(
                DateFact(
                    event: try input.text(), when: try readDate(from: &input),
                    place: try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() },
                    wrong: try input.list { reader throws(ArchiveReader.Damaged) in try readDate(from: &reader) }))
        case 2: content = .set(SetFact(name: try input.text(), members: try input.texts(), wrong: try input.texts()))
        case 3:
            content = .sequence(
                SequenceFact(
                    name: try input.text(), items: try input.texts(), wrong: try input.texts()))
        case 4:
            content = .number(
                NumberFact(
                    quantity: try input.text(), value: try readNumber(from: &input),
                    unit: try input.optional { reader throws(ArchiveReader.Damaged) in try reader.text() },
                    tolerance: try readNumber(from: &input),
                    wrong: try input.list { reader throws(ArchiveReader.Damaged) in try readNumber(from: &reader) }))
        case 5:
            let text = try input.text()
            let segments = try input.list { reader throws(ArchiveReader.Damaged) -> ClozeSegment in
                try reader.bool()
                    ? .blank(ClozeBlank(answer: try reader.text(), accept: try reader.texts()))
                    : .text(try reader.text())
            }
            content = .cloze(ClozeFact(text: text, segments: segments, wrong: try input.texts()))
        case 6:
            content = .question(
                QuestionFact(
                    prompt: try input.text(), answer: try input.text(), accept: try input.texts(),
                    wrong: try input.texts()))
        default:
            throw ArchiveReader.Damaged()
        }
        return Fact(
            id: id, idIsDerived: idIsDerived, content: content, tags: tags, note: note, pool: pool, sources: sources,
            asOf: asOf, review: review)
    }

    private static func write(_ date: PartialDate, to out: inout ArchiveWriter) {
        out.integer(date.year)
        out.integer(date.month ?? 0)
        out.integer(date.day ?? 0)
    }

    private static func readDate(from input: inout ArchiveReader) throws(ArchiveReader.Damaged) -> PartialDate {
        let year = try input.integer(), month = try input.integer(), day = try input.integer()
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw ArchiveReader.Damaged()
        }
        return date
    }

    private static func write(_ number: DeckNumber, to out: inout ArchiveWriter) {
        out.bits(number.value.bitPattern)
        out.text(number.text)
    }

    private static func readNumber(from input: inout ArchiveReader) throws(ArchiveReader.Damaged) -> DeckNumber {
        DeckNumber(value: Double(bitPattern: try input.bits()), text: try input.text())
    }
}
