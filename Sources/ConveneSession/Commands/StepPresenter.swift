import ConveneLanguage
import ConveneText

/// Words for a step: what to say on arriving, what is asked, what it holds so far.
struct StepPresenter {
    let session: Session

    /// The messages for arriving at a step.
    func arrival(_ arrival: Arrival) -> [SessionMessage] {
        var messages: [SessionMessage] = arrival.agenda.map { entry in
            switch entry {
            case let .breakTime(title, seconds): .agenda("\(title) (\(ValueFormat.duration(seconds)))")
            case .day(let title): .agenda(title)
            case .stage(let stage): .agenda(stage.name.name)
            }
        }
        if arrival.newStage, !arrival.step.isBreak { messages.append(stageHeader(arrival.step.stage)) }
        return messages + introduce(arrival.step)
    }

    /// Where the room is, for `:where`: the stage's header (or at a break,
    /// the break's) and what is asked.
    func here(_ step: Step) -> [SessionMessage] {
        (step.isBreak ? [] : [stageHeader(step.stage)]) + introduce(step)
    }

    /// `== Stage 2 of 6: What is working (gather, 1h30m) ==`.
    func stageHeader(_ name: String) -> SessionMessage {
        let model = session.model
        let stage = model.stages[name]
        let interpreter = session.interpreter()
        var title = name
        if let literal = stage?.title,
           let value = try? interpreter.evaluateStandalone(Expression(.string(literal), range: literal.range), path: model.mainPath) {
            title = interpreter.display(value)
        }
        var timebox = ""
        if let expression = stage?.timebox, let value = try? interpreter.evaluateStandalone(expression, path: model.mainPath) {
            timebox = interpreter.display(value)
        }
        return .stage(number: (model.stageIndex(name) ?? 0) + 1, total: model.stageNames.count, name: name, title: title, timebox: timebox)
    }

    /// What is said and asked at a step.
    func introduce(_ step: Step) -> [SessionMessage] {
        if let pause = step.pause {
            return [.agenda("\(pause.title) (\(ValueFormat.duration(pause.seconds)))"), .info(Self.breakNotice(pause))]
        }
        var messages = step.sayings.map(SessionMessage.say)
        let unsaid = unsaidLoopValues(step)
        if !unsaid.isEmpty {
            messages.append(.info("(" + unsaid.map { "\($0.variable): \($0.text)" }.joined(separator: "; ") + ")"))
        }
        switch step.kind {
        case .talk:
            messages.append(.info("(:next to go on)"))
        case .prompt(let prompt):
            messages.append(.ask(prompt.question))
            if let kind = prompt.tagKind {
                let names = prompt.tags.map { "\($0.name) (\($0.label))" }.joined(separator: ", ")
                messages.append(.info("Type each answer as \(kind.rawValue.uppercased()): TEXT — \(TagMatching.plural(kind)): \(names). :next when done."))
            } else {
                messages.append(.info("Type each answer on its own line. :next when done."))
            }
        case .cluster(let cluster):
            messages.append(.ask("Group the \(Plural.count(cluster.items.count, "item")) of `\(cluster.source)` into themes (`\(cluster.themes)`)."))
            messages.append(.info("`:theme NAME: i1 i2 …` makes a theme; `:move`, `:merge`, `:rename` change them; :list shows them; :next when done."))
            messages += list(step)
        case .vote(let vote):
            messages.append(.ask("Vote `\(vote.name)` on `\(vote.source)`: \(VoteRuleDescription.summary(vote.rule))."))
            messages += optionLines(vote.options)
            if vote.options.isEmpty {
                messages.append(.info("There is nothing to vote on: `\(vote.source)` is empty. :back to add some, or :skip to move on without this vote."))
            } else if vote.rule.mode == .room {
                messages.append(.info("Type the totals as `:tally \(session.tallyExample(vote))`. :next counts the vote."))
            } else {
                messages.append(.info("Type each ballot as `\(vote.rule.mode == .named ? "NAME: " : "")\(session.example(vote))`. :next counts the vote."))
            }
        case .place(let place):
            let grid = place.grid
            messages.append(.ask("Place each idea on “\(grid.title)”: x is \(grid.x.label) (1 \(grid.x.lowLabel) → \(grid.scale) \(grid.x.highLabel)), "
                + "y is \(grid.y.label) (1 \(grid.y.lowLabel) → \(grid.scale) \(grid.y.highLabel))."))
            messages.append(.info("`i3 2 4` places an idea; `i3 higher`, `i3 lower 2`, `i3 left`, `i3 right` nudge it; :grid draws the grid. :next when done."))
            messages += list(step)
        case .actions(let plan):
            messages.append(.ask("Action plan `\(plan.plan)`: an owner, a first step and a date for each idea."))
            messages.append(.info("Type `i3 OWNER | FIRST STEP | YYYY-MM-DD`, or use `:owner`, `:step`, `:due`. :next when done."))
            messages += list(step)
        }
        return messages
    }

    /// The loop values the step's own words do not show: the facilitator
    /// needs to know which theme or idea the step is about, but a `say` or a
    /// question that names it already tells them (`Theme: “Respite”.`).
    private func unsaidLoopValues(_ step: Step) -> [LoopBinding] {
        var texts = step.sayings
        if case .prompt(let prompt) = step.kind { texts.append(prompt.question) }
        return step.loop.filter { binding in !texts.contains { Self.shows(binding.text, in: $0) } }
    }

    /// Whether `value` is in `text` as a whole, not as part of a longer word:
    /// “Car” is not shown by “Carers”.
    static func shows(_ value: String, in text: String) -> Bool {
        guard let first = value.first else { return false }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == first, text[index...].hasPrefix(value) {
                let end = text.index(index, offsetBy: value.count)
                let before = index == text.startIndex ? nil : text[text.index(before: index)]
                let after = end == text.endIndex ? nil : text[end]
                if !Self.isWordCharacter(before), !Self.isWordCharacter(after) { return true }
            }
            index = text.index(after: index)
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }

    /// What a break is for the facilitator: its own time, and what `:next` does after it.
    static func breakNotice(_ pause: BreakStep) -> String {
        guard let next = pause.nextStage else { return "A break. :next completes the workshop when the room is back." }
        return "A break: the next stage's time has not started. :next starts stage `\(next)` when the room is back."
    }

    /// What a step holds so far, for `:list`.
    func list(_ step: Step) -> [SessionMessage] {
        let state = session.state
        if step.isBreak {
            let notes = state.notes.filter { !$0.removed && $0.stage == step.stage && $0.step == step.id }
            return notes.isEmpty ? [.info("Nothing is collected during a break.")] : notes.map { .listing("\($0.id)  \($0.text)") }
        }
        switch step.kind {
        case .talk:
            let notes = state.notes.filter { !$0.removed && $0.stage == step.stage }
            return notes.isEmpty ? [.info("No notes in this stage yet.")] : notes.map { .listing("\($0.id)  \($0.text)") }
        case .prompt(let prompt):
            let items = state.items(in: prompt.collection).filter { $0.stage == step.stage && $0.step == step.id }
            // A recount can move a loop's step on to another value; answers given before stay theirs.
            let now = items.filter { $0.loop == step.loop }
            var lines: [SessionMessage] = now.isEmpty ? [.info("No answers yet.")] : now.map { .listing(itemLine($0)) }
            let before = items.filter { $0.loop != step.loop }
            if !before.isEmpty {
                lines.append(.info("Answered when this step was about something else (a vote was counted again since):"))
                lines += before.map { .listing(itemLine($0) + "  (" + $0.loop.map { "\($0.variable): \($0.text)" }.joined(separator: "; ") + ")") }
            }
            return lines
        case .cluster(let cluster):
            var lines: [SessionMessage] = []
            for theme in state.themes(in: cluster.themes) {
                lines.append(.listing("\(theme.id)  \(theme.name) (\(state.items(of: theme.id).count))"))
                lines += state.items(of: theme.id).map { .listing("    " + itemLine($0)) }
            }
            let unsorted = session.unsortedItems()
            if !unsorted.isEmpty {
                lines.append(.listing("not in a theme yet (\(unsorted.count)):"))
                lines += unsorted.compactMap { state.items[$0.id] }.map { .listing("    " + itemLine($0)) }
            }
            return lines
        case .vote(let vote):
            var lines: [SessionMessage] = optionLines(vote.options)
            let ballots = state.ballots(of: step.key)
            lines += ballots.map { .listing("\($0.id)  " + ($0.voter.map { "\($0): " } ?? "") + marksText($0.marks)) }
            if let tally = state.votes[step.key]?.tally, !tally.isEmpty {
                lines.append(.listing("room totals: " + tally.map { "\($0.option)=\($0.count)" }.joined(separator: " ")))
            }
            if ballots.isEmpty, state.votes[step.key]?.tally.isEmpty ?? true { lines.append(.info("No ballots yet.")) }
            return lines
        case .place(let place):
            let positions = state.placements[place.grid.name] ?? [:]
            return place.items.map { idea in
                guard let at = positions[idea.id] else { return .listing("\(idea.id)  (not placed)  \(idea.label)") }
                let quadrant = GridGeometry.quadrant(of: at, in: place.grid)?.label
                    ?? (GridGeometry.isOnMiddleLine(at, scale: place.grid.scale) ? "on a middle line" : "in no quadrant")
                return .listing("\(idea.id)  \(at.x),\(at.y) \(quadrant)  \(idea.label)")
            }
        case .actions(let plan):
            let actions = state.plans[plan.plan] ?? []
            let lines: [SessionMessage] = plan.ideas.map { idea in
                guard let action = actions.first(where: { $0.idea == idea.id }) else { return .listing("\(idea.id)  \(idea.label) — no action yet") }
                return .listing("\(idea.id)  \(idea.label) — \(actionText(action))")
            }
            // An action stays in its plan (and its outputs) when its idea has
            // since moved out of what the plan is for: said, not hidden.
            let elsewhere = actions.filter { action in !plan.ideas.contains { $0.id == action.idea } }
            return lines + elsewhere.map { action in
                let label = state.items[action.idea]?.text ?? state.themes[action.idea]?.name ?? action.idea
                return .listing("\(action.idea)  \(label) — \(actionText(action)) (kept, though no longer among these ideas)")
            }
        }
    }

    /// A vote's options, one a line, the labels lined up after ids of
    /// different lengths (`i9`, `i10`).
    func optionLines(_ options: [Entity]) -> [SessionMessage] {
        let width = options.map(\.id.count).max() ?? 0
        return options.map { option in
            .listing(option.id + String(repeating: " ", count: width - option.id.count) + "  " + option.label)
        }
    }

    /// `i3 [lived] I can't get a GP appointment`.
    func itemLine(_ item: Item) -> String {
        "\(item.id) " + (item.tag.map { "[\($0)] " } ?? "") + item.text
    }

    /// `owner Sam; first step: Phone the practice; due 2025-07-01`.
    func actionText(_ action: ActionRecord) -> String {
        var parts: [String] = []
        parts.append("owner " + (action.owner ?? "not set"))
        parts.append("first step: " + (action.firstStep ?? "not set"))
        parts.append("due " + (action.due ?? "not set"))
        return parts.joined(separator: "; ")
    }

    func marksText(_ marks: OptionMarks) -> String { Self.marks(marks) }

    /// A ballot's marks as typed: `t1=2 t3=1`, `t1 t3`, `t3 > t1`.
    static func marks(_ marks: OptionMarks) -> String {
        switch marks {
        case .points(let counts): counts.map { "\($0.option)=\($0.count)" }.joined(separator: " ")
        case .approvals(let ids): ids.joined(separator: " ")
        case .ranking(let ids): ids.joined(separator: " > ")
        case .choice(let id): id
        }
    }
}
