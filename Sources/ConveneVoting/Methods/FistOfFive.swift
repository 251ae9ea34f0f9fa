/// Fist of five: a consensus check. Each person shows 0 (a fist, a block) to 5
/// fingers (full support) for each option; anyone below three must be heard
/// before the group goes on.
///
/// Follows the "fist to five" technique as described in, e.g., Stanford
/// Synpaedia, "Fist Of Five" (0 = block, 1–2 = unaddressed concerns, 3 =
/// consent with reservations, 5 = full consent), and "Fist to Five Voting"
/// (pdmethods.com): "if anyone holds up fewer than three fingers, they should be
/// given the opportunity to briefly state their objections". Options are
/// ranked by average fingers among those who showed any; a blank cell means the
/// person showed nothing for that option.
enum FistOfFive: CountingMethod {
    static let fingers = 0...5

    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        guard !allWithin(row, fingers) else { return nil }
        for (option, cell) in row.enumerated() where cell != BallotMatrix.blank && !fingers.contains(Int(cell)) {
            return RowProblem("a fist of five shows 0 to 5 fingers, not \(cell)", option: option)
        }
        return nil
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        let width = ballots.optionCount
        var shows = [Int](repeating: 0, count: width * 6)
        var dissents = [[Dissent]](repeating: [], count: width)
        shows.withUnsafeMutableBufferPointer { shows in
            ballots.forEachRow { _, row in
                for option in 0..<width where row[option] >= 0 {
                    shows[option &* 6 &+ Int(row[option])] &+= 1
                }
            }
        }
        if let voters = ballots.voters {
            ballots.forEachRow { ballot, row in
                for option in 0..<width where (0..<3).contains(row[option]) {
                    if let voter = voters[ballot] {
                        dissents[option].append(Dissent(voter: voter, fingers: Int(row[option])))
                    }
                }
            }
        }
        let consensus = (0..<width).map { option in
            OptionConsensus(
                option: options[option], fingers: Array(shows[option * 6..<option * 6 + 6]),
                mustBeHeard: dissents[option])
        }
        let exactAverages = consensus.map { $0.shown == 0 ? 0 : Double($0.totalFingers) / Double($0.shown) }
        var outcome = MethodOutcome(scores: exactAverages)
        outcome.scores = consensus.map(\.average)
        outcome.consensus = consensus
        return outcome
    }
}
