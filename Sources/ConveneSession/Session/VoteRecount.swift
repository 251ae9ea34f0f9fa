import ConveneText

/// A counted vote whose options a change took away or renamed: counted again
/// with the ballots as they still apply, or, when the new count needs the
/// facilitator (a tie at the keep line), open again to be counted at its step.
public struct Recount: Sendable, Equatable {
    /// The vote's step key (`choose/priorities`).
    public var vote: String
    /// What changed, in words: "t1 “Access” was merged into t2 “Waiting”".
    public var reason: String
    /// The new count, or nil when the vote is open again.
    public var result: CountedResult?
    /// Why the vote could not be counted again, and what to do.
    public var problem: SessionError?
    /// Whether only option names changed, so the ranking is as it was.
    public var namesOnly: Bool
}

/// What a change to items or themes did: its own result, the counted votes
/// it changed, and what went with an idea that is gone.
public struct ChangeOutcome<Value> {
    public var value: Value
    public var recounts: [Recount]
    /// "its place on grid `investment` and its action in plan `plans` went with it".
    public var dropped: String?
}

extension Session {
    /// Commits a change to items, themes or ballots, as one action (one
    /// `:undo`), with a new count of every counted vote whose options it
    /// takes away or renames, or whose ballot it takes away. Refused when the
    /// step the room is at could no longer be worked out (it needs a vote the
    /// change opens again).
    func commitChange(_ events: [JournalEvent]) throws(SessionError) -> [Recount] {
        let time = records.last?.time ?? header.started
        var preview = state
        for event in events { preview.apply(event, at: time) }
        var recountEvents: [JournalEvent] = []
        var recounts: [Recount] = []
        for entered in enteredVotes() {
            guard let recount = recount(entered, in: preview) else { continue }
            recountEvents.append(recount.event)
            preview.apply(recount.event, at: time)
            recounts.append(recount.outcome)
        }
        try checkStepStillRuns(in: preview, reopened: recounts.filter { $0.problem != nil })
        try commit(events + recountEvents)
        try refreshCurrentStep()
        return recounts.map { recount in
            var recount = recount
            if recount.problem == nil { recount.result = state.votes[recount.vote]?.result }
            return recount
        }
    }

    // MARK: Counting again

    private struct EnteredVote {
        var key: String
        var stage: String
        var index: Int
        var step: String
    }

    /// Every vote step entered, in the order first entered, at its latest position.
    private func enteredVotes() -> [EnteredVote] {
        var votes: [EnteredVote] = []
        for record in Self.effective(records) {
            guard case let .entered(stage, index, step, definition) = record.event, definition["kind"]?.stringValue == "vote" else { continue }
            let entry = EnteredVote(key: stage + "/" + step, stage: stage, index: index, step: step)
            if let known = votes.firstIndex(where: { $0.key == entry.key }) { votes[known] = entry } else { votes.append(entry) }
        }
        return votes
    }

    /// The event and outcome for a counted vote whose options no longer match
    /// its count, or whose count a ballot taken away cleared; nil for the others.
    private func recount(_ entered: EnteredVote, in preview: SessionState) -> (event: JournalEvent, outcome: Recount)? {
        let vote = voteStep(entered, in: preview)
        let reason: String
        var gone: [CountedOption] = []
        if let result = preview.votes[entered.key]?.result {
            let labels = Dictionary((vote?.options ?? []).map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            let changed = result.options.filter { option in vote == nil ? preview.isGone(option.id) : labels[option.id] != option.label }
            guard !changed.isEmpty else { return nil }
            gone = changed.filter { labels[$0.id] == nil }
            reason = changed.map { describeChange(of: $0, now: labels[$0.id], source: vote?.source, in: preview) }.joined(separator: "; ")
        } else if state.votes[entered.key]?.result != nil {
            let left = Set(preview.ballots(of: entered.key).map(\.id))
            let removed = state.ballots(of: entered.key).filter { !left.contains($0.id) }
            guard !removed.isEmpty else { return nil }
            reason = removed.map { "ballot \($0.id)" + ($0.voter.map { " from \($0)" } ?? "") + " was removed" }.joined(separator: "; ")
        } else {
            return nil
        }
        var problem = SessionError("its step cannot be worked out now")
        if let vote {
            do {
                let preface = ["Counted again: \(reason)." + droppedMarks(gone.map(\.id), key: entered.key, in: preview)]
                let event = try count(vote, key: entered.key, in: preview, preface: preface)
                let namesOnly = gone.isEmpty && preview.votes[entered.key]?.result != nil
                return (event, Recount(vote: entered.key, reason: reason, result: nil, problem: nil, namesOnly: namesOnly))
            } catch {
                problem = error
            }
        }
        problem.help = "`:goto \(entered.stage)`, then " + (problem.help ?? "`:next` to count it again")
        return (.voteReopened(vote: entered.key, reason: reason + "; " + problem.message),
                Recount(vote: entered.key, reason: reason, result: nil, problem: problem, namesOnly: false))
    }

    /// The vote's step as the script says for `preview`, by its id.
    private func voteStep(_ entered: EnteredVote, in preview: SessionState) -> VoteStep? {
        let walked = (try? steps(of: entered.stage, upTo: entered.index, state: preview)) ?? []
        let step = walked.first { $0.id == entered.step }
            ?? (try? steps(of: entered.stage, upTo: nil, state: preview))?.first { $0.id == entered.step }
        guard case .vote(let vote)? = step?.kind else { return nil }
        return vote
    }

    /// "t1 “Access” was merged into t2 “Waiting”", "… was removed", "… is now “Getting seen”".
    private func describeChange(of option: CountedOption, now label: String?, source: String?, in preview: SessionState) -> String {
        let was = "\(option.id) “\(option.label)”"
        if let label { return "\(was) is now “\(label)”" }
        if let into = preview.themes[option.id]?.mergedInto {
            return "\(was) was merged into \(into) “\(preview.themes[into]?.name ?? into)”"
        }
        if preview.isGone(option.id) { return "\(was) was removed" }
        return "\(was) is no longer among `\(source ?? "its options")`"
    }

    /// " The marks for it on 1 of 3 ballots no longer count.", or for room totals, " Its room total no longer counts."
    private func droppedMarks(_ gone: [String], key: String, in preview: SessionState) -> String {
        guard !gone.isEmpty else { return "" }
        let ballots = preview.ballots(of: key)
        let marking = ballots.filter { $0.marks.options.contains(where: gone.contains) }.count
        if marking > 0 {
            return " The marks for \(gone.count == 1 ? "it" : "them") on \(marking) of \(Plural.count(ballots.count, "ballot")) no longer count."
        }
        let totals = preview.votes[key]?.tally.filter { gone.contains($0.option) && $0.count > 0 } ?? []
        guard !totals.isEmpty else { return "" }
        return totals.count == 1 ? " Its room total no longer counts." : " Their room totals no longer count."
    }

    /// Refuses a change that would leave the current step impossible to work
    /// out, before anything is written.
    private func checkStepStillRuns(in preview: SessionState, reopened: [Recount]) throws(SessionError) {
        do {
            _ = try steps(of: currentStep.stage, upTo: currentStep.index, state: preview)
        } catch {
            guard let first = reopened.first, let problem = first.problem else { throw error }
            let stage = String(first.vote.split(separator: "/").first ?? "")
            throw SessionError(
                "this would open vote `\(SessionState.voteName(of: first.vote))` again (\(first.reason); \(problem.message)), "
                    + "and this step needs its count",
                help: "`:goto \(stage)`, make the change there, and count the vote again with `:next`")
        }
    }
}
