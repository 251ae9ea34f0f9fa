import ConveneLanguage
import ConveneText

/// Reads what the facilitator types, line by line, and drives a `Session`:
/// a line starting with `:` is a command, any other line answers what is
/// being asked now. It knows nothing about terminals, so a line-editing
/// REPL, a pipe and a test all use it the same way.
public final class CommandInterpreter {
    public let session: Session
    /// Set once the facilitator paused or quit, or input ended.
    public private(set) var hasStopped = false
    /// The talk step whose notes were last explained.
    private var hintedTalkStep: String?
    private var presenter: StepPresenter { StepPresenter(session: session) }

    /// Said when the last step is done, and when a finished session is resumed.
    public static let completionNotice = "The workshop is complete; :back reopens its last step, :quit leaves."

    public init(session: Session) {
        self.session = session
    }

    /// What to type at: `gather/working> `.
    public var prompt: String { "\(session.currentStep.stage)/\(session.currentStep.id)> " }

    /// The messages that open a run or a resume: the stage and the current step.
    public func opening() -> [SessionMessage] {
        let title = SessionMessage.info("\(session.header.title) — session folder \(session.folder)")
        let step = session.currentStep
        // A finished workshop names its last stage, where :back goes, and says it is complete.
        if session.isFinished {
            return [title, presenter.stageHeader(step.stage), .info(Self.completionNotice)]
        }
        let arrival = Arrival(
            step: step, newStage: true,
            agenda: step.index == 0 && session.model.stageIndex(step.stage) == 0 ? session.model.agendaBetween(nil, step.stage) : [],
            counted: nil, finished: false)
        return [title] + presenter.arrival(arrival)
    }

    /// Runs until input ends or the facilitator stops: reads lines from the host and shows the replies.
    public func run(host: SessionHost) {
        for message in opening() { host.show(message) }
        while !hasStopped {
            guard let line = host.readLine(prompt: prompt) else {
                for message in endOfInput() { host.show(message) }
                return
            }
            for message in handle(line) { host.show(message) }
        }
    }

    /// Handles one typed line.
    public func handle(_ line: String) -> [SessionMessage] {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty else { return [] }
        do throws(SessionError) {
            if trimmed.hasPrefix(":") { return try command(trimmed) }
            return try answer(trimmed)
        } catch {
            return [SessionMessage(error)]
        }
    }

    /// Input ended (end of a pipe, Ctrl-D): pause so the session can be resumed.
    public func endOfInput() -> [SessionMessage] {
        guard !hasStopped else { return [] }
        return stop(reason: "input ended", farewell: "Input ended")
    }

    /// The process is being ended (SIGTERM, a terminal hanging up): pause,
    /// saying why, and write the outputs, as when input ends.
    public func processEnding(reason: String) -> [SessionMessage] {
        guard !hasStopped else { return [] }
        return stop(reason: reason, farewell: "Paused (\(reason))")
    }

    // MARK: Answers

    private func answer(_ line: String) throws(SessionError) -> [SessionMessage] {
        let step = session.currentStep
        if let pause = step.pause { throw refuseAtBreak(line, pause) }
        switch step.kind {
        case .talk:
            try refuseMisplacedAtTalk(line)
            let note = try session.addNote(line)
            return [.acknowledged(id: note.id, text: "note: \(note.text)")] + talkStepHint()
        case .prompt(let prompt):
            try refuseMisplaced(line, at: prompt)
            let (tag, text) = prompt.tagKind == nil ? (nil, line) : LineParsing.tagged(line)
            let item = try session.addItem(text, tag: tag)
            return [.acknowledged(id: item.id, text: presenter.itemLine(item).dropFirst(item.id.count + 1).description)]
        case .cluster:
            let (name, ids) = try themeLine(line)
            return try makeTheme(name, ids)
        case .vote(let vote):
            guard LineShape.hasMarks(line) else { throw notABallot(line, vote) }
            return try ballot(line, vote)
        case .place:
            if let (id, direction, steps) = LineParsing.spokenNudge(line) {
                return try nudged(id, direction, steps: steps)
            }
            guard let (id, x, y) = try? LineParsing.position(line) else {
                throw SessionError(
                    "expected an idea and a position, or a nudge",
                    help: "`i3 2 4` places i3 at x 2, y 4; `i3 higher`, `i3 lower 2`, `i3 left`, `i3 right` nudge it")
            }
            return placed(id, try session.place(id, x: x, y: y))
        case .actions:
            let (id, owner, firstStep, due) = try LineParsing.action(line)
            return actionSet(try session.setAction(id, owner: owner, firstStep: firstStep, due: due))
        }
    }

    // MARK: Commands

    private func command(_ line: String) throws(SessionError) -> [SessionMessage] {
        let (name, rest) = LineParsing.command(line)
        guard let spec = CommandCatalog.command(named: name) else {
            let suggestion = Suggestions.closest(to: name.lowercased(), in: CommandCatalog.allNames)
            throw SessionError(
                "unknown command `:\(name)`" + (suggestion.map { "; did you mean `:\($0)`?" } ?? ""),
                help: "type :help for the list of commands")
        }
        switch spec.name {
        case "next":
            let unfinished = loose()
            return unfinished + (try moved(session.next()))
        case "back": return try moved(session.back())
        case "skip": return try moved(session.skip())
        case "goto":
            guard !rest.isEmpty else { throw SessionError("which stage?", help: "the stages are: " + session.model.stageNames.joined(separator: ", ")) }
            return try moved(session.goTo(stage: rest))
        case "where": return presenter.here(session.currentStep)
        case "list": return presenter.list(session.currentStep)
        case "status": return RoomViews(session: session).status()
        case "themes": return RoomViews(session: session).themes()
        case "results": return RoomViews(session: session).results()
        case "grid": return try RoomViews(session: session).grid(rest)
        case "undo": return try undo()
        case "pause": return stop(reason: rest.isEmpty ? nil : rest, farewell: "Paused")
        case "quit": return stop(reason: "quit", farewell: "Stopped")
        case "help": return help(rest)
        case "note":
            let note = try session.addNote(rest)
            return [.acknowledged(id: note.id, text: "note: \(note.text)")]
        case "edit": return try edit(rest)
        case "remove":
            let id = try LineParsing.ids(rest, usage: spec.usage)
            guard id.count == 1 else { throw SessionError("remove one thing at a time", help: "`:remove \(id[0])`") }
            let removal = try session.remove(id[0])
            return [.info("removed " + removal.value + (removal.dropped.map { "; " + $0 } ?? ""))] + recounted(removal.recounts)
        case "theme":
            let (name, ids) = try themeLine(rest)
            return try makeTheme(name, ids)
        case "move": return try move(rest, usage: spec.usage)
        case "merge":
            let (from, into) = try LineParsing.split(rest, on: "into", usage: spec.usage) { _ in true }
            let merge = try session.mergeThemes(from, into: into)
            return [.acknowledged(id: merge.value.id, text: themeSummary(merge.value))] + (merge.dropped.map { [.info($0)] } ?? [])
                + recounted(merge.recounts)
        case "rename": return try rename(rest, usage: spec.usage)
        case "vote": return try ballot(rest, try session.currentVote())
        case "tally":
            let totals = try session.recordTally(try LineParsing.counts(rest, usage: spec.usage))
            return [.acknowledged(id: "tally", text: totals.map { "\($0.option)=\($0.count)" }.joined(separator: " "))]
                + untallied(totals)
        case "order":
            let order = try LineParsing.ids(rest, usage: spec.usage)
            try session.orderTies(order)
            return [.acknowledged(id: "order", text: order.joined(separator: " > ") + "; :next counts the vote")]
        case "place":
            let (id, x, y) = try LineParsing.position(rest)
            return placed(id, try session.place(id, x: x, y: y))
        case "nudge": return try nudge(rest, usage: spec.usage)
        case "higher", "lower", "left", "right":
            let (id, steps) = try LineParsing.nudge(rest, usage: spec.usage)
            return try nudged(id, Nudge(rawValue: spec.name)!, steps: steps)
        case "action":
            let (id, owner, firstStep, due) = try LineParsing.action(rest)
            return actionSet(try session.setAction(id, owner: owner, firstStep: firstStep, due: due))
        case "owner", "step", "due":
            let (id, text) = try LineParsing.idAndText(rest, usage: spec.usage)
            return actionSet(try session.setAction(
                id, owner: spec.name == "owner" ? text : nil, firstStep: spec.name == "step" ? text : nil,
                due: spec.name == "due" ? text : nil))
        default:
            return help(spec.name)
        }
    }

    private func moved(_ arrival: Arrival) throws(SessionError) -> [SessionMessage] {
        var messages: [SessionMessage] = []
        if let counted = arrival.counted {
            messages += (counted.note ?? "").split(separator: "\n").map { .info(String($0)) }
        }
        for (stage, error) in arrival.skippedStages {
            messages += [
                .scriptError(error),
                .warning("went past stage `\(stage)`, which cannot be worked out (above); `:goto \(stage)` once that is put right"),
            ]
        }
        if arrival.finished {
            // The session stays open, as a resumed finished one does: lines typed
            // after the last step are heard, and `:back` can still reopen it.
            return messages + writeOutputs(quiet: true) + [
                .info(Self.completionNotice),
            ]
        }
        messages += presenter.arrival(arrival)
        if arrival.newStage || arrival.step.isBreak { messages += writeOutputs(quiet: true) }
        return messages
    }

    /// Warnings about what the current step leaves undone, said when moving on.
    private func loose() -> [SessionMessage] {
        switch session.currentStep.kind {
        case .cluster:
            let unsorted = session.unsortedItems().map(\.id)
            return unsorted.isEmpty ? [] : [.warning("not in any theme: \(unsorted.joined(separator: " ")) (`:back` to sort them)")]
        case .place:
            let unplaced = session.unplacedItems().map(\.id)
            let onALine = session.ideasOnAMiddleLine().map(\.id)
            return (unplaced.isEmpty ? [] : [.warning("not on the grid: \(unplaced.joined(separator: " ")) (`:back` to place them)")])
                + (onALine.isEmpty ? [] : [.warning("on a middle line, so in no quadrant: \(onALine.joined(separator: " ")) (`:back` to nudge them into one)")])
        case .actions(let plan):
            let actions = session.state.plans[plan.plan] ?? []
            let open = plan.ideas.filter { idea in
                guard let action = actions.first(where: { $0.idea == idea.id }) else { return true }
                return action.owner == nil || action.firstStep == nil || action.due == nil
            }.map(\.id)
            return open.isEmpty ? [] : [.warning("no complete action yet for: \(open.joined(separator: " ")) (`:back` to finish them)")]
        default:
            return []
        }
    }

    /// Said once per step, the first time a line is typed at a talk step that
    /// follows another in its stage: answers typed there after `:next` from a
    /// question would otherwise quietly become notes.
    private func talkStepHint() -> [SessionMessage] {
        let step = session.currentStep
        guard step.index > 0, hintedTalkStep != step.key else { return [] }
        hintedTalkStep = step.key
        return [.info("This step is talk only, so lines typed here are kept as notes; :back returns to the step before, :next goes on.")]
    }

    private func undo() throws(SessionError) -> [SessionMessage] {
        let undone = try session.undo()
        let words = undone.map(describe).joined(separator: "; ")
        return [.info("Undid: \(words)"), .info("Now at \(session.describe(session.currentStep)) in stage `\(session.currentStep.stage)`.")]
    }

    private func stop(reason: String?, farewell: String) -> [SessionMessage] {
        var messages: [SessionMessage] = []
        let finished = session.isFinished
        if !finished {
            do {
                try session.pause(reason: reason)
            } catch {
                messages.append(SessionMessage(error))
            }
        }
        hasStopped = true
        messages += writeOutputs(quiet: false)
        session.close()
        messages.append(.info(finished
            ? "The workshop is complete. Everything is in \(session.folder)."
            : "\(farewell). Everything typed is saved; continue with: \(session.programName) resume \(session.folder)"))
        return messages
    }

    private func writeOutputs(quiet: Bool) -> [SessionMessage] {
        let report = OutputWriter(snapshot: session.snapshot).writeAll()
        var messages = report.problems.map { SessionMessage.warning($0) }
        if !quiet, !report.written.isEmpty {
            messages.append(.info("Wrote " + report.written.joined(separator: ", ") + "."))
        }
        return messages
    }

    private func help(_ topic: String) -> [SessionMessage] {
        let name = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if name.lowercased() == "all" {
            return (CommandCatalog.helpLines() + CommandCatalog.keys).map(SessionMessage.info)
        }
        if !name.isEmpty {
            guard let spec = CommandCatalog.command(named: name) else {
                let suggestion = Suggestions.closest(to: name, in: CommandCatalog.allNames)
                return [.error("unknown command `:\(name)`" + (suggestion.map { "; did you mean `:\($0)`?" } ?? ""), help: "type :help for the list")]
            }
            return CommandCatalog.helpLines(for: spec, named: name.lowercased()).map(SessionMessage.info)
        }
        let shown = ["moving", CommandCatalog.group(for: session.currentStep.kind)]
        let rest = Set(CommandCatalog.commands.map(\.group)).subtracting(shown)
        let more = rest.isEmpty ? [] : ["More: `:help all` lists every command; `:help COMMAND` explains one."]
        return CommandCatalog.helpLines(groups: shown).map(SessionMessage.info)
            + (more + CommandCatalog.keys + ["Now: " + session.help(for: session.currentStep)]).map(SessionMessage.info)
    }

    // MARK: Command bodies

    private func makeTheme(_ name: String, _ ids: [String]) throws(SessionError) -> [SessionMessage] {
        let before = themesHolding(ids)
        let theme = try session.createTheme(name, items: ids)
        return [.acknowledged(id: theme.id, text: themeSummary(theme))] + takenFrom(before, into: theme)
    }

    /// Options of the vote with no total typed yet: counted as 0 unless
    /// typed, which the room should hear before `:next` counts.
    private func untallied(_ totals: [OptionCount]) -> [SessionMessage] {
        guard case .vote(let vote) = session.currentStep.kind else { return [] }
        let missing = vote.options.map(\.id).filter { id in !totals.contains { $0.option == id } }
        guard !missing.isEmpty else { return [] }
        return [.info("no total yet for \(missing.joined(separator: " ")): counted as 0 unless typed")]
    }

    /// The theme of this clustering each item is in now, if any.
    private func themesHolding(_ ids: [String]) -> [(item: String, theme: Theme)] {
        guard case .cluster(let cluster) = session.currentStep.kind else { return [] }
        return ids.compactMap { id in
            session.state.themes(holding: id).first { $0.themes == cluster.themes }.map { (id, $0) }
        }
    }

    /// Says which items a theme line or `:move` took out of another theme,
    /// so an item is never moved without the room hearing of it.
    private func takenFrom(_ before: [(item: String, theme: Theme)], into theme: Theme) -> [SessionMessage] {
        let moved = before.filter { $0.theme.id != theme.id }
        guard !moved.isEmpty else { return [] }
        let sources = Dictionary(grouping: moved, by: \.theme.id).sorted { $0.key.count != $1.key.count ? $0.key.count < $1.key.count : $0.key < $1.key }
        return sources.map { _, entries in
            let from = entries[0].theme
            return .info("\(entries.map(\.item).joined(separator: " ")) moved out of \(from.id) “\(from.name)”")
        }
    }

    private func move(_ rest: String, usage: String) throws(SessionError) -> [SessionMessage] {
        let (left, right) = try LineParsing.split(rest, on: "to", usage: usage) { left in
            LineParsing.words(left).allSatisfy(LineParsing.isID)
        }
        let ids = try LineParsing.ids(left, usage: usage)
        let before = themesHolding(ids)
        let theme = try session.moveItems(ids, to: right)
        return [.acknowledged(id: theme.id, text: themeSummary(theme))] + takenFrom(before, into: theme)
    }

    private func rename(_ rest: String, usage: String) throws(SessionError) -> [SessionMessage] {
        let names = Set(session.state.themes.values.filter { !$0.removed }.flatMap { [$0.id, $0.name.lowercased()] })
        let (old, new) = try LineParsing.split(rest, on: "to", usage: usage) { names.contains($0.lowercased()) || names.contains($0) }
        let rename = try session.renameTheme(old, to: new)
        return [.acknowledged(id: rename.value.id, text: "renamed to \(rename.value.name)")] + recounted(rename.recounts)
    }

    private func edit(_ rest: String) throws(SessionError) -> [SessionMessage] {
        let (id, text) = try LineParsing.idAndText(rest, usage: ":edit ID [TAG:] TEXT")
        let item = try session.liveItem(id)
        // Read as an answer to the item's prompt is read: `TAG: text` only where the prompt is tagged.
        let (tag, body) = session.tags(of: item).isEmpty ? (nil, text) : LineParsing.tagged(text)
        let edit = try session.editItem(id, text: body, tag: tag)
        let edited = edit.value
        return [.acknowledged(id: edited.id, text: "now: " + presenter.itemLine(edited).dropFirst(edited.id.count + 1))] + recounted(edit.recounts)
    }

    private func ballot(_ text: String, _ vote: VoteStep) throws(SessionError) -> [SessionMessage] {
        let usage = vote.rule.mode == .room
            ? ":tally \(session.tallyExample(vote))" : ":vote \(vote.rule.mode == .named ? "NAME: " : "")\(session.example(vote))"
        let (voter, marks) = try LineParsing.ballot(text, method: vote.rule.method, usage: usage)
        let ballot = try session.castBallot(voter: voter, marks: marks)
        let count = session.currentBallots().count
        return [.acknowledged(id: ballot.id, text: (ballot.voter.map { "\($0): " } ?? "") + presenter.marksText(ballot.marks) + " (\(Plural.count(count, "ballot")))")]
    }

    /// Counted votes a change counted again: the new count (a name alone, its
    /// first line), or what to do when the vote is open again.
    private func recounted(_ recounts: [Recount]) -> [SessionMessage] {
        recounts.flatMap { recount -> [SessionMessage] in
            let name = SessionState.voteName(of: recount.vote)
            guard let result = recount.result else {
                return [.error("vote `\(name)` is open again: \(recount.reason); \(recount.problem?.message ?? "")", help: recount.problem?.help)]
            }
            let lines = (result.note ?? "").split(separator: "\n").map(String.init)
            let first = lines.first.map { $0.prefix(1).lowercased() + $0.dropFirst() } ?? "counted again."
            return [.info("Vote `\(name)` " + first)]
                + (recount.namesOnly ? [] : lines.dropFirst().map { .info($0) })
        }
    }

    /// `:nudge ID DIRECTION [N]`, read as a spoken nudge is, so `up` and
    /// `down` work here too and the words may come in either order.
    private func nudge(_ rest: String, usage: String) throws(SessionError) -> [SessionMessage] {
        guard let (id, direction, steps) = LineParsing.spokenNudge(rest) else {
            throw SessionError("expected an idea and a direction: higher (up), lower (down), left or right", help: "write it as `\(usage)`")
        }
        return try nudged(id, direction, steps: steps)
    }

    /// Nudges an idea, saying so when it stopped at the edge of the grid or
    /// was there already, and when it was not on the grid and so moved from the centre.
    private func nudged(_ id: String, _ direction: Nudge, steps: Int) throws(SessionError) -> [SessionMessage] {
        let wasPlaced = session.isPlaced(id)
        let nudge = try session.nudge(id, direction, steps: steps)
        let at = nudge.placement
        if wasPlaced, nudge.moved == 0 {
            return [.info("\(id) is at the \(direction.edge) already, at \(at.x),\(at.y) — \(area(of: at)); nothing moved")]
        }
        var messages = placed(id, at)
        if nudge.stoppedAtEdge {
            messages.insert(.info("\(id) stopped at the \(direction.edge): \(steps) \(direction.rawValue) would have gone past it"), at: 1)
        }
        return wasPlaced ? messages : messages + [.info("\(id) was not on the grid yet, so it was nudged from the centre")]
    }

    /// `Meetings (1 item)`.
    private func themeSummary(_ theme: Theme) -> String {
        let count = session.state.items(of: theme.id).count
        return "\(theme.name) (\(Plural.count(count, "item")))"
    }

    /// `saved i3: at 2,4 — Quick wins`, and what the room should know of
    /// the idea's action elsewhere.
    private func placed(_ id: String, _ placement: Placement) -> [SessionMessage] {
        let plans = session.state.plans(holding: id)
        let kept: [SessionMessage] = plans.isEmpty ? [] : [
            .info("\(id) has an action in \(plans.map { "`\($0)`" }.joined(separator: ", ")); it stays there wherever \(id) is placed"),
        ]
        return [.acknowledged(id: id, text: "at \(placement.x),\(placement.y) — \(area(of: placement))")] + kept
    }

    /// Where a placement falls on the grid being placed, in words.
    private func area(of placement: Placement) -> String {
        guard case .place(let place) = session.currentStep.kind else { return "" }
        if let quadrant = GridGeometry.quadrant(of: placement, in: place.grid) {
            return quadrant.label
        } else if GridGeometry.isOnMiddleLine(placement, scale: place.grid.scale) {
            return place.grid.quadrants.isEmpty ? "on a middle line" : "on a middle line: nudge it into a quadrant"
        }
        return "in no quadrant"
    }

    private func actionSet(_ action: ActionRecord) -> [SessionMessage] {
        [.acknowledged(id: action.idea, text: presenter.actionText(action))]
    }

    /// An undone event in words.
    private func describe(_ event: JournalEvent) -> String {
        switch event {
        case let .itemAdded(id, _, _, _, text, _, _): "item \(id) (\(text))"
        case let .itemEdited(id, _, _): "the edit of \(id)"
        case .removed(let id): "the removal of \(id)"
        case let .themeCreated(id, name, _): "theme \(id) (\(name))"
        case let .themeRenamed(id, _): "the renaming of \(id)"
        case let .itemsMoved(items, theme): "moving \(items.joined(separator: " ")) to \(theme)"
        case let .themesMerged(from, into): "merging \(from) into \(into)"
        case let .ballotCast(id, _, _, _): "ballot \(id)"
        case .tallyRecorded: "the room totals"
        case .tiesOrdered: "the tie order"
        case .voteCounted: "the count of the vote"
        case let .voteReopened(vote, _): "opening vote `\(SessionState.voteName(of: vote))` again"
        case let .placed(_, item, _, _, how): "\(how) \(item)"
        case let .actionSet(_, idea, _, _, _): "the action for \(idea)"
        case let .noted(id, _): "note \(id)"
        case let .entered(stage, _, step, definition):
            BreakStep.isBreak(definition) ? "moving to the break after stage `\(stage)`" : "moving to `\(step)` in stage `\(stage)`"
        case .finished: "finishing the workshop"
        case .paused, .resumed, .undone, .scriptChanged: "a bookkeeping event"
        }
    }
}
