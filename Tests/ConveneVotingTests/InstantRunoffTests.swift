import Testing
@testable import ConveneVoting

/// Instant-runoff cases constructed for these tests, counted by hand with the
/// rules in Wikipedia, "Instant-runoff voting".
struct InstantRunoffTests {
    @Test func exhaustedBallotsLeaveTheMajorityOfContinuingBallots() throws {
        let options = ["A", "B", "C", "D"]
        let ballots = rankedBallots([(6, ["A"]), (5, ["B"]), (3, ["C", "B"]), (2, ["D"])], options: options)
        let result = try counter(.irv, options).count(ballots)
        let rounds = try #require(result.rounds)
        #expect(rounds.map(\.eliminated) == [["D"], ["C"], []])
        #expect(rounds[0].exhaustedByTransfer == 2)
        #expect(rounds[2].continuing == 14)
        #expect(rounds[2].exhausted == 2)
        #expect(result.winner == "B")
        #expect(result.explanation() == [
            "Instant runoff, 16 ballots.",
            "1  B  8",
            "2  A  6",
            "3  C  3",
            "4  D  2",
            "Round 1: A 6, B 5, C 3, D 2 (16 continuing; 9 needed for a majority).",
            "  D is eliminated; its 2 ballots are exhausted.",
            "Round 2: A 6, B 5, C 3 (14 continuing, 2 exhausted; 8 needed for a majority).",
            "  C is eliminated; its 3 ballots go to B 3.",
            "Round 3: B 8, A 6 (14 continuing, 2 exhausted).",
            "  B has 8 of 14 continuing ballots: a majority.",
            "Kept (all): B, A, C, D.",
        ])
    }

    @Test func aTieForFewestIsSettledByTheLatestEarlierRoundWhereTheyDiffer() throws {
        let options = ["A", "B", "C", "D", "E"]
        let ballots = rankedBallots([
            (10, ["A"]), (8, ["B"]), (4, ["C", "A"]), (5, ["D", "B"]), (1, ["E", "C"]),
        ], options: options)
        let result = try counter(.irv, options).count(ballots)
        let rounds = try #require(result.rounds)
        #expect(rounds[1].tiedForFewest == ["C", "D"])
        #expect(rounds[1].decidedByRound == 1)
        #expect(rounds[1].eliminated == ["C"])
        #expect(rounds[1].transfers == [OptionVotes(option: "A", votes: 4)])
        #expect(rounds[1].exhaustedByTransfer == 1)
        #expect(rounds[2].majority == "A")
        #expect(result.explanation()[9] ==
            "  C and D tie for fewest votes (5); going back to round 1, C had fewest, so C is eliminated; "
            + "its 5 ballots go to A 4, and 1 is exhausted.")
    }

    @Test func optionsTiedInEveryRoundGoOutTogetherAndAFinalTieSharesFirstPlace() throws {
        let options = ["A", "B", "C", "D"]
        let ballots = rankedBallots([(5, ["A"]), (5, ["B"]), (2, ["C", "A"]), (2, ["D", "B"])], options: options)
        let result = try counter(.irv, options).count(ballots)
        let rounds = try #require(result.rounds)
        #expect(rounds[0].eliminated == ["C", "D"])
        #expect(rounds[0].decidedByRound == nil)
        #expect(rounds[1].majority == nil)
        #expect(result.ranking == [
            RankedOption(option: "A", score: 7, tied: true), RankedOption(option: "B", score: 7, tied: true),
            RankedOption(option: "C", score: 2, tied: true), RankedOption(option: "D", score: 2, tied: true),
        ])
        #expect(result.winner == nil)
        #expect(Array(result.explanation()[5...8]) == [
            "Round 1: A 5, B 5, C 2, D 2 (14 continuing; 8 needed for a majority).",
            "  C and D tie for fewest votes (2) in every round, so they are eliminated together; "
                + "their 4 ballots go to A 2 and B 2.",
            "Round 2: A 7, B 7 (14 continuing; 8 needed for a majority).",
            "  A and B tie with no majority: they share first place.",
        ])
    }

    @Test func ballotsRankingNothingAreExhaustedFromTheStart() throws {
        let ballots = [Ballot(marks: .ranking([])), Ballot(marks: .ranking([1]))]
        let result = try counter(.irv, ["A", "B"]).count(ballots)
        #expect(result.rounds?.first?.exhausted == 1)
        #expect(result.winner == "B")
    }

    @Test func votesOnMoreThan255OptionsCountTheSame() throws {
        let options = (1...300).map { "o\($0)" }
        let ballots = [Ballot](repeating: Ballot(marks: .ranking([299, 0])), count: 3)
            + [Ballot](repeating: Ballot(marks: .ranking([0])), count: 3)
            + [Ballot](repeating: Ballot(marks: .ranking([1, 0])), count: 2)
        let result = try counter(.irv, options).count(ballots)
        #expect(result.winner == "o1")
        #expect(result.rounds?.map(\.eliminated.count) == [297, 1, 0])
        #expect(result.rounds?.last?.votes.first == OptionVotes(option: "o1", votes: 5))
    }
}
