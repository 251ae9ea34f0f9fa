/// Blocks and the statements inside stages and activities.
extension SyntaxParser {
    /// `{ statement* }`. `owner` names the block in messages ("the stage's body").
    /// A block the file never closes is reported and ends where the file (or
    /// the next declaration) starts, so what it holds is still checked.
    mutating func parseBlock(_ owner: String) throws(ParseFailure) -> Block {
        guard at(.leftBrace) else { throw expected("`{` to open \(owner)") }
        try enterNesting()
        defer { leaveNesting() }
        let open = advance()
        var statements: [Statement] = []
        while !at(.rightBrace) {
            if endsUnclosedBlock {
                reportUnclosed(open, owner)
                return Block(statements: statements, range: range(from: open.range.start))
            }
            statements.append(parseStatementRecovering())
        }
        advance()
        return Block(statements: statements, range: range(from: open.range.start))
    }

    /// A statement, or an `.invalid` one after reporting why and skipping past it.
    mutating func parseStatementRecovering() -> Statement {
        let start = current.range.start
        openDelimiters = 0
        do {
            return try parseStatement()
        } catch {
            skipIfStuck(at: start)
            synchronizeStatement()
            return Statement(.invalid, range: range(from: start))
        }
    }

    private mutating func parseStatement() throws(ParseFailure) -> Statement {
        let start = current.range.start
        let kind: StatementKind
        switch current.kind {
        case .keyword(.say):
            advance()
            kind = .say(try parseExpression())
        case .keyword(.prompt):
            kind = .prompt(try parsePrompt())
        case .keyword(.cluster):
            advance()
            let source = try parseExpression()
            try expect(.into, "and a name for the themes", help: "`cluster ideas into themes`")
            kind = .cluster(ClusterStatement(source: source, themes: try expectName("for the themes after `into`")))
        case .keyword(.vote):
            kind = .vote(try parseVote())
        case .keyword(.place):
            advance()
            let items = try parseExpression()
            try expect(.on, "and the grid to place them on", help: "`place ideas on investment`")
            kind = .place(PlaceStatement(items: items, grid: try expectName("for the grid after `on`")))
        case .keyword(.actions):
            advance()
            let name = try expectName("for the action plan after `actions`", help: "`actions plans for investment.quick-wins`")
            try expect(.for, "and the ideas that need actions", help: "`actions \(name.name) for investment.quick-wins`")
            kind = .actions(ActionsStatement(name: name, ideas: try parseExpression()))
        case .keyword(.let):
            kind = .letBinding(try parseLet())
        case .keyword(.for):
            kind = .forLoop(try parseFor())
        case .keyword(.if):
            kind = .ifElse(try parseIf())
        case .keyword(.return):
            advance()
            kind = .returnValue(try parseExpression())
        case .identifier, .number, .duration, .string, .invalid, .keyword(.true), .keyword(.false), .keyword(.not),
             .symbol(.leftParen), .symbol(.leftBracket), .symbol(.minus):
            kind = .expression(try parseCallStatement())
        case .keyword(.else):
            throw failure(.expectedStatement, "found `else` without an `if` just before it", at: current.range,
                          help: "write `else` right after the `}` of an `if` block")
        default:
            throw failure(.expectedStatement, "expected a statement, found \(describe(current))", at: current.range,
                          help: "a statement starts with `say`, `prompt`, `cluster`, `vote`, `place`, `actions`, `let`, `for`, `if` or `return`, or calls an activity: `warm-up()`")
        }
        return Statement(kind, range: range(from: start))
    }

    /// `warm-up("…")`: an expression statement must end in a call.
    private mutating func parseCallStatement() throws(ParseFailure) -> Expression {
        var expression: Expression
        if at(.not) || at(.minus) {
            expression = try parseExpression()
        } else {
            let (postfix, endsWithCall) = try parsePostfix()
            if endsWithCall, !atBinaryOperator { return postfix }
            expression = try continueBinary(from: postfix, minimum: 1)
        }
        if case .invalid = expression.kind { throw ParseFailure() }
        throw failure(.expectedStatement, "expected a statement, found \(expressionDescription(expression))",
                      at: expression.range, help: bareExpressionHelp(expression))
    }

    private func expressionDescription(_ expression: Expression) -> String {
        switch expression.kind {
        case .name(let name): "`\(name)`"
        case .string: "text"
        default: "an expression"
        }
    }

    private func bareExpressionHelp(_ expression: Expression) -> String {
        switch expression.kind {
        case .name(let name):
            if let block = SettingWords.block(holding: name) {
                return "`\(name)` is a setting of \(block), not a statement"
            }
            return "to run the activity `\(name)`, call it: `\(name)()`"
        case .string:
            return "to show text to the facilitator, write `say` before it"
        default:
            return "an expression on its own does nothing: show it with `say`, keep it with `let`, or call an activity"
        }
    }

    /// `prompt NAME QUESTION [by KIND [only, these]]`
    private mutating func parsePrompt() throws(ParseFailure) -> PromptStatement {
        advance()
        let collection = try expectName("for the collection after `prompt`",
                                        help: "name the collection the answers go into: `prompt ideas \"What could we try?\"`")
        let question = try parseExpression()
        guard at(.by) else { return PromptStatement(collection: collection, question: question, tagging: nil) }
        let by = advance()
        let kind = try expectName("after `by`", help: "tag each answer `by role`, `by perspective` or `by lens`")
        var only: [Identifier]?
        if at(.leftBracket) {
            advance()
            var names = [try expectName("for a tag inside `[ ]`")]
            while at(.comma) {
                advance()
                if at(.rightBracket) { break }
                names.append(try expectName("for a tag after `,`"))
            }
            try expect(.rightBracket, "to close the list of tags")
            only = names
        }
        let tagging = PromptTagging(kind: kind, only: only, range: range(from: by.range.start))
        return PromptStatement(collection: collection, question: question, tagging: tagging)
    }

    /// `vote NAME on OPTIONS { settings }`
    private mutating func parseVote() throws(ParseFailure) -> VoteStatement {
        advance()
        let name = try expectName("for the vote's result after `vote`", help: "`vote priorities on themes { … }`")
        try expect(.on, "and what to vote on", help: "`vote \(name.name) on themes { … }`")
        let options = try parseExpression()
        let (settings, bodyRange) = try parseSettingsBlock("the vote's settings") { parser throws(ParseFailure) in
            try parser.parseVoteSetting()
        }
        return VoteStatement(name: name, options: options, settings: settings, bodyRange: bodyRange)
    }

    mutating func parseLet() throws(ParseFailure) -> LetStatement {
        advance()
        let name = try expectName("for the value after `let`")
        try expect(.assign, "after the name", help: "`let \(name.name) = …`")
        return LetStatement(name: name, value: try parseExpression())
    }

    private mutating func parseFor() throws(ParseFailure) -> ForStatement {
        advance()
        let variable = try expectName("for the loop variable after `for`", help: "`for theme in themes { … }`")
        try expect(.in, "after the loop variable", help: "`for \(variable.name) in themes { … }`")
        let sequence = try parseExpression()
        return ForStatement(variable: variable, sequence: sequence, body: try parseBlock("the `for` loop's body"))
    }

    private mutating func parseIf() throws(ParseFailure) -> IfStatement {
        advance()
        let condition = try parseExpression()
        let then = try parseBlock("the `if` block")
        guard at(.else) else { return IfStatement(condition: condition, then: then, otherwise: nil, isElseIf: false) }
        advance()
        guard at(.if) else {
            return IfStatement(condition: condition, then: then, otherwise: try parseBlock("the `else` block"), isElseIf: false)
        }
        try enterNesting()
        defer { leaveNesting() }
        let start = current.range.start
        let nested = Statement(.ifElse(try parseIf()), range: range(from: start))
        return IfStatement(condition: condition, then: then, otherwise: Block(statements: [nested], range: nested.range), isElseIf: true)
    }
}
