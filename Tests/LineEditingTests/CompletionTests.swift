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
        #expect(CompletionOutcome.resolve(word: ":he", candidates: [":help", ":next"]) == .insert("lp "))
    }

    @Test func aFolderIsCompletedWithoutASpaceSoThePathCanGoOn() {
        #expect(CompletionOutcome.resolve(word: "Exa", candidates: ["Examples/"]) == .insert("mples/"))
    }

    @Test func severalMatchesAreCompletedAsFarAsTheyAgree() {
        let outcome = CompletionOutcome.resolve(word: "wo", candidates: ["workload", "working-hours", "other"])
        #expect(outcome == .insert("rk"))
    }

    @Test func matchesThatAgreeNoFurtherAreListedSorted() {
        let outcome = CompletionOutcome.resolve(word: "work", candidates: ["working-hours", "workload", "workload"])
        #expect(outcome == .list(["working-hours", "workload"]))
    }

    @Test func nothingMatchingRingsTheBell() {
        #expect(CompletionOutcome.resolve(word: "zz", candidates: ["workload"]) == .none)
    }

    @Test func nonASCIIWordsCompleteByCharacter() {
        #expect(CompletionOutcome.resolve(word: "caf", candidates: ["café ☕"]) == .insert("é ☕ "))
    }

    @Test func listingsFillColumnsDownThenAcross() {
        let listing = CompletionOutcome.listing(["alpha", "beta", "gamma", "delta", "epsilon"], columns: 30)
        #expect(listing == """
            alpha    gamma    epsilon
            beta     delta

            """)
    }
}
