/// The statements of stage and activity bodies.
extension ProgramChecker {
    /// Checks a body's statements in the block that is already open.
    func checkStatements(of block: Block) {
        for statement in block.statements { checkStatement(statement) }
    }

    /// Checks a `for` or `if` block, whose own names end with it.
    private func checkNestedBlock(_ block: Block, binding: (() -> Void)? = nil) {
        region.scope.enter()
        region.blockDepth += 1
        binding?()
        checkStatements(of: block)
        region.blockDepth -= 1
        region.scope.leave()
    }

    private func checkStatement(_ statement: Statement) {
        switch statement.kind {
        case .say(let text): checkExpression(text)
        case .prompt(let prompt): checkPrompt(prompt)
        case .cluster(let cluster):
            _ = checkCollection(cluster.source, for: "cluster")
            setCreatedKind(of: cluster.themes, to: .themes)
        case .vote(let vote):
            let options = checkCollection(vote.options, for: "vote on")
            checkVoteRule(vote)
            setCreatedKind(of: vote.name, to: .result(options))
        case .place(let place):
            _ = checkCollection(place.items, for: "place")
            checkGridName(place.grid)
        case .actions(let actions):
            _ = checkCollection(actions.ideas, for: "actions for")
            setCreatedKind(of: actions.name, to: .actionPlan)
        case .letBinding(let binding): checkLet(binding)
        case .forLoop(let loop):
            let element = checkCollection(loop.sequence, for: "for")
            checkNestedBlock(loop.body) { self.bindLocal(loop.variable, role: .loopVariable, kind: element) }
        case .ifElse(let branch):
            checkCondition(branch.condition, of: "if")
            checkNestedBlock(branch.then)
            if let otherwise = branch.otherwise { checkNestedBlock(otherwise) }
        case .returnValue(let value): checkReturn(value, range: statement.range)
        case .expression(let expression): checkExpression(expression, valueUsed: false)
        case .invalid: break
        }
    }

    private func checkPrompt(_ prompt: PromptStatement) {
        let kind = checkExpression(prompt.question)
        if kind.unified(with: .text) == nil {
            report(.typeMismatch, "a prompt's question must be text, but \(sentence(prompt.question, is: kind))",
                   at: prompt.question.range, help: "write the question in quotes: `\"What is working well?\"`")
        }
        if let tagging = prompt.tagging { checkTagging(tagging) }
        setCreatedKind(of: prompt.collection, to: .collection)
    }

    /// Records the kind of what a statement creates, now that it is known.
    private func setCreatedKind(of name: Identifier, to kind: ValueKind) {
        if let index = region.created[name.range.start] { table[index].kind = kind }
    }

    private func checkLet(_ binding: LetStatement) {
        let kind = checkExpression(binding.value)
        let index: Int?
        if region.blockDepth == 0, let created = region.created[binding.name.range.start] {
            table[created].kind = kind
            index = created
        } else if region.blockDepth == 0 {
            index = nil
        } else {
            index = bindLocal(binding.name, role: .blockLet, kind: kind)
        }
        if let index, let value = constantValue(of: binding.value) { constants[index] = value }
    }

    private func checkReturn(_ value: Expression, range: SourceRange) {
        let kind = checkExpression(value)
        guard case .activity = region.place else {
            report(.returnOutsideActivity, "`return` can only be used inside an activity", at: range,
                   help: "remove it: a stage moves on when the facilitator says so")
            return
        }
        region.returnKinds.append(kind)
    }

    /// `place … on GRID`: the name must be a grid.
    private func checkGridName(_ name: Identifier) {
        let kind = resolveName(name.name, at: name.range)
        switch kind {
        case .grid, .unknown: return
        default:
            let grids = gridDeclarations.map(\.declaration.name.name)
            report(.notAGrid, "`\(name.name)` is \(kind.description), not a grid", at: name.range,
                   help: Suggestions.didYouMean(name.name, in: grids)
                       ?? (grids.isEmpty ? "declare one with `grid \(name.name) \"Title\" { … }`" : nil))
        }
    }

    /// The value of an expression when it can be known before the run.
    func constantValue(of expression: Expression) -> ConstantValue? {
        ConstantEvaluator { name in
            self.lookupQuietly(name, at: expression.range.start).flatMap { self.constants[$0] }
        }.evaluate(expression)
    }
}
