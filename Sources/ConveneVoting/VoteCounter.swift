/// Checks and counts the ballots of one vote.
///
///     let counter = VoteCounter(rule: rule, options: ["theme-1", "theme-2", "theme-3"])
///     try counter.validate(ballot)          // as each ballot is typed in
///     let result = try counter.count(ballots)
///     result.explanation()                  // what the facilitator reads out
public struct VoteCounter: Sendable {
    /// The most options one vote can count.
    public static let maximumOptions = 10_000

    public let rule: VoteRule
    /// The options, in the order listed; ballots refer to them by index.
    public let options: [String]
    /// Seeds the draw when `rule.ties` is `random`; the same seed replays the same draw.
    public var seed: UInt64

    public init(rule: VoteRule, options: [String], seed: UInt64 = 0) {
        self.rule = rule
        self.options = options
        self.seed = seed
    }

    /// The index of the option with this name, for reading typed ballots.
    public func option(named name: String) throws(BallotError) -> Int {
        if let index = options.firstIndex(of: name) { return index }
        let help = closestName(to: name, in: options).map { "did you mean `\($0)`?" }
        throw BallotError("`\(name)` is not one of the options", help: help ?? "the options are \(listed(options))")
    }

    /// Checks one ballot against the rule.
    public func validate(_ ballot: Ballot) throws(BallotError) {
        _ = try row(for: ballot.marks)
    }

    /// Checks a room's totals against the rule and the number of voters.
    public func validate(_ tally: RoomTally) throws(BallotError) {
        _ = try checkedRoom(tally)
    }

    /// Counts typed ballots. A ballot that breaks the rule stops the count, and
    /// the error says whose ballot (or which one) it is.
    public func count(_ ballots: [Ballot]) throws(BallotError) -> VoteResult {
        var matrix = BallotMatrix(optionCount: options.count)
        for (index, ballot) in ballots.enumerated() {
            do {
                matrix.append(try row(for: ballot.marks), voter: ballot.voter)
            } catch {
                throw error.located(ballot.voter.map { "\($0)'s ballot" } ?? "ballot \(index + 1)")
            }
        }
        return try count(matrix)
    }

    /// Counts a room's totals (sticky dots or hands).
    public func count(_ tally: RoomTally) throws(BallotError) -> VoteResult {
        let (method, totals) = try checkedRoom(tally)
        // Each hand raised in a plurality vote is one person's ballot, so the
        // hands counted say how many voted, whatever `voters` expected; in
        // other methods one person gives several marks.
        let ballots = rule.method == .plurality ? totals.reduce(0, +) : rule.voters
        return result(method.count(room: totals, rule: rule), ballots: ballots)
    }

    /// Counts a ballot file whose header names this vote's options. An invalid
    /// ballot stops the count with its row and column.
    public func count(_ file: BallotFile) throws(BallotError) -> VoteResult {
        guard file.options == options else {
            throw BallotError(
                "the file's options (\(listed(file.options))) are not this vote's options (\(listed(options)))")
        }
        do {
            try firstProblem(in: file.ballots)
        } catch let problem {
            let row = file.row(ofBallot: problem.ballot)
            guard let option = problem.problem.option else {
                throw BallotError("row \(row): \(problem.problem.message)", help: problem.problem.help, row: row)
            }
            throw BallotError(
                "row \(row), column \(option + 1) (`\(options[option])`): \(problem.problem.message)",
                help: problem.problem.help, row: row, column: option + 1)
        }
        return try count(file.ballots)
    }

    private func count(_ ballots: BallotMatrix) throws(BallotError) -> VoteResult {
        guard options.count <= Self.maximumOptions else {
            throw BallotError("a vote can count at most \(Self.maximumOptions) options, not \(options.count)")
        }
        let outcome = method.count(ballots, rule: rule, options: options)
        return result(outcome, ballots: ballots.ballotCount)
    }

    private func result(_ outcome: MethodOutcome, ballots: Int?) -> VoteResult {
        VoteResult(
            method: rule.method, options: options, ballots: ballots, outcome: outcome,
            keep: rule.keep, ties: rule.ties, seed: seed)
    }

    /// The first ballot in the matrix that breaks the rule, checked with the
    /// method's own row check so the loop is specialised per method.
    private func firstProblem(in ballots: BallotMatrix) throws(LocatedProblem) {
        switch rule.method {
        case .dots: try firstProblem(in: ballots, checkedBy: DotVoting.self)
        case .approval: try firstProblem(in: ballots, checkedBy: ApprovalVoting.self)
        case .score: try firstProblem(in: ballots, checkedBy: ScoreVoting.self)
        case .plurality: try firstProblem(in: ballots, checkedBy: PluralityVoting.self)
        case .borda: try firstProblem(in: ballots, checkedBy: BordaCount.self)
        case .irv: try firstProblem(in: ballots, checkedBy: InstantRunoff.self)
        case .schulze: try firstProblem(in: ballots, checkedBy: SchulzeMethod.self)
        case .rankedPairs: try firstProblem(in: ballots, checkedBy: RankedPairs.self)
        case .fistOfFive: try firstProblem(in: ballots, checkedBy: FistOfFive.self)
        }
    }

    private func firstProblem<Method: CountingMethod>(
        in ballots: BallotMatrix, checkedBy _: Method.Type
    ) throws(LocatedProblem) {
        let rule = rule
        let options = options
        try ballots.forEachRow { (ballot, row) throws(LocatedProblem) in
            if let problem = Method.problem(in: row, rule: rule, options: options) {
                throw LocatedProblem(ballot: ballot, problem: problem)
            }
        }
    }
}

/// A row problem and the ballot it was found in.
private struct LocatedProblem: Error {
    var ballot: Int
    var problem: RowProblem
}
