import Testing
@testable import ConveneLanguage

@Suite("Checker: vote rules")
struct VoteRuleCheckerTests {
    /// A workshop whose one stage votes on a prompt's answers with these settings.
    private func vote(_ settings: String, declarations: String = "") -> CheckedProgram {
        checkScript("""
            workshop "Retro" { duration 1h }
            \(declarations)
            stage choose "Choose" for 20m {
              prompt ideas "Ideas?"
              vote priorities on ideas {
            \(settings)
              }
            }
            output csv priorities to "p.csv"
            """)
    }

    @Test func unknownMethod() throws {
        let program = vote("method bordo")
        #expect(summary(program) == ["6:8 CV0500 unknown voting method `bordo`"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.help == "did you mean `borda`?")
        #expect(diagnostic.notes == [
            "the methods are `dots`, `approval`, `score`, `plurality`, `borda`, `irv`, `schulze`, `ranked-pairs` and `fist-of-five`",
        ])
    }

    @Test func missingMethod() throws {
        let program = vote("keep top 3")
        #expect(summary(program) == ["5:8 CV0501 vote `priorities` does not say how to vote"])
        #expect(program.diagnostics.first?.help == "add a `method` line to the vote block, such as `method dots`")
    }

    @Test func roomTalliesSuitOnlyMethodsThatCountTotals() throws {
        for method in ["dots", "approval", "score", "plurality"] {
            #expect(summary(vote("method \(method)\nballots room")) == [], "\(method)")
        }
        let program = vote("method fist-of-five\nballots room")
        #expect(summary(program) == ["7:1 CV0503 a `fist-of-five` vote cannot take `ballots room`"])
        #expect(program.diagnostics.first?.notes == [
            "a room tally has only a total per option, and `fist-of-five` needs each person's fingers, to find who is below three",
        ])
        #expect(program.diagnostics.first?.help
            == "use `ballots named` or `ballots anonymous`, or a method the room can total: `dots`, `approval`, `score` or `plurality`")
        #expect(summary(vote("method irv\nballots room")) == ["7:1 CV0503 an `irv` vote cannot take `ballots room`"])
    }

    @Test func capAboveDots() throws {
        let program = vote("method dots\ndots 3\ncap 5")
        #expect(summary(program) == ["8:5 CV0502 a cap of 5 is more than the 3 dots each person has"])
        #expect(program.diagnostics.first?.help == "lower the cap to at most 3, or give each person more dots")
    }

    @Test func unsatisfiableNumbers() {
        let program = vote("method dots\ndots 0\ncap 0\nvoters 0\nkeep top 0")
        #expect(summary(program) == [
            "7:6 CV0502 each person needs at least one dot, but `dots` is 0",
            "8:5 CV0502 a cap below 1 lets nobody vote for anything, but `cap` is 0",
            "9:8 CV0502 a vote needs at least one voter, but `voters` is 0",
            "10:10 CV0502 `keep top` must keep at least one option, but `keep top` is 0",
        ])
    }

    @Test func valuesFromParametersAreCheckedStatically() {
        let program = checkScript("""
            workshop "Retro" {
              duration 1h
              param dot-count = 2
            }
            let cap-size = dot-count + 1
            stage choose "Choose" for 20m {
              prompt ideas "Ideas?"
              vote priorities on ideas {
                method dots
                dots dot-count
                cap cap-size
                keep top 2.5
              }
            }
            output csv priorities to "p.csv"
            """)
        #expect(summary(program) == [
            "11:9 CV0502 a cap of 3 is more than the 2 dots each person has",
            "12:14 CV0502 `keep top` must be a whole number, but it is 2.5",
        ])
    }

    @Test func scoreRange() {
        let program = vote("method score\nrange 5 to 1")
        #expect(summary(program) == ["7:7 CV0502 the score range 5 to 1 leaves nothing to choose between"])
        #expect(program.diagnostics.first?.help == "write the lower score first: `range 1 to 5`")
    }

    @Test func settingsTheMethodDoesNotTake() throws {
        let program = vote("method borda\ndots 3\nrange 1 to 5")
        #expect(summary(program) == [
            "7:1 CV0503 a `borda` vote does not take `dots`",
            "8:1 CV0503 a `borda` vote does not take `range`",
        ])
        #expect(program.diagnostics[0].notes == ["only `dots` votes take `dots`"])
        #expect(program.diagnostics[1].notes == ["only `score` votes take `range`"])
    }

    @Test func methodsStartingWithAVowelTakeAn() throws {
        #expect(summary(vote("method approval\ndots 3")) == ["7:1 CV0503 an `approval` vote does not take `dots`"])
        #expect(summary(vote("method irv\nrange 1 to 5")) == ["7:1 CV0503 an `irv` vote does not take `range`"])
    }

    @Test func settingGivenTwice() throws {
        let program = vote("method approval\nkeep top 3\nkeep all")
        #expect(summary(program) == ["8:1 CV0504 `keep` is given twice in vote `priorities`"])
        #expect(program.diagnostics.first?.notes == ["it is first given at line 7"])
    }

    @Test func unknownSettingValues() throws {
        let program = vote("method approval\nballots annonymous\nties coin")
        #expect(summary(program) == [
            "7:9 CV0505 unknown `ballots` value `annonymous`",
            "8:6 CV0505 unknown `ties` value `coin`",
        ])
        #expect(program.diagnostics[0].help == "did you mean `anonymous`?")
        #expect(program.diagnostics[1].notes == ["`ties` is `facilitator`, `revote` or `random`"])
    }

    @Test func settingsAreNumbers() {
        let program = vote("method dots\ndots \"three\"")
        #expect(summary(program) == ["7:6 CV0400 `dots` must be a number, but this is text"])
    }

    @Test func aGoodVoteHasNoDiagnostics() {
        let program = vote("""
            method dots
            dots 3
            cap 2
            ballots anonymous
            voters 12
            keep top 2
            ties facilitator
            """)
        #expect(summary(program) == [])
    }
}
