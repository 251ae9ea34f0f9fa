/// The Borda count: on each ballot an option ranked k-th of n gets n − k
/// points (n − 1 for a first place down to 0 for last); the option with most
/// points leads.
///
/// Follows Wikipedia, "Borda count" (the standard scoring n − 1 … 0). For a
/// ballot that ranks only some options, the unranked options share the points
/// left over equally — the "averaged" rule for partial ballots described there:
/// with k options unranked, the points k − 1 … 0 are left, so each gets
/// (k − 1) / 2. Every ballot, full or partial, therefore hands out exactly
/// n(n − 1)/2 points. Points are kept doubled while counting so halves stay exact.
enum BordaCount: CountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        RankedBallot.problem(in: row, options: options)
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        let width = ballots.optionCount
        var doubled = [Int](repeating: 0, count: width)
        var unrankedShare = [Int](repeating: 0, count: width)
        doubled.withUnsafeMutableBufferPointer { points in
            unrankedShare.withUnsafeMutableBufferPointer { shares in
                ballots.forEachRow { _, row in
                    var unranked = 0
                    for option in 0..<width {
                        let rank = Int(row[option])
                        points[option] &+= rank > 0 ? 2 &* (width &- rank) : 0
                        unranked &+= rank > 0 ? 0 : 1
                    }
                    let share = unranked &- 1
                    for option in 0..<width {
                        shares[option] &+= row[option] > 0 ? 0 : share
                    }
                }
            }
        }
        return MethodOutcome(scores: (0..<width).map { Double(doubled[$0] + unrankedShare[$0]) / 2 })
    }
}
