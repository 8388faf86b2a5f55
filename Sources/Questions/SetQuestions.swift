import DeckModel

/// set facts: *recall-all*, *which-member*, *odd-one-out*, *is-member* and *how-many*.
extension QuestionGenerator {
    func setFeasibleKinds(_ fact: Fact, _ set: SetFact) -> Set<QuestionKind> {
        let outsiders = nonMembers(fact, set)
        var kinds: Set<QuestionKind> = [.recallAll]
        if !Phrasing.mentionsCount(set.members.count, in: set.name) { kinds.insert(.howMany) }
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
        let count = set.members.count
        switch card.kind {
        case .recallAll:
            let prompt = Phrasing.mentionsCount(count, in: name) ? "Name the \(name)."
                : count == 2 ? "Name both \(name)." : "Name all \(count) \(name)."
            return Question(
                card: card, prompt: prompt, answers: set.members,
                accepted: set.members.flatMap { vocabulary.spellings(of: $0).dropFirst() },
                expected: .items(acceptedItems(set.members), ordered: false))
        case .whichMember:
            guard let member = random.pick(set.members) else { return nil }
            let distractors = pickDistractors(nonMembers(fact, set, beside: member), count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            return choiceQuestion(
                card, prompt: "Which of these is one of the \(name)?", right: member, distractors: distractors, &random)
        case .oddOneOut:
            guard let outsider = pickDistractors(nonMembers(fact, set), count: 1, &random).first else { return nil }
            let members = Array(random.shuffled(set.members).prefix(Self.maximumOptions - 1))
            return choiceQuestion(
                card, prompt: "Which of these is NOT one of the \(name)?", right: outsider, distractors: members,
                reveal: "The \(name): \(list).", &random)
        case .isMember:
            let truth = random.coin()
            let subject = truth ? random.pick(set.members) : pickDistractors(nonMembers(fact, set), count: 1, &random).first
            guard let subject else { return nil }
            var question = Question(
                card: card, prompt: "True or false: the \(name) include \(Phrasing.withArticle(subject)).",
                options: ["True", "False"], answers: [truth ? "True" : "False"], expected: .choice(truth ? 0 : 1))
            question.reveal = "The \(name): \(list)."
            return question
        case .howMany:
            let verb = Phrasing.isPast(name) ? "were" : "are"
            var question = Question(
                card: card, prompt: "How many \(name) \(verb) there?", answers: ["\(count)"],
                expected: .number(value: Double(count), tolerance: 0, unit: nil))
            question.reveal = list
            return question
        default:
            return nil
        }
    }

    /// Answers of the same category that are not members: the declared wrong members, the
    /// pool's, then those of other sets drawing on the same pool.
    private func nonMembers(_ fact: Fact, _ set: SetFact, beside member: String? = nil) -> DistractorSource {
        DistractorSource(
            excluding: set.members, right: member,
            tiers: { .list(set.wrong) }, { .list(poolMembers(of: fact)) }, { answersTier(siblings(of: fact)) })
    }
}

extension Phrasing {
    /// True when a group's name places it in the past ("observers at the time of the 2025
    /// reform", "leaders at the 2000 summit"), so that it takes "were".
    static func isPast(_ name: String) -> Bool {
        let words = WordForms.words(name.folded())
        return words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) } || words.contains("former")
            || mentions("at the time", in: name)
    }
}
