import Testing
@testable import LineEditing

@Suite struct HistorySearchTests {
    private let lines = ["A quiet room for focus", "Stop the Monday meeting", "Pair on hard problems", "Stop the Monday meeting", "more café please"]

    @Test func typingFindsTheNewestLineHoldingTheQueryWhateverItsCase() {
        var search = HistorySearch(lines: lines)
        #expect(search.prompt == "(search history) ")
        #expect(search.match == nil)
        for character in "monday" { search.type(character) }
        #expect(search.match == "Stop the Monday meeting")
        #expect(search.matchIndex == 3)
        #expect(search.prompt == "(search “monday”) ")
        search = HistorySearch(lines: lines)
        for character in "CAFÉ" { search.type(character) }
        #expect(search.match == "more café please")
        search = HistorySearch(lines: lines)
        for character in "cafe" { search.type(character) }
        #expect(search.match == "more café please", "accents aside")
    }

    @Test func controlRAgainGoesFurtherBackPastLinesThatReadTheSame() {
        var search = HistorySearch(lines: lines)
        search.type("o")
        #expect(search.match == "more café please")
        search.older()
        #expect(search.match == "Stop the Monday meeting")
        search.older()
        #expect(search.match == "Pair on hard problems")
        search.older()
        #expect(search.matchIndex == 0, "the second Monday meeting is passed over")
        search.older()
        #expect(search.matchIndex == 0)
        #expect(search.isFailing)
        #expect(search.prompt == "(no earlier line has “o”) ")
    }

    @Test func aQueryNoLineHoldsKeepsTheLineFoundAndSaysSo() {
        var search = HistorySearch(lines: lines)
        for character in "pair" { search.type(character) }
        search.type("x")
        #expect(search.match == "Pair on hard problems")
        #expect(search.prompt == "(no earlier line has “pairx”) ")
        search.erase()
        #expect(search.match == "Pair on hard problems")
        #expect(!search.isFailing)
    }

    @Test func erasingStartsAgainFromTheNewestLine() {
        var search = HistorySearch(lines: lines)
        search.type("o")
        search.older()
        search.older()
        search.type("m")
        #expect(search.match == "A quiet room for focus")
        search.erase()
        #expect(search.match == "more café please")
        search.erase()
        #expect(search.match == nil)
        #expect(search.prompt == "(search history) ")
    }

    @Test func nothingToSearchFindsNothing() {
        var search = HistorySearch(lines: [])
        search.type("a")
        #expect(search.match == nil)
        #expect(search.isFailing)
        search.older()
        #expect(search.match == nil)
    }
}
