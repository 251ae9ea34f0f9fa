import ConveneLanguage
import ConveneVoting

extension Session {
    /// Records one person's ballot in the current vote, after checking it
    /// against the vote's rule. Named ballots need a voter, who may vote once.
    public func castBallot(voter: String?, marks: OptionMarks) throws(SessionError) -> BallotEntry {
        let vote = try currentVote()
        let voter = voter?.trimmingSpaces
        switch vote.rule.mode {
        case .room:
            throw SessionError("this vote is counted in the room, so it takes totals, not ballots",
                               help: "type the counts with `:tally t1=7 t2=3 …`")
        case .named:
            guard let voter, !voter.isEmpty else {
                throw SessionError("ballots in this vote are named: say whose ballot it is", help: "e.g. `:vote Sam: \(example(vote))`")
            }
            if let earlier = state.ballots(of: currentStep.key).first(where: { $0.voter?.lowercased() == voter.lowercased() }) {
                throw SessionError("\(voter) has already voted (\(earlier.id))", help: "to replace it, `:remove \(earlier.id)` first")
            }
        case .anonymous:
            if let voter, !voter.isEmpty {
                throw SessionError("ballots in this vote are anonymous, so no name is recorded",
                                   help: "type the ballot without `\(voter):`, e.g. `:vote \(example(vote))`")
            }
        }
        try checkOptions(marks.options, in: vote)
        try validate(marks, for: vote)
        let id = newID("b")
        try commit([.ballotCast(id: id, vote: currentStep.key, voter: voter, marks: marks)])
        return state.ballots[id]!
    }

    /// Records the room's totals (sticky dots, hands) for some options of the
    /// current vote; options not named keep their earlier count.
    public func recordTally(_ counts: [OptionCount]) throws(SessionError) -> [OptionCount] {
        let vote = try currentVote()
        guard vote.rule.mode == .room else {
            throw SessionError("this vote takes \(vote.rule.mode.rawValue) ballots, not room totals",
                               help: "record each ballot with `:vote \(example(vote))`")
        }
        guard !counts.isEmpty else { throw SessionError("give a count for at least one option", help: "e.g. `:tally t1=7 t2=3`") }
        try checkOptions(counts.map(\.option), in: vote)
        var merged = state.votes[currentStep.key]?.tally ?? []
        for count in counts {
            if let index = merged.firstIndex(where: { $0.option == count.option }) { merged[index] = count } else { merged.append(count) }
        }
        try validate(tally: merged, for: vote)
        try commit([.tallyRecorded(vote: currentStep.key, counts: counts)])
        return state.votes[currentStep.key]?.tally ?? []
    }

    /// Settles a tie: the tied options, best first.
    public func orderTies(_ order: [String]) throws(SessionError) {
        let vote = try currentVote()
        guard !order.isEmpty else { throw SessionError("name the tied options, best first", help: "e.g. `:order t3 t1`") }
        try checkOptions(order, in: vote)
        try commit([.tiesOrdered(vote: currentStep.key, order: order)])
    }

    /// The current vote's ballots so far.
    public func currentBallots() -> [BallotEntry] {
        state.ballots(of: currentStep.key)
    }

    func currentVote() throws(SessionError) -> VoteStep {
        guard case .vote(let vote) = currentStep.kind else {
            throw SessionError("votes are recorded during a vote, and \(describe(currentStep)) is not one", help: help(for: currentStep))
        }
        return vote
    }

    private func checkOptions(_ ids: [String], in vote: VoteStep) throws(SessionError) {
        let known = vote.options.map(\.id)
        for id in ids where !known.contains(id) {
            throw SessionError(
                "`\(id)` is not an option in this vote",
                help: "the options are: " + vote.options.map(\.id).joined(separator: " "))
        }
    }

    /// A ballot in the form the method takes, for help texts.
    func example(_ vote: VoteStep) -> String {
        let ids = vote.options.prefix(3).map(\.id)
        let first = ids.first ?? "t1"
        let second = ids.count > 1 ? ids[1] : first
        switch vote.rule.method {
        case .dots: return "\(first)=2 \(second)"
        case .score, .fistOfFive: return "\(first)=4 \(second)=2"
        case .approval: return ids.joined(separator: " ")
        case .plurality: return first
        case .borda, .irv, .schulze, .rankedPairs: return ids.joined(separator: " > ")
        }
    }
}

extension OptionMarks {
    /// Every option the marks name.
    var options: [String] {
        switch self {
        case .points(let counts): counts.map(\.option)
        case .approvals(let ids), .ranking(let ids): ids
        case .choice(let id): [id]
        }
    }
}
