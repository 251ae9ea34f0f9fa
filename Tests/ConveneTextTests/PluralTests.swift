import ConveneText
import Testing

/// Counts say their noun in the form the count takes, everywhere: one helper.
@Suite struct PluralTests {
    @Test func aCountTakesItsNounInTheRightForm() {
        #expect(Plural.count(1, "theme") == "1 theme")
        #expect(Plural.count(0, "theme") == "0 themes")
        #expect(Plural.count(3, "ballot") == "3 ballots")
        #expect(Plural.count(1, "person") == "1 person")
        #expect(Plural.count(30, "person") == "30 people")
        #expect(Plural.count(2, "activity") == "2 activities")
        #expect(Plural.count(2, "entry") == "2 entries")
        #expect(Plural.count(2, "day") == "2 days")
        #expect(Plural.count(2, "box") == "2 boxes")
        #expect(Plural.count(2, "criterion", "criteria") == "2 criteria")
        #expect(Plural.word(1, "dot") == "dot")
    }
}
