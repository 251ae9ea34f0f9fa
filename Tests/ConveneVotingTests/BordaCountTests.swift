import Testing
@testable import ConveneVoting

struct BordaCountTests {
    /// Partial ballots, constructed: with A,B,C,D, a ballot ranking only A gives
    /// A 3 points and the unranked B, C, D share 2+1+0, one each; a ballot
    /// ranking A>B gives A 3, B 2, and C, D share 1+0. (Wikipedia, "Borda count",
    /// the averaged rule for unranked candidates.)
    @Test func unrankedOptionsShareThePointsLeft() throws {
        let options = ["A", "B", "C", "D"]
        let ballots = rankedBallots([(1, ["A"]), (1, ["A", "B"])], options: options)
        let result = try counter(.borda, options).count(ballots)
        #expect(result.order == options)
        #expect(result.scores == [6, 3, 1.5, 1.5])
        #expect(result.ranking[2].tied && result.ranking[3].tied)
        #expect(result.explanation() == [
            "Borda count, 2 ballots: 3 points for a first place down to 0 for last; unranked options share the points left.",
            "1   A    6",
            "2   B    3",
            "3=  C  1.5",
            "3=  D  1.5",
            "Kept (all): A, B, C, D.",
        ])
    }
}
