import Testing
@testable import LineEditing

@Suite struct CompletionTests {
    @Test func theWordIsWhatFollowsTheLastSpace() {
        let request = CompletionRequest(textBeforeCursor: ":move café-id hig")
        #expect(request.word == "hig")
        #expect(request.previousWords == [":move", "café-id"])
        #expect(CompletionRequest(textBeforeCursor: ":he").word == ":he")
        #expect(CompletionRequest(textBeforeCursor: ":help ").word == "")
    }

    @Test func oneMatchIsCompletedWithASpace() {
        #expect(CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: ":he"), candidates: [":help", ":next"]) == .insert("lp "))
    }

    @Test func aFolderIsCompletedWithoutASpaceSoThePathCanGoOn() {
        #expect(CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: "Exa"), candidates: ["Examples/"]) == .insert("mples/"))
    }

    @Test func severalMatchesAreCompletedAsFarAsTheyAgree() {
        let outcome = CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: "wo"), candidates: ["workload", "working-hours", "other"])
        #expect(outcome == .insert("rk"))
    }

    @Test func matchesThatAgreeNoFurtherAreListedSorted() {
        let outcome = CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: "work"), candidates: ["working-hours", "workload", "workload"])
        #expect(outcome == .list(["working-hours", "workload"]))
    }

    @Test func nothingMatchingRingsTheBell() {
        #expect(CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: "zz"), candidates: ["workload"]) == .none)
    }

    @Test func nonASCIIWordsCompleteByCharacter() {
        #expect(CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: "caf"), candidates: ["café ☕"]) == .insert("é ☕ "))
    }

    @Test func namesOfSeveralWordsCompletePastTheirSpaces() {
        let themes = ["Getting through to anyone", "Getting around", "i1", "t2"]
        let typed = { (text: String) in CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: text), candidates: themes) }
        #expect(typed(":move i3 to Get") == .insert("ting "))
        #expect(typed(":move i3 to Getting ") == .list(["Getting around", "Getting through to anyone"]))
        #expect(typed(":move i3 to Getting a") == .insert("round "))
        #expect(typed(":move i3 to Getting through t") == .insert("o anyone "))
        #expect(typed(":move i3 to ") == .list(["Getting around", "Getting through to anyone", "i1", "t2"]))
    }

    @Test func idsAreListedWithTheirNumbersInOrder() {
        let outcome = CompletionOutcome.resolve(CompletionRequest(textBeforeCursor: ":edit "), candidates: ["i10", "i2", "i1", "t3", "i100"])
        #expect(outcome == .list(["i1", "i2", "i10", "i100", "t3"]))
    }

    @Test func describedWordsAreListedOneToALineCutToTheScreen() {
        let listing = CompletionOutcome.listing(
            ["i2", "i10"], describedBy: ["A quiet room for focus", "One phone number for every service in the county"], columns: 40)
        #expect(listing == """
            i2   A quiet room for focus
            i10  One phone number for every servic…

            """)
    }

    @Test func listingsFillColumnsDownThenAcross() {
        let listing = CompletionOutcome.listing(["alpha", "beta", "gamma", "delta", "epsilon"], columns: 30)
        #expect(listing == """
            alpha    gamma    epsilon
            beta     delta

            """)
    }
}
