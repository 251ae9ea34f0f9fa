import ConveneText
import ConveneVoting

/// The session's only contact with the counting code in ConveneVoting:
/// checking ballots and tallies against a rule, and counting a vote.
extension Session {
    /// Checks a ballot against the vote's rule.
    func validate(_ marks: OptionMarks, for vote: VoteStep) throws(SessionError) {
        do {
            try counter(for: vote, key: currentStep.key).validate(Ballot(marks: ballotMarks(marks, vote)))
        } catch {
            throw SessionError("this ballot breaks the vote's rule: \(error.message)",
                               help: error.help ?? "the rule: \(VoteRuleDescription.summary(vote.rule))")
        }
    }

    /// Checks room totals against the vote's rule.
    func validate(tally: [OptionCount], for vote: VoteStep) throws(SessionError) {
        do {
            try counter(for: vote, key: currentStep.key).validate(roomTally(tally, vote))
        } catch {
            throw SessionError("these totals break the vote's rule: \(error.message)",
                               help: error.help ?? "the rule: \(VoteRuleDescription.summary(vote.rule))")
        }
    }

    /// Counts a vote from its recorded ballots or totals, applying a tie order
    /// the facilitator gave; the event records the result for good. `state`
    /// is the room's work to count from, when not the session's own (a change
    /// about to be made). `preface` opens the count's explanation.
    func count(_ vote: VoteStep, key: String, in state: SessionState? = nil, preface: [String] = []) throws(SessionError) -> JournalEvent {
        let state = state ?? self.state
        let record = state.votes[key] ?? VoteRecord()
        let ballots = state.ballots(of: key)
        try checkSomethingToVoteOn(vote)
        guard !ballots.isEmpty || !record.tally.isEmpty else {
            guard vote.rule.mode == .room else {
                throw SessionError("no ballots have been recorded for vote `\(vote.name)` yet",
                                   help: "record them with `:vote \(example(vote))`, or `:skip` to move on without counting")
            }
            throw SessionError("no totals have been recorded for vote `\(vote.name)` yet",
                               help: "record them with `:tally \(tallyExample(vote))`, or `:skip` to move on without counting")
        }
        var result: VoteResult
        do {
            result = try rawCount(vote, key: key, record: record, ballots: ballots)
            let tied = result.needsOrdering + result.needsRevote
            if !tied.isEmpty {
                let names = tied.map(optionID)
                guard record.tieOrder.contains(where: names.contains) else {
                    let places = result.tiesAtKeepLine?.places ?? 1
                    let how = result.needsRevote.isEmpty ? "decide their order" : "take a quick revote among them"
                    throw SessionError(
                        "\(names.joined(separator: ", ")) tie for the last \(places == 1 ? "place" : Plural.count(places, "place")) kept",
                        help: "\(how), then type `:order \(names.joined(separator: " "))` with the best first, and `:next` again")
                }
                let order = record.tieOrder.filter(names.contains).compactMap { id in tied.first { optionID($0) == id } }
                result = try result.resolvingTie(order: order)
            }
        } catch let error as SessionError {
            throw error
        } catch let error as BallotError {
            throw SessionError("the vote cannot be counted: \(error.message)", help: error.help)
        } catch {
            throw SessionError("the vote cannot be counted: \(error)")
        }
        let kept = Set(result.kept)
        let options = Self.orderingFirstPlace(result.ranking.map { entry in
            CountedOption(id: optionID(entry.option), label: label(entry.option), score: entry.score, kept: kept.contains(entry.option))
        }, tied: result.ranking.first?.tied == true, by: record.tieOrder)
        var explanation = (preface.isEmpty ? staleMarks(ballots, vote) : preface) + result.explanation(keys: vote.options.map(\.id))
            + (comparison(of: options, key: key, in: state)?.lines() ?? [])
        if let first = options.first, first.id != optionID(result.ranking[0].option) {
            explanation.append("The tie for first is settled by the order given: \(first.id) \(first.label) first.")
        }
        return .voteCounted(vote: key, options: options, ballots: result.ballots ?? ballots.count,
                            note: explanation.joined(separator: "\n"))
    }

    /// The count of the ballots or totals as they stand, before any tie order.
    private func rawCount(_ vote: VoteStep, key: String, record: VoteRecord, ballots: [BallotEntry]) throws -> VoteResult {
        let counter = counter(for: vote, key: key)
        if vote.rule.mode == .room {
            return try counter.count(roomTally(record.tally, vote))
        }
        return try counter.count(ballots.map { Ballot(voter: $0.voter, marks: ballotMarks($0.marks, vote)) })
    }

    /// The options an `:order` may settle as the ballots stand: those tied
    /// across the keep line, or for first place; nil while nothing can be
    /// counted yet.
    func tiedOptions(_ vote: VoteStep, key: String) -> [String]? {
        let record = state.votes[key] ?? VoteRecord()
        let ballots = state.ballots(of: key)
        guard !ballots.isEmpty || !record.tally.isEmpty,
              let result = try? rawCount(vote, key: key, record: record, ballots: ballots) else { return nil }
        var tied = result.needsOrdering + result.needsRevote
        if let first = result.ranking.first, first.tied {
            tied += result.ranking.prefix { $0.tied && $0.score == first.score }.map(\.option).filter { !tied.contains($0) }
        }
        return tied.map(optionID)
    }

    /// Options tying for first, put in the facilitator's `:order` (those it
    /// names first, best first), so a script reading the vote's `winner`
    /// gets the one the room chose, not the first listed.
    static func orderingFirstPlace(_ options: [CountedOption], tied: Bool, by order: [String]) -> [CountedOption] {
        guard tied, let top = options.first?.score, !order.isEmpty else { return options }
        let group = options.prefix { $0.score == top }
        let named = order.compactMap { id in group.first { $0.id == id } }
        let others = group.filter { !order.contains($0.id) }
        return named + others + options.dropFirst(group.count)
    }

    /// A line saying that ballots mark options taken away since they were
    /// cast (a theme merged or removed), whose marks do not count.
    private func staleMarks(_ ballots: [BallotEntry], _ vote: VoteStep) -> [String] {
        let options = Set(vote.options.map(\.id))
        let stale = ballots.filter { !$0.marks.options.allSatisfy(options.contains) }
        guard !stale.isEmpty else { return [] }
        return ["Marks for options no longer in the vote do not count (on \(stale.count) of \(Plural.count(ballots.count, "ballot")))."]
    }

    private func counter(for vote: VoteStep, key: String) -> VoteCounter {
        // Options are named "id label" so the count's explanation reads well.
        VoteCounter(rule: vote.rule, options: vote.options.map { "\($0.id) \($0.label)" }, seed: header.seed ^ Self.fnv1a(key))
    }

    private func ballotMarks(_ marks: OptionMarks, _ vote: VoteStep) -> BallotMarks {
        let index = Dictionary(vote.options.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        switch marks {
        case .points(let counts):
            var points: [Int: Int] = [:]
            for count in counts { if let option = index[count.option] { points[option, default: 0] += count.count } }
            return .points(points)
        case .approvals(let ids): return .approvals(Set(ids.compactMap { index[$0] }))
        case .ranking(let ids): return .ranking(ids.compactMap { index[$0] })
        case .choice(let id): return index[id].map(BallotMarks.choice) ?? .ranking([])
        }
    }

    private func roomTally(_ counts: [OptionCount], _ vote: VoteStep) -> RoomTally {
        let index = Dictionary(vote.options.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var totals: [Int: Int] = [:]
        for count in counts { if let option = index[count.option] { totals[option] = count.count } }
        return RoomTally(counts: totals)
    }

    private func optionID(_ name: String) -> String {
        String(name.prefix { $0 != " " })
    }

    private func label(_ name: String) -> String {
        String(name.drop { $0 != " " }.dropFirst())
    }

    /// A stable hash of the vote's key, so each vote draws its own random tie-break.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
