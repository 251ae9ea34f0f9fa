/// The Schulze method: the strength of a path from a to b is its weakest link,
/// and a is ranked above b when the strongest (widest) path from a to b is
/// stronger than the strongest path from b to a.
///
/// Follows Markus Schulze, "A new monotonic, clone-independent, reversal
/// symmetric, and condorcet-consistent single-winner election method", *Social
/// Choice and Welfare* 36 (2011), pp. 267–303, with link strength measured by
/// winning votes: the link a→b has strength d[a,b] when d[a,b] > d[b,a], and
/// no link otherwise. The widest paths are found with the Floyd–Warshall
/// variant given there. Each option's score is the number of options it is
/// ranked above.
enum SchulzeMethod: CountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        RankedBallot.problem(in: row, options: options)
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        let wins = PairwiseCount.wins(ballots)
        let paths = strongestPaths(wins)
        let beats = paths.indices.map { a in paths.indices.map { b in paths[a][b] > paths[b][a] } }
        var outcome = PairwiseCount.outcome(beats: beats)
        outcome.pairwise = wins
        outcome.strongestPaths = paths
        return outcome
    }

    /// `paths[a][b]`: the strength of the widest path from a to b.
    static func strongestPaths(_ wins: [[Int]]) -> [[Int]] {
        let count = wins.count
        var paths = wins.indices.map { a in
            wins.indices.map { b in a != b && wins[a][b] > wins[b][a] ? wins[a][b] : 0 }
        }
        for via in 0..<count {
            for from in 0..<count where from != via {
                for to in 0..<count where to != via && to != from {
                    paths[from][to] = max(paths[from][to], min(paths[from][via], paths[via][to]))
                }
            }
        }
        return paths
    }
}
