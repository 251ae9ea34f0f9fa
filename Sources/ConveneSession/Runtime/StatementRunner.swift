import ConveneLanguage
import ConveneText
import ConveneVoting

/// How a block finished: normally, or by `return` inside an activity.
enum Flow {
    case normal
    case returned(Value)
}

extension Interpreter {
    /// Runs a block in a new scope.
    func run(_ block: Block) throws(Interruption) -> Flow {
        scopes.append([:])
        defer { scopes.removeLast() }
        for statement in block.statements {
            if case .returned(let value) = try run(statement) { return .returned(value) }
        }
        return .normal
    }

    private func run(_ statement: Statement) throws(Interruption) -> Flow {
        try tick(statement.range)
        switch statement.kind {
        case .say(let expression):
            guard sink.pendingSayings.count < limits.listLength else {
                throw fail("more than \(Plural.count(limits.listLength, "thing")) to say before the next step", statement.range,
                           help: "a loop around this `say` runs too many times")
            }
            sink.pendingSayings.append(display(try evaluate(expression)))
        case .prompt(let prompt):
            try emitPrompt(prompt, range: statement.range)
        case .cluster(let cluster):
            let value = try evaluate(cluster.source)
            let items = try entities(value, range: cluster.source.range)
            let source = sourceText(cluster.source.range)
            let shown = shownName(of: value, written: source)
            try emit(cluster.themes.name, .cluster(ClusterStep(themes: cluster.themes.name, items: items, source: shown)),
                     range: statement.range,
                     definition: [("kind", "cluster"), ("themes", .string(cluster.themes.name)), ("from", .string(source))])
        case .vote(let vote):
            try emitVote(vote, range: statement.range)
        case .place(let place):
            guard let grid = model.program.grids[place.grid.name] else {
                throw fail("there is no grid `\(place.grid.name)`", place.grid.range)
            }
            let value = try evaluate(place.items)
            let items = try entities(value, range: place.items.range)
            let source = sourceText(place.items.range)
            try emit(grid.name, .place(PlaceStep(grid: grid, items: items, source: shownName(of: value, written: source))), range: statement.range,
                     definition: [("kind", "place"), ("grid", .string(grid.name)), ("items", .string(source))])
        case .actions(let actions):
            let value = try evaluate(actions.ideas)
            let ideas = try entities(value, range: actions.ideas.range)
            let source = sourceText(actions.ideas.range)
            try emit(actions.name.name, .actions(ActionsStep(plan: actions.name.name, ideas: ideas, source: shownName(of: value, written: source))),
                     range: statement.range,
                     definition: [("kind", "actions"), ("plan", .string(actions.name.name)), ("for", .string(source))])
            bind(actions.name.name, .plan(actions.name.name))
        case .letBinding(let binding):
            bind(binding.name.name, try evaluate(binding.value))
        case .forLoop(let loop):
            return try runLoop(loop)
        case .ifElse(let branch):
            let condition = try evaluate(branch.condition)
            guard case .bool(let holds) = condition else {
                throw fail("`if` needs true or false, not \(condition.kindDescription)", branch.condition.range)
            }
            if holds { return try run(branch.then) }
            if let otherwise = branch.otherwise { return try run(otherwise) }
        case .returnValue(let expression):
            return .returned(try evaluate(expression))
        case .expression(let expression):
            _ = try evaluate(expression)
        case .invalid:
            throw fail("this statement could not be read", statement.range)
        }
        return .normal
    }

    private func runLoop(_ loop: ForStatement) throws(Interruption) -> Flow {
        let values = try sequence(try evaluate(loop.sequence), range: loop.sequence.range)
        guard values.count <= limits.listLength else {
            throw fail("this loop would run \(Plural.count(values.count, "time")), more than \(limits.listLength)", loop.sequence.range)
        }
        for (offset, value) in values.enumerated() {
            let binding = LoopBinding(variable: loop.variable.name, text: display(value), reference: value.entityID)
            loops.append(ActiveLoop(binding: binding, iteration: offset + 1, range: loop.variable.range.union(loop.sequence.range), path: path))
            scopes.append([loop.variable.name: value])
            defer {
                scopes.removeLast()
                loops.removeLast()
            }
            if case .returned(let result) = try run(loop.body) { return .returned(result) }
        }
        return .normal
    }

    private func emitPrompt(_ prompt: PromptStatement, range: SourceRange) throws(Interruption) {
        let question = display(try evaluate(prompt.question))
        var tagKind: TagKind?
        var tags: [TagInfo] = []
        if let tagging = prompt.tagging {
            guard let kind = TagKind(rawValue: tagging.kind.name) else {
                throw fail("`by \(tagging.kind.name)` is not role, perspective or lens", tagging.kind.range)
            }
            tagKind = kind
            let declared = model.tags.filter { $0.kind == kind }
            if let only = tagging.only {
                tags = only.compactMap { name in declared.first { $0.name == name.name } }
            } else {
                tags = declared
            }
            guard !tags.isEmpty else {
                throw fail("the workshop declares no \(kind.rawValue) to tag these answers with", tagging.range)
            }
        }
        let step = PromptStep(collection: prompt.collection.name, question: question, tagKind: tagKind, tags: tags)
        try emit(prompt.collection.name, .prompt(step), range: range, definition: [
            ("kind", "prompt"), ("collection", .string(step.collection)), ("question", .string(question)),
            ("by", .optional(tagKind?.rawValue)), ("tags", .strings(tags.map(\.name))),
        ])
    }

    /// What a step's ideas are called in front of the room: the collection,
    /// themes or vote they are, so an activity's parameter is shown as what it
    /// was given; otherwise the expression as written (`priorities.kept`).
    /// The journal's step definition keeps the expression as written.
    private func shownName(of value: Value, written: String) -> String {
        switch value {
        case .collection(let name), .themes(let name): name
        case .result(let key): String(key.split(separator: "/").last ?? Substring(key))
        default: written
        }
    }

    private func emitVote(_ vote: VoteStatement, range: SourceRange) throws(Interruption) {
        let value = try evaluate(vote.options)
        let options = try entities(value, range: vote.options.range)
        let rule = try voteRule(vote)
        let source = sourceText(vote.options.range)
        let shown = shownName(of: value, written: source)
        let stepID = try emit(vote.name.name, .vote(VoteStep(name: vote.name.name, rule: rule, options: options, source: shown)),
                              range: range,
                              definition: [("kind", "vote"), ("name", .string(vote.name.name)), ("on", .string(source))]
                                  + VoteRuleDescription.fields(rule))
        bind(vote.name.name, .result(sink.stage + "/" + stepID))
    }

    /// Adds a step named `base` plus the loop iteration, and returns its id.
    @discardableResult
    private func emit(_ base: String, _ kind: StepKind, range: SourceRange, definition: [(String, JSONValue)]) throws(Interruption) -> String {
        let iterations = loops.map { String($0.iteration) }.joined(separator: ".")
        let id = sink.uniqueID(iterations.isEmpty ? base : "\(base)#\(iterations)")
        try sink.emit(id: id, kind: kind, loop: loops.map(\.binding), path: path, range: range,
                      definition: .object(definition), limits: limits)
        return id
    }

    /// The vote's settings as a `VoteRule`, with numbers worked out.
    private func voteRule(_ vote: VoteStatement) throws(Interruption) -> VoteRule {
        var rule = VoteRule(method: .dots)
        for setting in vote.settings {
            switch setting.kind {
            case .method(let name):
                guard let method = VotingMethod(rawValue: name.name) else {
                    throw fail("`\(name.name)` is not a voting method", name.range)
                }
                rule.method = method
            case .dots(let expression): rule.dotsPerPerson = try whole(expression, "dots")
            case .cap(let expression): rule.capPerOption = try whole(expression, "cap")
            case let .scoreRange(low, high):
                let (from, to) = (try whole(low, "range"), try whole(high, "range"))
                guard from <= to else { throw fail("the range runs from \(from) down to \(to)", setting.range) }
                rule.scoreRange = from...to
            case .ballots(let name):
                guard let mode = BallotMode(rawValue: name.name) else {
                    throw fail("`ballots \(name.name)` should be named, anonymous or room", name.range)
                }
                rule.mode = mode
            case .voters(let expression): rule.voters = try whole(expression, "voters")
            case .keepTop(let expression): rule.keep = .top(try whole(expression, "keep top"))
            case .keepAbove(let expression):
                guard case .number(let threshold) = try evaluate(expression) else {
                    throw fail("`keep above` needs a number", expression.range)
                }
                rule.keep = .above(threshold)
            case .keepAll: rule.keep = .all
            case .ties(let name):
                guard let ties = TieBreak(rawValue: name.name) else {
                    throw fail("`ties \(name.name)` should be facilitator, revote or random", name.range)
                }
                rule.ties = ties
            }
        }
        return rule
    }

    private func whole(_ expression: Expression, _ setting: String) throws(Interruption) -> Int {
        let value = try evaluate(expression)
        guard case .number(let number) = value, number.rounded() == number, number >= 0, number < 1_000_000 else {
            throw fail("`\(setting)` needs a whole number, not \(value.kindDescription)", expression.range)
        }
        return Int(number)
    }
}
