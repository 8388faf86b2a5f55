import DeckModel
import Testing

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Hammarskjöld", "hammarskjold"),
        ("  The  Kyrgyz-Republic! ", "kyrgyz republic"),
        ("People's Republic of China", "peoples republic of china"),
        ("U.S.A.", "usa"),
        ("St. Petersburg", "st petersburg"),
        ("Türkiye", "turkiye"),
        ("Straße", "strasse"),
        ("A", "a"),
        ("An Apple", "apple"),
        ("吉尔吉斯斯坦", "吉尔吉斯斯坦"),
    ])
    func folds(input: String, folded: String) {
        #expect(input.folded() == folded)
    }

    @Test func editDistanceCountsSwapsAsOne() {
        #expect(EditDistance.between("iran", "iraq") == 1)
        #expect(EditDistance.between("austria", "australia") == 2)
        #expect(EditDistance.between("form", "from") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("kitten", "sitting", limit: 1) == 2)
        #expect(EditDistance.between("", "abc") == 3)
    }

    @Test func slugsAreValidIDs() {
        #expect(Slug.derive(from: "The SCO Charter was signed") == "sco-charter-was-signed")
        #expect(Slug.isValid(Slug.derive(from: "کرغیزستان")))
        #expect(Slug.derive(from: "کرغیزستان").hasPrefix("f-"))
        #expect(!Slug.isValid("-x") && !Slug.isValid("A") && Slug.isValid("007"))
    }

    @Test func decimalLiterals() {
        #expect(DeckNumber("1,300")?.value == 1300)
        #expect(DeckNumber("-2.5e3")?.value == -2500)
        #expect(DeckNumber("1,30") == nil)
        #expect(DeckNumber("60%") == nil)
        #expect(DeckNumber(".5")?.value == 0.5)
        #expect(DeckNumber("1e999") == nil)
    }
}
