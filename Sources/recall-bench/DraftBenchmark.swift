import Drafting

/// `recall draft` on a notes file of 2,000 lines, in the styles of a candidate's notes:
/// headings, numbered and bulleted lists, acronyms, arrows, dates and figures in prose.
enum DraftBenchmark {
    /// A notes page of some 40 lines, its names numbered so that no two pages are the same.
    static func page(_ number: Int) -> String {
        """
        Regional Organisation \(number) (RO\(number)):

        The Regional Organisation \(number) is an intergovernmental body. It was founded in \(1950 + number % 70) \
        by Iran, Pakistan and Turkey. On 15 June \(1960 + number % 60), the leaders met in Tehran to sign its charter.

        Its secretariat is based in Islamabad, Pakistan.

        Members of RO\(number) (4) :
          1. Iran.
          2. Pakistan.
          3. Turkey.
          4. Afghanistan.

        Regional anti-terrorism structure \(number) (RATS).
        UNESCO ==> United Nations Educational, Scientific and Cultural Organization, headquarters Paris

        The bloc covers approximately \(number % 90 + 5)% of the area of Eurasia, \(number % 50)% of the world \
        population.
        Present members = \(number % 200) states

        Stages of accession in order :
          a) Observer
          b) Dialogue partner
          c) Member

        Challenges :
        Water protection.
        Violation of LOC.
        Kashmir problem.

        The Treaty of Izmir \(number) was signed on 7 July 2002 and entered into force on 19 September 2003.
        NATO  western alliance.
        Sensitivity with west.
        The email will not be published.

        """
    }

    static func run(runs: Int, into report: inout Report) {
        var notes = ""
        var page = 0
        while notes.split(separator: "\n", omittingEmptySubsequences: false).count < 2000 {
            notes += Self.page(page)
            page += 1
        }
        let lines = notes.split(separator: "\n", omittingEmptySubsequences: false).count
        let samples = Stopwatch.runs(runs) {
            let (facts, _) = NotesDrafter.draft(notes)
            _ = DraftDeck(facts: facts, id: "notes", title: "Notes", notes: "notes.txt")
        }
        report.add(
            "recall draft: \(lines) lines of notes into a checked deck", samples, goal: .atMost(1000, "ms"))
    }
}
