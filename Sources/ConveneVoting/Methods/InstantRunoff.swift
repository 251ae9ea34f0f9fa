/// Instant runoff (the alternative vote): each ballot counts for its highest
/// ranked option still in the running. If one option has more than half of
/// those continuing ballots it wins; otherwise the option with fewest votes is
/// eliminated, its ballots go to their next continuing choice, and the count
/// runs again. A ballot with no continuing choice left is exhausted.
///
/// Follows Wikipedia, "Instant-runoff voting" (majority of continuing ballots,
/// exhausted ballots set aside). A tie for fewest votes is settled by looking
/// back: the tied option with fewest votes in the latest earlier round where
/// they differ is eliminated ("backwards tie-breaking", as in the Australian
/// Senate and the Scottish STV rules). Options tied in every round go out
/// together; when every continuing option ties, they share first place.
enum InstantRunoff: CountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        RankedBallot.problem(in: row, options: options)
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        if ballots.optionCount < UInt8.max {
            var count = Runoff<UInt8>(ballots)
            return count.run(options: options)
        }
        var count = Runoff<UInt16>(ballots)
        return count.run(options: options)
    }
}

/// The state of an instant-runoff count: each ballot sits on the pile of its
/// current choice, so an elimination only looks at the ballots it moves.
/// Choices are stored in the narrowest integer that holds an option index.
private struct Runoff<Choice: FixedWidthInteger & UnsignedInteger> {
    static var end: Choice { .max }

    let width: Int
    /// Each ballot's choices best first, `width` slots a ballot, `end` after the last.
    var choices: [Choice]
    /// The slot of each ballot's current choice.
    var slot: [Choice]
    var piles: [[Int32]]
    var continuing: [Bool]
    var exhausted = 0
    /// Votes per option in each round so far.
    var history: [[Int]] = []

    init(_ ballots: BallotMatrix) {
        width = ballots.optionCount
        choices = [Choice](repeating: Self.end, count: ballots.ballotCount * width)
        slot = [Choice](repeating: 0, count: ballots.ballotCount)
        piles = [[Int32]](repeating: [], count: width)
        continuing = [Bool](repeating: true, count: width)
        let width = width
        choices.withUnsafeMutableBufferPointer { choices in
            ballots.forEachRow { ballot, row in
                let base = ballot &* width
                for option in 0..<width where row[option] > 0 {
                    choices[base &+ Int(row[option]) &- 1] = Choice(truncatingIfNeeded: option)
                }
            }
        }
        for ballot in 0..<ballots.ballotCount {
            let first = choices[ballot * width]
            if first == Self.end {
                exhausted += 1
            } else {
                piles[Int(first)].append(Int32(ballot))
            }
        }
    }

    mutating func run(options: [String]) -> MethodOutcome {
        var rounds: [RunoffRound] = []
        var scores = [Double](repeating: 0, count: width)
        var eliminatedInOrder: [[Int]] = []
        while true {
            let votes = piles.map(\.count)
            history.append(votes)
            let running = (0..<width).filter { continuing[$0] }
            for option in running { scores[option] = Double(votes[option]) }
            var round = RunoffRound(
                round: history.count,
                votes: running.sorted { votes[$0] != votes[$1] ? votes[$0] > votes[$1] : $0 < $1 }
                    .map { OptionVotes(option: options[$0], votes: votes[$0]) },
                continuing: running.reduce(0) { $0 + votes[$1] },
                exhausted: exhausted)
            if let leader = running.max(by: { votes[$0] < votes[$1] }), votes[leader] * 2 > round.continuing {
                round.majority = options[leader]
                rounds.append(round)
                let others = MethodOutcome.tiers(byScore: running.map { $0 == leader ? .infinity : scores[$0] })
                return finish(others.map { $0.map { running[$0] } }, eliminatedInOrder, scores, rounds)
            }
            let fewest = running.map { votes[$0] }.min() ?? 0
            let tied = running.filter { votes[$0] == fewest }
            if tied.count == running.count {
                rounds.append(round)
                return finish([running], eliminatedInOrder, scores, rounds)
            }
            let (out, decidedBy) = lookBack(tied)
            round.eliminated = out.map { options[$0] }
            if tied.count > 1 {
                round.tiedForFewest = tied.map { options[$0] }
                round.decidedByRound = decidedBy
            }
            let (moved, newlyExhausted) = eliminate(out)
            round.transfers = (0..<width).filter { moved[$0] > 0 }
                .sorted { moved[$0] != moved[$1] ? moved[$0] > moved[$1] : $0 < $1 }
                .map { OptionVotes(option: options[$0], votes: moved[$0]) }
            round.exhaustedByTransfer = newlyExhausted
            rounds.append(round)
            eliminatedInOrder.append(out)
        }
    }

    /// Narrows a tie for fewest votes by earlier rounds, latest first. Returns
    /// the options to eliminate and the round that last narrowed the tie.
    func lookBack(_ tied: [Int]) -> (out: [Int], decidedBy: Int?) {
        var remaining = tied
        var decidedBy: Int?
        for round in stride(from: history.count - 2, through: 0, by: -1) where remaining.count > 1 {
            let fewest = remaining.map { history[round][$0] }.min()!
            let narrowed = remaining.filter { history[round][$0] == fewest }
            if narrowed.count < remaining.count {
                remaining = narrowed
                decidedBy = round + 1
            }
        }
        return (remaining, decidedBy)
    }

    /// Takes options out of the running and moves their ballots on. Returns the
    /// ballots each option received and how many were exhausted.
    mutating func eliminate(_ out: [Int]) -> (moved: [Int], exhausted: Int) {
        for option in out { continuing[option] = false }
        var moved = [Int](repeating: 0, count: width)
        var newlyExhausted = 0
        for option in out {
            for ballot in piles[option] {
                let base = Int(ballot) * width
                var next = Int(slot[Int(ballot)]) + 1
                while next < width, choices[base + next] != Self.end, !continuing[Int(choices[base + next])] {
                    next += 1
                }
                if next == width || choices[base + next] == Self.end {
                    newlyExhausted += 1
                } else {
                    let choice = Int(choices[base + next])
                    slot[Int(ballot)] = Choice(truncatingIfNeeded: next)
                    piles[choice].append(ballot)
                    moved[choice] += 1
                }
            }
            piles[option] = []
        }
        exhausted += newlyExhausted
        return (moved, newlyExhausted)
    }

    func finish(
        _ running: [[Int]], _ eliminatedInOrder: [[Int]], _ scores: [Double], _ rounds: [RunoffRound]
    ) -> MethodOutcome {
        var outcome = MethodOutcome(scores: scores, tiers: running + eliminatedInOrder.reversed())
        outcome.rounds = rounds
        return outcome
    }
}
