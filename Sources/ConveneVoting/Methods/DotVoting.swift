import ConveneText

/// Dot voting: each person has a number of dots to spread over the options and
/// may stack several on one option, up to a cap; the option with most dots leads.
///
/// Follows the cumulative form described in Jason Diceman, *Dotmocracy
/// Handbook* (2010), and Wikipedia, "Dot-voting" (cumulative voting with a
/// fixed budget of dots per participant). A blank cell is zero dots; a person
/// need not spend every dot, and the unused dots are reported.
enum DotVoting: RoomCountingMethod {
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem? {
        var total = 0
        var fewest: Int32 = 0
        var most: Int32 = 0
        for cell in row {
            let dots = cell == BallotMatrix.blank ? 0 : cell
            total &+= Int(dots)
            fewest = min(fewest, dots)
            most = max(most, dots)
        }
        if fewest >= 0, Int(most) <= rule.capPerOption ?? .max, total <= rule.dotsPerPerson ?? .max { return nil }
        return describeProblem(in: row, rule: rule, options: options)
    }

    private static func describeProblem(
        in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]
    ) -> RowProblem? {
        var total = 0
        for (option, cell) in row.enumerated() where cell != BallotMatrix.blank {
            if cell < 0 {
                return RowProblem("option `\(options[option])` has \(cell) dots; dots can't be negative", option: option)
            }
            if let cap = rule.capPerOption, cell > cap {
                return RowProblem(
                    "option `\(options[option])` has \(Plural.count(Int(cell), "dot")), over the cap of \(cap)",
                    option: option,
                    help: "move \(Plural.count(Int(cell) - cap, "dot")) to other options")
            }
            total += Int(cell)
        }
        if let budget = rule.dotsPerPerson, total > budget {
            return RowProblem(
                "\(Plural.count(total, "dot")) is \(total - budget) more than the \(budget) each person has",
                help: "take \(Plural.count(total - budget, "dot")) off")
        }
        return nil
    }

    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome {
        let totals = columnTotals(ballots)
        var outcome = MethodOutcome(totals: totals)
        outcome.dots = DotUsage(people: ballots.ballotCount, dotsPerPerson: rule.dotsPerPerson, used: totals.reduce(0, +))
        return outcome
    }

    static func problem(inRoom totals: [Int], rule: VoteRule, options: [String]) -> RowProblem? {
        if let option = totals.firstIndex(where: { $0 < 0 }) {
            return RowProblem("`\(options[option])` can't have \(totals[option]) dots", option: option)
        }
        guard let people = rule.voters else { return nil }
        if let budget = rule.dotsPerPerson {
            let total = totals.reduce(0, +)
            let most = people * budget
            if total > most {
                return RowProblem(
                    "\(Plural.count(total, "dot")) is \(total - most) more than the \(most) that "
                        + "\(Plural.count(people, "person", "people")) with \(Plural.count(budget, "dot")) each have",
                    help: "count the dots again")
            }
        }
        if let cap = rule.capPerOption, let option = totals.firstIndex(where: { $0 > people * cap }) {
            return RowProblem(
                "`\(options[option])` has \(Plural.count(totals[option], "dot")), over the \(people * cap) that "
                    + "\(Plural.count(people, "person", "people")) with a cap of \(cap) can give it",
                option: option,
                help: "count the dots on `\(options[option])` again")
        }
        return nil
    }

    static func count(room totals: [Int], rule: VoteRule) -> MethodOutcome {
        var outcome = MethodOutcome(totals: totals)
        outcome.dots = DotUsage(people: rule.voters, dotsPerPerson: rule.dotsPerPerson, used: totals.reduce(0, +))
        return outcome
    }
}
