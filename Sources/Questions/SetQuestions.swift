import DeckModel

/// set facts: *recall-all*, *which-member*, *odd-one-out*, *is-member* and *how-many*.
extension QuestionGenerator {
    func setFeasibleKinds(_ fact: Fact, _ set: SetFact) -> Set<QuestionKind> {
        let outsiders = nonMembers(fact, set)
        var kinds: Set<QuestionKind> = [.recallAll]
        if !Phrasing.mentionsCount(set.members.count, in: set.name, inNames: true), !countIsAskedElsewhere(set) {
            kinds.insert(.howMany)
        }
        if hasDistractors(outsiders) { kinds.insert(.whichMember) }
        if hasDistractors(outsiders, count: 1) {
            kinds.insert(.isMember)
            if set.members.count >= Self.minimumDistractors { kinds.insert(.oddOneOut) }
        }
        return kinds
    }

    func setQuestion(_ card: CardKey, _ fact: Fact, _ set: SetFact, _ random: inout SeededRandom) -> Question? {
        let name = Phrasing.groupName(set.name)
        let list = set.members.joined(separator: ", ")
        var group: String {
            let group = Phrasing.theGroup(name)
            return group.capitalizedFirst
        }
        let count = set.members.count
        switch card.kind {
        case .recallAll:
            let of = Phrasing.isPossessive(name) ? "of " : ""
            let prompt =
                Phrasing.mentionsCount(count, in: name)
                ? "Name the \(name)."
                : count == 2 ? "Name both \(of)\(name)." : "Name all \(count) \(of)\(name)."
            return Question(
                card: card, prompt: prompt, answers: set.members,
                accepted: set.members.flatMap { vocabulary.spellings(of: $0).dropFirst() },
                expected: .items(acceptedItems(set.members), ordered: false))
        case .whichMember:
            guard let member = random.pick(set.members) else { return nil }
            let source = nonMembers(fact, set, beside: member)
            let distractors = pickDistractors(source, count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            return choiceQuestion(
                card, prompt: "Which of these is one of \(Phrasing.theGroup(name))?", right: member,
                distractors: distractors, &random)
        case .oddOneOut:
            guard let outsider = pickDistractors(nonMembers(fact, set), count: 1, &random).first else { return nil }
            let members = Array(random.shuffled(set.members).prefix(Self.maximumOptions - 1))
            return choiceQuestion(
                card, prompt: "Which of these is NOT one of \(Phrasing.theGroup(name))?", right: outsider,
                distractors: members, reveal: "\(group): \(list).", &random)
        case .isMember:
            let truth = random.coin()
            let subject =
                truth ? random.pick(set.members) : pickDistractors(nonMembers(fact, set), count: 1, &random).first
            guard let subject else { return nil }
            var question = Question(
                card: card,
                prompt: "True or false: \(Phrasing.theGroup(name)) include \(Phrasing.withArticle(subject)).",
                options: ["True", "False"], answers: [truth ? "True" : "False"], expected: .choice(truth ? 0 : 1))
            question.reveal = "\(group): \(list)."
            return question
        case .howMany:
            let verb = Phrasing.isPast(name) ? "were" : "are"
            let prompt =
                Phrasing.hasClause(name) || Phrasing.isPossessive(name)
                ? "What is the number of \(name)?" : "How many \(name) \(verb) there?"
            var question = Question(
                card: card, prompt: prompt, answers: ["\(count)"],
                expected: .number(value: Double(count), tolerance: 0, unit: nil))
            question.reveal = list
            return question
        default:
            return nil
        }
    }

    /// Answers of the same category that are not members: the declared wrong members, the
    /// pool's, then those of other sets drawing on the same pool. A declared mistake that is
    /// a misspelling of a member ("Rahman" for Rahmon) is for typed answers only: as an option
    /// it would put the same name twice.
    private func nonMembers(_ fact: Fact, _ set: SetFact, beside member: String? = nil) -> DistractorSource {
        let spellings = set.wrong.isEmpty ? [] : set.members.flatMap(vocabulary.spellings(of:)).map { $0.folded() }
        let distinct = set.wrong.filter { wrong in
            let folded = wrong.folded()
            return !spellings.contains { EditDistance.between(folded, $0, limit: 2) <= TextMatcher.allowance(for: $0) }
                && !WordForms.words(folded).contains { word in
                    spellings.contains { WordForms.words($0).contains(word) }
                }
        }
        return DistractorSource(
            excluding: set.members, right: member,
            tiers: { .list(distinct) }, { .list(poolMembers(of: fact)) }, { answersTier(siblings(of: fact)) })
    }

    /// True when a number fact of the deck already asks for the set's size ("How many member
    /// states does the SCO have?" beside the set of member states).
    private func countIsAskedElsewhere(_ set: SetFact) -> Bool {
        let numbers = index.numbers(withValue: Double(set.members.count))
        guard !numbers.isEmpty else { return false }
        let words = Set(WordForms.contentStems(set.name.folded()))
        return numbers.contains { position in
            guard case .number(let number) = deck.facts[position].content else { return false }
            return words.isSubset(of: WordForms.contentStems(number.quantity.folded()))
        }
    }
}

extension Phrasing {
    /// True when a group's name places it in the past ("observers at the time of the 2025
    /// reform", "leaders at the 2000 summit"), so that it takes "were".
    /// True when a group's name goes on with a clause ("militant groups that make …",
    /// "observers until the 2025 reform"): "How many … are there?" would wrap round it.
    static func hasClause(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.split(separator: " ").contains { clauseWords.contains($0) } || lowered.contains("at the time")
    }

    private static let clauseWords: Set<Substring> = [
        "that", "which", "who", "whose", "where", "until", "since", "before", "after",
    ]

    static func isPast(_ name: String) -> Bool {
        let lowered = name.lowercased()
        let words = lowered.split { !$0.isLetter && !$0.isNumber }
        return words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) } || words.contains("former")
            || lowered.contains("at the time")
    }
}
