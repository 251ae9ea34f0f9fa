import ConveneText

/// Approval voting: each person approves of any number of options; the option
/// approved by most people leads.
///
/// Follows Steven J. Brams and Peter C. Fishburn, "Approval Voting", *American
/// Political Science Review* 72(3), 1978, pp. 831–847. A cell holds 1 for
/// approve and 0 or blank for not.
enum ApprovalVoting: RoomCountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        guard !allWithin(row, 0...1) else { return nil }
        for (option, cell) in row.enumerated() where cell != BallotMatrix.blank && cell != 0 && cell != 1 {
            return RowProblem(
                "an approval is 1 (yes) or 0 (no), not \(cell)", option: option,
                help: "write 1 under each option the voter approves of")
        }
        return nil
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        MethodOutcome(totals: columnTotals(ballots))
    }

    static func problem(inRoom totals: [Int], rule: VoteRule, options: [String]) -> RowProblem? {
        handsProblem(totals, rule: rule, options: options)
    }

    static func count(room totals: [Int], rule: VoteRule) -> MethodOutcome {
        MethodOutcome(totals: totals)
    }
}

/// Hands counted per option can't be negative, nor more than the people voting.
func handsProblem(_ totals: [Int], rule: VoteRule, options: [String]) -> RowProblem? {
    if let option = totals.firstIndex(where: { $0 < 0 }) {
        return RowProblem("`\(options[option])` can't have \(totals[option]) hands", option: option)
    }
    if let people = rule.voters, let option = totals.firstIndex(where: { $0 > people }) {
        return RowProblem(
            "`\(options[option])` has \(Plural.count(totals[option], "hand")), but only "
                + "\(Plural.count(people, "person", "people")) \(people == 1 ? "is" : "are") voting",
            option: option,
            help: "count the hands for `\(options[option])` again")
    }
    return nil
}
