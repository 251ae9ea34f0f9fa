/// Ranked pairs: take the pairwise victories from largest to smallest and lock
/// each one in unless it would make a cycle with those already locked; the
/// locked pairs give the order.
///
/// Follows T. N. Tideman, "Independence of clones as a criterion for voting
/// rules", *Social Choice and Welfare* 4 (1987), pp. 185–206, with the
/// strength of a victory measured by its margin (votes for minus votes
/// against), as in Wikipedia, "Ranked pairs". Victories with equal margins are
/// taken in a fixed order: more votes for first, then the order in which the
/// options are listed. Pairs with no majority either way are never locked, so
/// those options can tie. Each option's score is the number of options it is
/// locked above, directly or through others.
enum RankedPairs: CountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        RankedBallot.problem(in: row, options: options)
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        let wins = PairwiseCount.wins(ballots)
        let count = wins.count
        var locked = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        var pairs: [LockedPair] = []
        for (winner, loser) in victories(wins) {
            let makesCycle = reaches(from: loser, to: winner, in: locked)
            if !makesCycle { locked[winner][loser] = true }
            pairs.append(LockedPair(
                winner: options[winner], loser: options[loser],
                votesFor: wins[winner][loser], votesAgainst: wins[loser][winner], locked: !makesCycle))
        }
        let above = (0..<count).map { a in (0..<count).map { b in a != b && reaches(from: a, to: b, in: locked) } }
        var outcome = PairwiseCount.outcome(beats: above)
        outcome.pairwise = wins
        outcome.lockedPairs = pairs
        return outcome
    }

    /// Every pair won by a majority, strongest victory first.
    static func victories(_ wins: [[Int]]) -> [(winner: Int, loser: Int)] {
        var pairs: [(winner: Int, loser: Int)] = []
        for a in wins.indices {
            for b in wins.indices where wins[a][b] > wins[b][a] {
                pairs.append((a, b))
            }
        }
        return pairs.sorted { x, y in
            let marginX = wins[x.winner][x.loser] - wins[x.loser][x.winner]
            let marginY = wins[y.winner][y.loser] - wins[y.loser][y.winner]
            if marginX != marginY { return marginX > marginY }
            if wins[x.winner][x.loser] != wins[y.winner][y.loser] {
                return wins[x.winner][x.loser] > wins[y.winner][y.loser]
            }
            return (x.winner, x.loser) < (y.winner, y.loser)
        }
    }

    static func reaches(from start: Int, to goal: Int, in locked: [[Bool]]) -> Bool {
        var seen = [Bool](repeating: false, count: locked.count)
        var stack = [start]
        seen[start] = true
        while let node = stack.popLast() {
            if node == goal { return true }
            for next in locked.indices where locked[node][next] && !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return false
    }
}
