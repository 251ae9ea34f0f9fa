import ConveneLanguage
import ConveneVoting

extension Session {
    /// Records one person's ballot in the current vote, after checking it
    /// against the vote's rule. Named ballots need a voter, who may vote once.
    public func castBallot(voter: String?, marks: OptionMarks) throws(SessionError) -> BallotEntry {
        let vote = try currentVote()
        try checkSomethingToVoteOn(vote)
        let voter = voter?.trimmingSpaces
        switch vote.rule.mode {
        case .room:
            throw SessionError("this vote is counted in the room, so it takes totals, not ballots",
                               help: "type the counts with `:tally \(tallyExample(vote))`")
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
        try checkRepeats(marks, in: vote)
        try checkNoEmptyDots(marks, in: vote)
        try validate(marks, for: vote)
        let id = newID("b")
        try commit([.ballotCast(id: id, vote: currentStep.key, voter: voter, marks: marks)])
        return state.ballots[id]!
    }

    /// Records the room's totals (sticky dots, hands) for some options of the
    /// current vote; options not named keep their earlier count.
    public func recordTally(_ counts: [OptionCount]) throws(SessionError) -> [OptionCount] {
        let vote = try currentVote()
        try checkSomethingToVoteOn(vote)
        guard vote.rule.mode == .room else {
            throw SessionError("this vote takes \(vote.rule.mode.rawValue) ballots, not room totals",
                               help: "record each ballot with `:vote \(example(vote))`")
        }
        guard !counts.isEmpty else { throw SessionError("give a count for at least one option", help: "e.g. `:tally \(tallyExample(vote))`") }
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
        try checkTied(order, in: vote)
        try commit([.tiesOrdered(vote: currentStep.key, order: order)])
    }

    /// An order names only options that tie as the ballots stand (when
    /// they can be counted), so it never settles a tie that is not there.
    private func checkTied(_ order: [String], in vote: VoteStep) throws(SessionError) {
        guard let tied = tiedOptions(vote, key: currentStep.key) else { return }
        guard !tied.isEmpty else {
            throw SessionError("nothing is tied in vote `\(vote.name)` as the ballots stand",
                               help: "`:order` settles a tie that `:next` reports; `:next` counts the vote")
        }
        for id in order where !tied.contains(id) {
            throw SessionError("`\(id)` is not one of the tied options",
                               help: "the tied options are \(tied.joined(separator: " ")); type `:order \(tied.joined(separator: " "))` with the best first")
        }
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
        try checkSomethingToVoteOn(vote)
        let known = vote.options.map(\.id)
        for id in ids where !known.contains(id) {
            throw SessionError(
                "`\(id)` is not an option in this vote",
                help: "the options are: " + vote.options.map(\.id).joined(separator: " "))
        }
    }

    /// A vote on an empty collection has nothing to take ballots, totals or a count for.
    func checkSomethingToVoteOn(_ vote: VoteStep) throws(SessionError) {
        guard vote.options.isEmpty else { return }
        throw SessionError("there is nothing to vote on: `\(vote.source)` is empty",
                           help: "`:back` to add some, or `:skip` to move on without this vote")
    }

    /// An option named twice on one ballot is a slip, except in a dot vote,
    /// where `t1 t1` is two dots on `t1`. (A ranking names its repeat in the
    /// rule check, with both places.)
    private func checkRepeats(_ marks: OptionMarks, in vote: VoteStep) throws(SessionError) {
        let (ids, verb, help): ([String], String, String)
        switch marks {
        case .points(let counts):
            guard vote.rule.method != .dots else { return }
            (ids, verb, help) = (counts.map(\.option), "scored", "give each option one score")
        case .approvals(let approved):
            (ids, verb, help) = (approved, "marked", "mark each option once")
        case .ranking, .choice:
            return
        }
        var seen = Set<String>()
        guard let repeated = ids.first(where: { !seen.insert($0).inserted }) else { return }
        throw SessionError("`\(repeated)` is \(verb) twice on this ballot", help: "\(help), e.g. `:vote \(example(vote))`")
    }

    /// `t1=0` on a dot ballot gives nothing: a slip for another number, or
    /// for leaving the option off. (A score or a fist of five may be 0.)
    private func checkNoEmptyDots(_ marks: OptionMarks, in vote: VoteStep) throws(SessionError) {
        guard vote.rule.method == .dots, case .points(let counts) = marks, let empty = counts.first(where: { $0.count == 0 }) else { return }
        throw SessionError("`\(empty.option)=0` gives no dots", help: "give each option you mark at least 1 dot, or leave it off the ballot, e.g. `:vote \(example(vote))`")
    }

    /// A ballot in the form the method takes, valid for the vote's options
    /// and rule, for help texts.
    func example(_ vote: VoteStep) -> String {
        let ids = vote.options.prefix(3).map(\.id)
        guard let first = ids.first else { return "…" }
        let rule = vote.rule
        switch rule.method {
        case .dots:
            let dots = min(2, rule.capPerOption ?? 2, rule.dotsPerPerson ?? 2)
            let firstMark = dots > 1 ? "\(first)=\(dots)" : first
            guard ids.count > 1, dots < rule.dotsPerPerson ?? .max else { return firstMark }
            return "\(firstMark) \(ids[1])"
        case .score, .fistOfFive:
            let range = rule.method == .fistOfFive ? 0...5 : rule.scoreRange ?? 0...5
            let marks = [4, 2].prefix(ids.count).enumerated().map { "\(ids[$0.offset])=\(min(max($0.element, range.lowerBound), range.upperBound))" }
            return marks.joined(separator: " ")
        case .approval: return ids.joined(separator: " ")
        case .plurality: return first
        case .borda, .irv, .schulze, .rankedPairs: return ids.joined(separator: " > ")
        }
    }

    /// Room totals for the first options, for help texts.
    func tallyExample(_ vote: VoteStep) -> String {
        let counts = vote.options.prefix(2).enumerated().map { "\($0.element.id)=\(7 - 3 * $0.offset)" }
        return counts.isEmpty ? "…" : counts.joined(separator: " ")
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
