import ConveneText

/// Score (range) voting: each person gives each option a score within the
/// range; the option with the highest total leads.
///
/// Follows Warren D. Smith, "Range Voting" (2000), and Wikipedia, "Score voting"
/// (totals of the scores given). A blank cell gives no score to that option, so
/// it adds nothing to the total. Without a `range`, scores run from 0 to 5.
enum ScoreVoting: RoomCountingMethod {
    static let defaultRange = 0...5

    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        let range = rule.scoreRange ?? defaultRange
        guard !allWithin(row, range) else { return nil }
        for (option, cell) in row.enumerated() where cell != BallotMatrix.blank && !range.contains(Int(cell)) {
            return RowProblem(
                "a score of \(cell) is outside \(range.lowerBound) to \(range.upperBound)", option: option)
        }
        return nil
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        MethodOutcome(totals: columnTotals(ballots))
    }

    static func problem(inRoom totals: [Int], rule: VoteRule, options: [String]) -> RowProblem? {
        let range = rule.scoreRange ?? defaultRange
        if range.lowerBound >= 0, let option = totals.firstIndex(where: { $0 < 0 }) {
            return RowProblem("`\(options[option])` can't have \(totals[option]) points", option: option)
        }
        guard let people = rule.voters else { return nil }
        let least = people * min(0, range.lowerBound)
        if let option = totals.firstIndex(where: { $0 < least }) {
            return RowProblem(
                "`\(options[option])` has \(Plural.count(totals[option], "point")), under the \(least) that "
                    + "\(Plural.count(people, "person", "people")) scoring down to \(range.lowerBound) can give it",
                option: option,
                help: "add up the scores for `\(options[option])` again")
        }
        let most = people * max(0, range.upperBound)
        if let option = totals.firstIndex(where: { $0 > most }) {
            return RowProblem(
                "`\(options[option])` has \(Plural.count(totals[option], "point")), over the \(most) that "
                    + "\(Plural.count(people, "person", "people")) scoring up to \(range.upperBound) can give it",
                option: option,
                help: "add up the scores for `\(options[option])` again")
        }
        return nil
    }

    static func count(room totals: [Int], rule: VoteRule) -> MethodOutcome {
        MethodOutcome(totals: totals)
    }
}
