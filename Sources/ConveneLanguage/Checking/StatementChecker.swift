/// The statements of stage and activity bodies.
extension ProgramChecker {
    /// Checks a body's statements in the block that is already open.
    func checkStatements(of block: Block) {
        // By index, so each statement is read in place rather than copied
        // (and retained and released) by the loop.
        for index in block.statements.indices { checkStatement(block.statements[index]) }
    }

    /// Checks an `if` block, whose own names end with it.
    func checkNestedBlock(_ block: Block) {
        enterNestedBlock()
        checkStatements(of: block)
        leaveNestedBlock()
    }

    /// Opens a `for` or `if` block: the names declared until it is left end with it.
    func enterNestedBlock() {
        region.scope.enter()
        region.blockDepth += 1
    }

    func leaveNestedBlock() {
        region.blockDepth -= 1
        region.scope.leave()
    }

    private func checkStatement(_ statement: Statement) {
        switch statement.kind {
        case .say(let text): checkExpression(text)
        case .prompt(let prompt):
            checkPrompt(prompt)
            created(prompt.collection, .collection(.prompt), kind: .collection, end: statement.range.end)
        case .cluster(let cluster):
            _ = checkCollection(cluster.source, for: "cluster")
            created(cluster.themes, .collection(.cluster), kind: .themes, end: statement.range.end)
        case .vote(let vote):
            let options = checkCollection(vote.options, for: "vote on")
            checkVoteRule(vote)
            created(vote.name, .collection(.vote), kind: .result(options), end: statement.range.end)
        case .place(let place):
            _ = checkCollection(place.items, for: "place")
            checkGridName(place.grid)
        case .actions(let actions):
            _ = checkCollection(actions.ideas, for: "actions for")
            created(actions.name, .collection(.actions), kind: .actionPlan, end: statement.range.end)
        case .letBinding(let binding): checkLet(binding, end: statement.range.end)
        case .forLoop(let loop):
            let element = checkCollection(loop.sequence, for: "for")
            enterNestedBlock()
            bindLocal(loop.variable, role: .loopVariable, kind: element)
            checkStatements(of: loop.body)
            leaveNestedBlock()
        case .ifElse(let branch):
            checkCondition(branch.condition, of: "if")
            checkBranches(of: branch, at: statement.range.start)
        case .returnValue(let value): checkReturn(value, range: statement.range)
        case .expression(let expression): checkExpression(expression, valueUsed: false)
        case .invalid: declareRecoveredName(of: statement)
        }
    }

    private func checkPrompt(_ prompt: PromptStatement) {
        let kind = checkExpression(prompt.question)
        if kind.unified(with: .text) == nil {
            report(.typeMismatch, "a prompt's question must be text, but \(sentence(prompt.question, is: kind))",
                   at: prompt.question.range, help: "write the question in quotes: `\"What is working well?\"`")
        }
        if let tagging = prompt.tagging { checkTagging(tagging) }
    }

    /// Declares what a statement of a stage creates, workshop-wide from the
    /// statement's end; in an activity, where it was declared beforehand,
    /// records its kind.
    @discardableResult
    private func created(_ name: Identifier, _ role: SymbolEntry.Role, kind: ValueKind, end: Int) -> Int? {
        guard case .stage(let stage, _) = region.place else {
            guard let index = region.created[name.range.start] else { return nil }
            table.symbols[index].kind = kind
            return index
        }
        if let local = localSymbol(name.name) {
            reportDuplicate(name, first: table.symbols[local])
            return nil
        }
        if let made = madeInOtherBranch(name.name, role: role) { return made }
        let index = declareGlobal(name, role: role, kind: kind, availability: .created(stage: stage, offset: end))
        noteBranches(of: index)
        return index
    }

    /// A `let` lasts until its block ends; one directly in an activity's body
    /// was declared with the body. A stage's `let`s end with the stage (the
    /// session runs each stage afresh), which `stageLets` remembers to explain.
    private func checkLet(_ binding: LetStatement, end: Int) {
        let kind = checkExpression(binding.value)
        let index: Int?
        switch region.place {
        case .activity where region.blockDepth == 0:
            index = created(binding.name, .stageLet, kind: kind, end: end)
        case .stage where region.blockDepth == 0:
            index = bindLocal(binding.name, role: .stageLet, kind: kind)
        default:
            index = bindLocal(binding.name, role: .blockLet, kind: kind)
        }
        if let index { recordConstant(binding.value, of: index) }
    }

    /// Declares the name a statement that failed to parse was creating, so
    /// its uses raise no further complaint.
    private func declareRecoveredName(of statement: Statement) {
        guard let source = sources[region.path],
            let (keyword, name) = RecoveredName.declared(in: statement.range, of: source)
        else { return }
        // An activity's own `let`s were declared with its body.
        var declaredWithBody = false
        if case .activity = region.place, region.blockDepth == 0 { declaredWithBody = true }
        if keyword == .let, !declaredWithBody {
            guard localSymbol(name.name) == nil, table.global(name.name) == nil else { return }
            var symbol = SymbolEntry(name: name.name, role: .unparsed, kind: .unknown, file: fileIndex(of: region.path),
                                     range: name.range, availability: .always)
            symbol.isUsed = true
            region.scope.bind(name.name, to: table.add(symbol))
        } else if case .stage = region.place {
            declareUnparsed(name)
        }
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
                       ?? (grids.isEmpty ? "declare a grid with `grid NAME \"Title\" { axis x … axis y … }`"
                           : "the grids are \(VoteRuleChecker.list(grids))"))
        }
    }

    /// The value of an expression when it can be known before the run,
    /// taking parameters at their defaults.
    func constantValue(of expression: Expression) -> ConstantValue? {
        ConstantEvaluator(names: KnownValues(checker: self, offset: expression.range.start)).evaluate(expression)
    }

    /// The value of an expression when it is the same whatever parameters
    /// the run is given: no parameter default goes into it.
    func parameterFreeValue(of expression: Expression) -> ConstantValue? {
        ConstantEvaluator(names: KnownValues(checker: self, offset: expression.range.start, parameterFree: true)).evaluate(expression)
    }

    /// Keeps what a `let` holds, when that is known, and whether it holds it whatever the parameters.
    func recordConstant(_ value: Expression, of index: Int) {
        guard let constant = constantValue(of: value) else { return }
        constants[index] = constant
        if parameterFreeValue(of: value) != nil { parameterFreeConstants.insert(index) }
    }

    /// The known values of the names in sight at an offset of the current
    /// place; only those that hold whatever the parameters when `parameterFree`.
    /// It lives only for one `constantValue(of:)` call, while the
    /// checker is running, so it holds the checker `unowned(unsafe)`: without
    /// the retain and release (atomic) a reference costs at every name.
    struct KnownValues: KnownNames {
        unowned(unsafe) let checker: ProgramChecker
        let offset: Int
        var parameterFree = false

        func value(of name: String) -> ConstantValue? {
            guard let index = checker.lookupQuietly(name, at: offset) else { return nil }
            if parameterFree, !checker.parameterFreeConstants.contains(index) { return nil }
            return checker.constants[index]
        }
    }
}
