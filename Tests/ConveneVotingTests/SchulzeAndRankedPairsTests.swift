import Testing
@testable import ConveneVoting

struct SchulzeAndRankedPairsTests {
    /// Markus Schulze's worked example, 45 voters and 5 candidates, as given in
    /// Wikipedia, "Schulze method" (section "Example") and as Example 1 in
    /// Schulze's own list of examples: the pairwise table d, the strongest
    /// paths p, and the ranking E > A > C > B > D.
    static let candidates = ["A", "B", "C", "D", "E"]
    static let ballots = rankedBallots([
        (5, ["A", "C", "B", "E", "D"]),
        (5, ["A", "D", "E", "C", "B"]),
        (8, ["B", "E", "D", "A", "C"]),
        (3, ["C", "A", "B", "E", "D"]),
        (7, ["C", "A", "E", "B", "D"]),
        (2, ["C", "B", "A", "D", "E"]),
        (7, ["D", "C", "E", "B", "A"]),
        (8, ["E", "B", "A", "D", "C"]),
    ], options: candidates)

    @Test func schulzeExampleHasThePublishedPairwiseTable() throws {
        let result = try counter(.schulze, Self.candidates).count(Self.ballots)
        #expect(result.pairwise == [
            [0, 20, 26, 30, 22],
            [25, 0, 16, 33, 18],
            [19, 29, 0, 17, 24],
            [15, 12, 28, 0, 14],
            [23, 27, 21, 31, 0],
        ])
    }

    @Test func schulzeExampleHasThePublishedStrongestPaths() throws {
        let result = try counter(.schulze, Self.candidates).count(Self.ballots)
        #expect(result.strongestPaths == [
            [0, 28, 28, 30, 24],
            [25, 0, 28, 33, 24],
            [25, 29, 0, 29, 24],
            [25, 28, 28, 0, 24],
            [25, 28, 28, 31, 0],
        ])
    }

    @Test func schulzeExampleRanksEACBD() throws {
        let result = try counter(.schulze, Self.candidates).count(Self.ballots)
        #expect(result.order == ["E", "A", "C", "B", "D"])
        #expect(result.scores == [4, 3, 2, 1, 0])
        #expect(!result.ranking.contains { $0.tied })
    }

    /// A Condorcet cycle constructed for this test: 7 A>B>C, 5 B>C>A, 4 C>A>B.
    /// A beats B 11–5 (margin 6), B beats C 12–4 (margin 8), C beats A 9–7
    /// (margin 2). Ranked pairs locks B>C, then A>B, and skips C>A, which would
    /// close the cycle (Tideman 1987; Wikipedia, "Ranked pairs").
    static let cycle = rankedBallots([
        (7, ["A", "B", "C"]), (5, ["B", "C", "A"]), (4, ["C", "A", "B"]),
    ], options: ["A", "B", "C"])

    @Test func rankedPairsSkipsThePairThatClosesACycle() throws {
        let result = try counter(.rankedPairs, ["A", "B", "C"]).count(Self.cycle)
        #expect(result.lockedPairs == [
            LockedPair(winner: "B", loser: "C", votesFor: 12, votesAgainst: 4, locked: true),
            LockedPair(winner: "A", loser: "B", votesFor: 11, votesAgainst: 5, locked: true),
            LockedPair(winner: "C", loser: "A", votesFor: 9, votesAgainst: 7, locked: false),
        ])
        #expect(result.order == ["A", "B", "C"])
    }

    @Test func schulzeBreaksTheSameCycleTheSameWay() throws {
        let result = try counter(.schulze, ["A", "B", "C"]).count(Self.cycle)
        #expect(result.order == ["A", "B", "C"])
    }

    @Test func rankedPairsExplainsItsPairs() throws {
        let result = try counter(.rankedPairs, ["A", "B", "C"]).count(Self.cycle)
        #expect(result.explanation() == [
            "Ranked pairs, 16 ballots: each option's score is how many options are locked below it.",
            "1  A  2",
            "2  B  1",
            "3  C  0",
            "Pairwise: how many ballots rank the row's option above the column's.",
            "   A   B   C",
            "A  -  11   7",
            "B  5   -  12",
            "C  9   4   -",
            "Pairs, strongest margin first:",
            "  B over C, 12 to 4 (margin 8): locked",
            "  A over B, 11 to 5 (margin 6): locked",
            "  C over A, 9 to 7 (margin 2): skipped, it would make a cycle",
            "Kept (all): A, B, C.",
        ])
    }

    /// A perfect Condorcet cycle: every victory is 2 to 1, so no option is
    /// ahead. Whatever order the columns come in, ranked pairs skips the
    /// three equal victories together and all three options tie.
    @Test func aPerfectCycleTiesInEveryColumnOrder() throws {
        let ballots = [["A", "B", "C"], ["B", "C", "A"], ["C", "A", "B"]]
        for columns in [["A", "B", "C"], ["A", "C", "B"], ["B", "A", "C"], ["B", "C", "A"], ["C", "A", "B"], ["C", "B", "A"]] {
            let csv = columns.joined(separator: ",") + "\n" + ballots.map { ballot in
                columns.map { String(ballot.firstIndex(of: $0)! + 1) }.joined(separator: ",")
            }.joined(separator: "\n")
            let file = try BallotFile(csv: Array(csv.utf8))
            let result = try counter(.rankedPairs, columns, keep: .top(1)).count(file)
            #expect(result.ranking.allSatisfy { $0.score == 0 && $0.tied }, "\(columns)")
            #expect(result.kept.isEmpty)
            #expect(result.tiesAtKeepLine == KeepLineTie(options: columns, places: 1, breakBy: .facilitator))
            #expect(result.lockedPairs?.allSatisfy { !$0.locked } == true)
            let drawn = try counter(.rankedPairs, columns, keep: .top(1), ties: .random, seed: 7).count(file)
            #expect(drawn.kept.count == 1)
        }
    }

    @Test func equalVictoriesThatMakeNoCycleAreAllLocked() throws {
        // A beats B and C beats D, each 1 to 0; every other pair is 1 to 1.
        let options = ["A", "B", "C", "D"]
        let ballots = rankedBallots([(1, ["A", "B"]), (1, ["C", "D"])], options: options)
        let result = try counter(.rankedPairs, options).count(ballots)
        #expect(result.lockedPairs == [
            LockedPair(winner: "A", loser: "B", votesFor: 1, votesAgainst: 0, locked: true),
            LockedPair(winner: "C", loser: "D", votesFor: 1, votesAgainst: 0, locked: true),
        ])
        #expect(result.ranking == [
            RankedOption(option: "A", score: 1, tied: true), RankedOption(option: "C", score: 1, tied: true),
            RankedOption(option: "B", score: 0, tied: true), RankedOption(option: "D", score: 0, tied: true),
        ])
    }

    @Test func optionsWithNoMajorityEitherWayTie() throws {
        let ballots = rankedBallots([(1, ["A", "B"]), (1, ["B", "A"])], options: ["A", "B"])
        for method in [VotingMethod.schulze, .rankedPairs] {
            let result = try counter(method, ["A", "B"]).count(ballots)
            #expect(result.ranking == [
                RankedOption(option: "A", score: 0, tied: true), RankedOption(option: "B", score: 0, tied: true),
            ])
            #expect(result.winner == nil)
        }
    }
}
