/// Ranked pairs: take the pairwise victories from largest to smallest and lock
/// each one in unless it would make a cycle with those already locked; the
/// locked pairs give the order.
///
/// Follows T. N. Tideman, "Independence of clones as a criterion for voting
/// rules", *Social Choice and Welfare* 4 (1987), pp. 185–206, with the
/// strength of a victory measured by its margin (votes for minus votes
/// against), as in Wikipedia, "Ranked pairs". Between victories with equal
/// margins, the one with more votes for is stronger. Victories of exactly
/// equal strength are locked together, as a group: a victory of the group
/// that would make a cycle with the pairs already locked and the rest of its
/// group is skipped, and the others are locked. Taking them one by one in
/// some order would let that order (the order the options are listed in)
/// decide a perfect tie. Pairs with no majority either way are never locked,
/// so those options can tie. Each option's score is the number of options it
/// is locked above, directly or through others.
enum RankedPairs: CountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        RankedBallot.problem(in: row, options: options)
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        let wins = PairwiseCount.wins(ballots)
        let count = wins.count
        var locked = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        var pairs: [LockedPair] = []
        for group in strengthGroups(victories(wins), wins) {
            for (winner, loser) in group { locked[winner][loser] = true }
            let makesCycle = group.map { reaches(from: $0.loser, to: $0.winner, in: locked) }
            for ((winner, loser), makesCycle) in zip(group, makesCycle) {
                if makesCycle { locked[winner][loser] = false }
                pairs.append(LockedPair(
                    winner: options[winner], loser: options[loser],
                    votesFor: wins[winner][loser], votesAgainst: wins[loser][winner], locked: !makesCycle))
            }
        }
        let above = (0..<count).map { a in (0..<count).map { b in a != b && reaches(from: a, to: b, in: locked) } }
        var outcome = PairwiseCount.outcome(beats: above)
        outcome.pairwise = wins
        outcome.lockedPairs = pairs
        return outcome
    }

    /// Every pair won by a majority, strongest victory first; victories of
    /// equal strength are listed in option order.
    static func victories(_ wins: [[Int]]) -> [(winner: Int, loser: Int)] {
        var pairs: [(winner: Int, loser: Int)] = []
        for a in wins.indices {
            for b in wins.indices where wins[a][b] > wins[b][a] {
                pairs.append((a, b))
            }
        }
        return pairs.sorted { x, y in
            let strengthX = strength(x, wins), strengthY = strength(y, wins)
            if strengthX != strengthY { return strengthX > strengthY }
            return (x.winner, x.loser) < (y.winner, y.loser)
        }
    }

    /// Sorted victories split into runs of equal strength.
    static func strengthGroups(
        _ victories: [(winner: Int, loser: Int)], _ wins: [[Int]]
    ) -> [[(winner: Int, loser: Int)]] {
        var groups: [[(winner: Int, loser: Int)]] = []
        for victory in victories {
            if let last = groups.last?.last, strength(last, wins) == strength(victory, wins) {
                groups[groups.count - 1].append(victory)
            } else {
                groups.append([victory])
            }
        }
        return groups
    }

    /// How strong a victory is: its margin, then its votes for.
    private static func strength(_ pair: (winner: Int, loser: Int), _ wins: [[Int]]) -> (margin: Int, votesFor: Int) {
        let votesFor = wins[pair.winner][pair.loser]
        return (votesFor - wins[pair.loser][pair.winner], votesFor)
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
