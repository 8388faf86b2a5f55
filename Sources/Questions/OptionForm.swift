import DeckModel

/// Options of one multiple-choice question share their form, so that the form never gives
/// the answer away: the right option is not the one long option among short ones, nor the
/// one No among Yeses (or Yes among Noes).
enum OptionForm {
    /// Options longer than this may be told apart by length alone.
    static let longOption = 25

    /// True when `candidate` may stand beside the right option: the right option is not
    /// over `longOption` characters and more than twice as long as it.
    static func isLike(_ candidate: String, _ right: String) -> Bool {
        // Bytes stand in for characters here: this runs for every candidate of a large deck,
        // and a byte count is free where a character count reads the whole text.
        right.utf8.count <= longOption || 2 * candidate.utf8.count >= right.utf8.count
    }

    /// What is wrong with the form of a set of options, if anything.
    static func problem(options: [String], right: Int) -> String? {
        let others = options.indices.filter { $0 != right }.map { options[$0] }
        let answer = options[right]
        if let polarity = YesNo.polarity(of: answer), !others.contains(where: { YesNo.polarity(of: $0) == polarity }) {
            return "the right option is the only one that starts with \(polarity == .yes ? "Yes" : "No")"
        }
        if let longest = others.map(\.count).max(), answer.count > longOption, answer.count > 2 * longest {
            return "the right option is more than twice as long as any other "
                + "(\(answer.count) characters against \(longest))"
        }
        return nil
    }
}
