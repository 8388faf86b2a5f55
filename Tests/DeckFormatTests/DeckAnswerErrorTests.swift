import DeckFormat
import Testing

/// Deck errors about answers (wrong versions that are right, aliases that stand for two
/// answers, empty and stale values), with the exact line and column they are reported at.
@Suite struct DeckAnswerErrorTests {
    @Test func wrongAnswersMustBeWrong() {
        let text = deck(
            """
              - {id: a, question: Q, answer: Yes, wrong: [yes, No]}
              - {id: b, question: R, answer: X, accept: [Ex], wrong: [ex]}
              - {id: c, question: S, answer: X, wrong: [Y]}
            """)
        #expect(
            lines(text) == [
                "4:46: error: 'wrong' of fact 'a' lists 'yes', which is a right answer; remove it from 'wrong'",
                "5:58: error: 'wrong' of fact 'b' lists 'ex', which is a right answer; remove it from 'wrong'",
                "6:44: warning: 'wrong' of fact 'c' has 1 answer and the fact has no pool; a multiple-choice question "
                    + "needs at least 2 wrong options, so none will be asked",
            ])
    }

    @Test func everyKindDeclaresItsWrongVersionsAsItsAnswersAreWritten() {
        let text = deck(
            """
              - id: a
                term: RATS
                means: Regional Anti-Terrorist Structure
                wrong: [regional anti-terrorist structure]
              - {id: b, date: The Charter was signed, when: 2002-06-07, wrong: [2002-07-07, 2002-06-07, 7 July]}
              - {id: c, set: the three evils, members: [terrorism, separatism], wrong: [separation, Separatism]}
              - {id: d, number: members, value: 65, tolerance: 3, wrong: [60, 63, lots]}
              - {id: e, cloze: "{{separatism|separation}} is an evil", wrong: [Separation]}
              - {id: f, sequence: steps, items: [a, b], wrong: [c]}
            """)
        #expect(
            lines(text) == [
                "7:12: error: 'wrong' of fact 'a' lists 'regional anti-terrorist structure', which is a right answer; "
                    + "remove it from 'wrong'",
                "8:81: error: an item of 'wrong' of fact 'b' is 2002-06-07, the date in 'when'; remove it from 'wrong'",
                "8:93: error: an item of 'wrong' of fact 'b' is '7 July', which is not a date; write YYYY, YYYY-MM or "
                    + "YYYY-MM-DD, e.g. 2002-06-07",
                "9:76: error: 'wrong' of fact 'c' lists 'Separatism', which is a right answer; remove it from 'wrong'",
                "10:67: error: an item of 'wrong' of fact 'd' is 63, which is within the tolerance of the value, 65 ± "
                    + "3, so it would count as right; remove it from 'wrong'",
                "10:71: error: an item of 'wrong' of fact 'd' is 'lots', which is not a number; write the number alone "
                    + "and put its unit in `unit:`",
                "11:67: error: 'wrong' of fact 'e' lists 'Separation', which is a right answer; remove it from 'wrong'",
            ])
    }

    @Test func aliasesStandForOneAnswer() {
        let text = """
            recall: 1
            title: T
            aliases:
              Kyrgyzstan: [Kyrgyz Republic]
              Kazakhstan: [kyrgyz republic]
            facts:
              - {id: a, term: A, means: B}
            """
        #expect(
            lines(text) == [
                "5:15: error: 'kyrgyz republic' is an alias of both 'Kyrgyzstan' and 'Kazakhstan'; an alias may stand "
                    + "for one answer only"
            ])
    }

    @Test func emptyValuesAreReported() {
        let text = deck("  - id: a\n    term: A\n    means:\n    note: \"\"\n")
        #expect(
            lines(text) == [
                "6:11: error: 'means' of fact 'a' is empty; write it as `means: Regional Anti-Terrorist Structure`",
                "7:11: error: 'note' of fact 'a' is empty; write it as `note: ...`",
            ])
    }

    @Test func staleAsOfDatesDrawAWarning() {
        let text = deck(
            """
              - {id: old, term: A, means: B, as-of: 2023-09}
              - {id: new, term: C, means: D, as-of: 2025-09}
            """)
        #expect(
            lines(text, today: "2026-11-29") == [
                "4:41: warning: fact 'old' is as of September 2023, more than 2 years ago; check it is still true and "
                    + "update 'as-of'"
            ])
        #expect(lines(text, today: "2025-09-15").isEmpty)
    }

    @Test func everyProblemIsReportedAndNothingHalfLoads() {
        let text = deck(
            """
              - {id: a, term: A}
              - {id: b, date: B, when: 2001-02-30}
              - {id: c, term: C, means: D}
            """)
        let result = load(text)
        #expect(result.errors.count == 2)
        #expect(result.deck == nil)
    }
}
