import ConveneText

/// Plurality voting: each person chooses one option; the option chosen by most
/// people leads.
///
/// Follows Wikipedia, "Plurality voting" (single-winner, first past the post).
/// From a ranked ballot file only the first choice (rank 1) counts, so a sheet
/// with a single 1 per row and a full ranking both work.
enum PluralityVoting: RoomCountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        RankedBallot.problem(in: row, options: options)
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        var totals = [Int](repeating: 0, count: ballots.optionCount)
        totals.withUnsafeMutableBufferPointer { firsts in
            ballots.forEachRow { _, row in
                for option in 0..<row.count {
                    firsts[option] &+= row[option] == 1 ? 1 : 0
                }
            }
        }
        return MethodOutcome(totals: totals)
    }

    static func problem(inRoom totals: [Int], rule: VoteRule, options: [String]) -> RowProblem? {
        if let problem = handsProblem(totals, rule: rule, options: options) { return problem }
        let hands = totals.reduce(0, +)
        if let people = rule.voters, hands > people {
            return RowProblem(
                "\(Plural.count(hands, "hand")) is \(hands - people) more than the \(Plural.count(people, "person", "people")) voting",
                help: "each person raises one hand; count again")
        }
        return nil
    }

    static func count(room totals: [Int], rule: VoteRule) -> MethodOutcome {
        MethodOutcome(totals: totals)
    }
}
