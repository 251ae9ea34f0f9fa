import ConveneLanguage

/// Where a move took the session.
public struct Arrival: Sendable {
    /// The step now current.
    public var step: Step
    /// Whether the move entered a different stage.
    public var newStage: Bool
    /// Day changes passed on the way (and breaks gone past without waiting at them).
    public var agenda: [AgendaEntry]
    /// The vote counted when leaving a vote step.
    public var counted: CountedResult?
    /// Whether the move completed the last step of the workshop.
    public var finished: Bool
    /// Stages (or the rest of them) gone past on `:skip` because the script
    /// failed working them out, each with the error it failed with.
    public var skippedStages: [(stage: String, error: String)] = []
}

extension Session {
    /// Completes the current step (a vote is counted) and moves to the next
    /// step, the next stage, or the end of the workshop.
    public func next() throws(SessionError) -> Arrival {
        var events: [JournalEvent] = []
        var preview = state
        var counted: CountedResult?
        if case .vote(let vote) = currentStep.kind, state.votes[currentStep.key]?.result == nil {
            let event = try count(vote, key: currentStep.key)
            events.append(event)
            preview.apply(event, at: clock.now())
            counted = preview.votes[currentStep.key]?.result
        }
        return try advance(events: events, preview: preview, counted: counted)
    }

    /// Moves on without completing the current step (a vote stays uncounted).
    /// A part of the script that fails when it runs (a member a value lacks,
    /// say) is gone past too: the rest of the stage, or whole stages, so a
    /// mistake in the script never holds the room up.
    public func skip() throws(SessionError) -> Arrival {
        try advance(events: [], preview: state, counted: nil, pastScriptErrors: true)
    }

    private func advance(
        events: [JournalEvent], preview: SessionState, counted: CountedResult?, pastScriptErrors: Bool = false
    ) throws(SessionError) -> Arrival {
        guard !state.finished else {
            throw SessionError("the workshop is complete; there is no step after this one", help: "`:back` reopens its last step; `:quit` leaves")
        }
        var events = events
        let stage = currentStep.stage
        let following = currentStep.index + 1
        var skipped: [(stage: String, error: String)] = []
        let here = try stepsOrSkip(
            of: stage, upTo: following, state: preview, skipping: pastScriptErrors, counted: counted, into: &skipped)
        var target: Step?
        var agenda: [AgendaEntry] = []
        if here.count > following {
            target = here[following]
            agenda = model.headings(after: stage, from: currentStep.agendaPlace, to: here[following].agendaPlace)
        } else if var stageIndex = model.stageIndex(stage) {
            // The stage's breaks are behind: what is left after it is announced
            // (and a stage gone past is announced whole, breaks and all).
            var place = currentStep.agendaPlace
            while target == nil, stageIndex + 1 < model.stageNames.count {
                agenda += model.headings(after: model.stageNames[stageIndex], from: place, to: .max, breaks: true)
                place = 0
                stageIndex += 1
                target = try stepsOrSkip(
                    of: model.stageNames[stageIndex], upTo: 0, state: preview, skipping: pastScriptErrors, counted: counted,
                    into: &skipped).first
            }
        }
        guard let target else {
            events.append(.finished)
            try commit(events)
            return Arrival(step: currentStep, newStage: false, agenda: [], counted: counted, finished: true, skippedStages: skipped)
        }
        events.append(.entered(stage: target.stage, index: target.index, step: target.id, definition: target.definition))
        try commit(events)
        currentStep = target
        return Arrival(
            step: target, newStage: target.stage != stage, agenda: agenda, counted: counted, finished: false,
            skippedStages: skipped)
    }

    /// A stage's steps; when the script fails working them out, nothing
    /// (noting the stage as skipped) if `skipping`, else the error with how
    /// to go on past it, after the count of the vote being left (which is
    /// not kept: the vote stays open to settle what the script needs).
    private func stepsOrSkip(
        of stage: String, upTo index: Int, state: SessionState, skipping: Bool, counted: CountedResult?,
        into skipped: inout [(stage: String, error: String)]
    ) throws(SessionError) -> [Step] {
        do {
            return try steps(of: stage, upTo: index, state: state)
        } catch where error.kind == .script {
            guard skipping else {
                let count = counted?.note.map { "The count, not kept yet:\n" + $0 + "\n" } ?? ""
                throw SessionError(
                    count + error.message + "Nothing was lost; `:skip` goes on past this part of the script.\n",
                    kind: .script)
            }
            skipped.append((stage, error.message))
            return []
        }
    }

    /// Goes back one step, into the previous stage's last step (or the break
    /// after it) when at a stage's start.
    public func back() throws(SessionError) -> Arrival {
        let stage = currentStep.stage
        let target: Step
        if state.finished {
            target = currentStep
        } else if currentStep.index > 0 {
            target = try steps(of: stage, upTo: currentStep.index - 1)[currentStep.index - 1]
        } else if let stageIndex = model.stageIndex(stage), stageIndex > 0 {
            let walked = try steps(of: model.stageNames[stageIndex - 1], upTo: nil)
            target = walked[walked.count - 1]
        } else {
            throw SessionError("this is the first step of the workshop; there is nothing before it")
        }
        let fromBreak = currentStep.isBreak
        try commit([.entered(stage: target.stage, index: target.index, step: target.id, definition: target.definition)])
        currentStep = target
        return Arrival(step: target, newStage: target.stage != stage || fromBreak, agenda: [], counted: nil, finished: false)
    }

    /// Jumps to the first step of a stage, named in full or by a start no
    /// other stage's name has (`sort-w`), whatever the case, past any break
    /// on the way. Arriving on another day than the one left, the day is
    /// announced.
    public func goTo(stage typed: String) throws(SessionError) -> Arrival {
        let name = try stageName(typed)
        let from = currentStep
        let target = try steps(of: name, upTo: 0)[0]
        try commit([.entered(stage: target.stage, index: target.index, step: target.id, definition: target.definition)])
        currentStep = target
        // The days between this stage and the next; a break is gone past, not announced.
        let nextStage = model.stageIndex(name) == model.stageIndex(from.stage).map { $0 + 1 }
        var agenda = nextStage ? model.headings(after: from.stage, from: from.agendaPlace, to: .max) : []
        // A jump onto another day says which, as `:next` does when a day begins.
        if let day = model.day(of: name), day.index != model.day(of: from.stage)?.index,
           !agenda.contains(where: { if case .day = $0 { true } else { false } }) {
            agenda.append(.day(title: day.title))
        }
        // Even to the stage the room is in: a jump names where it lands.
        return Arrival(step: target, newStage: true, agenda: agenda, counted: nil, finished: false)
    }

    /// The stage a typed name stands for; when none, "did you mean …?" with
    /// the names it was likely meant for, or else every stage's name.
    private func stageName(_ typed: String) throws(SessionError) -> String {
        let quoted = { (names: [String]) in NameMatching.didYouMean(names.map { "`\($0)`" }) }
        switch NameMatching.match(typed, in: model.stageNames, names: { [$0] }) {
        case .found(let name):
            return name
        case .ambiguous(let names):
            throw SessionError("`\(typed)` is the start of more than one stage", help: quoted(names))
        case .unknown(let likely):
            throw SessionError(
                "there is no stage `\(typed)`",
                help: likely.isEmpty ? "the stages are: \(model.stageNames.joined(separator: ", "))" : quoted(likely))
        }
    }

    /// Takes back the last action (an item, a ballot, a move …) and returns its events.
    public func undo() throws(SessionError) -> [JournalEvent] {
        guard let action = lastUndoableAction() else {
            throw SessionError("there is nothing to undo")
        }
        let undone = events(ofAction: action)
        try commit([.undone(action: action)], undoable: false)
        rebuildState()
        try refreshCurrentStep()
        return undone
    }

    /// Records a pause (a break, or stopping for the day); resume with `convene resume`.
    public func pause(reason: String?) throws(SessionError) {
        try commit([.paused(reason: reason)], undoable: false)
    }
}
