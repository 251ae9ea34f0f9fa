/// Blocks and the statements inside stages and activities.
extension SyntaxParser {
    /// `{ statement* }`. `owner` names the block in messages ("the stage's body").
    /// A block the file never closes is reported and ends where the file (or
    /// the next declaration) starts, so what it holds is still checked.
    mutating func parseBlock(_ owner: String, header: Int) throws(ParseFailure) -> Block {
        try enterNesting()
        defer { leaveNesting() }
        let open = try openBrace(owner, header: header)
        let start = open?.range.start ?? previousEnd
        let mark = statementStack.mark
        while !at(.rightBrace) {
            if endsUnclosedBlock {
                reportUnclosed(open, owner)
                return Block(statements: statementStack.pop(from: mark), range: range(from: start))
            }
            let statement = parseStatementRecovering()
            statementStack.push(statement)
        }
        advance()
        return Block(statements: statementStack.pop(from: mark), range: range(from: start))
    }

    /// The `{` that opens a block whose header (`stage`, `if` …) starts at
    /// `header`. When it is missing, it is reported; any other text left on
    /// the header's line is skipped, and if a `{` ends that line it is used.
    /// Failing that, the `{` is assumed (and nil returned) when the next line
    /// is indented deeper than the header's, as a block's contents are, or is
    /// the block's `}` at the header's indentation; so the block's contents
    /// are still parsed.
    mutating func openBrace(_ owner: String, header: Int) throws(ParseFailure) -> Token? {
        if at(.leftBrace) { return advance() }
        let failure = missingOpeningBrace(owner)
        while !current.isFirstOnLine, current.kind != .endOfFile, !at(.leftBrace), !at(.rightBrace) { advance() }
        if at(.leftBrace), !current.isFirstOnLine { return advance() }
        guard current.isFirstOnLine, current.kind != .endOfFile else { throw failure }
        let depth = indentation(of: current.range.start)
        let headerDepth = indentation(of: header)
        guard depth > headerDepth || (at(.rightBrace) && depth == headerDepth) else { throw failure }
        return nil
    }

    /// How many spaces and tabs start the line holding `offset`.
    private func indentation(of offset: Int) -> Int {
        var index = source.lineStarts[line(of: offset)]
        let start = index
        while index < offset, source.bytes[index] == UInt8(ascii: " ") || source.bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index - start
    }

    @inline(never)
    private mutating func missingOpeningBrace(_ owner: String) -> ParseFailure {
        expected("`{` to open \(owner)")
    }

    /// Whether the current token starts a line with a statement keyword or an activity call.
    var atLineStartingStatement: Bool {
        mutating get {
            guard current.isFirstOnLine else { return false }
            switch current.kind {
            case .keyword(let keyword): return keyword.startsStatement
            case .identifier: return peek().kind == .symbol(.leftParen)
            default: return false
            }
        }
    }

    /// A statement, or an `.invalid` one after reporting why and skipping past it.
    mutating func parseStatementRecovering() -> Statement {
        let start = current.range.start
        openDelimiters = 0
        let statement: Statement
        do {
            statement = try parseStatement()
        } catch {
            skipIfStuck(at: start)
            synchronizeStatement()
            statement = Statement(.invalid, range: range(from: start))
        }
        symbolCount.note(statement)
        return statement
    }

    /// Dispatches on the first token. Only `if` and `for` recurse into
    /// blocks; every other statement is parsed out of line, keeping this
    /// frame small (nesting depth is bounded by stack size).
    private mutating func parseStatement() throws(ParseFailure) -> Statement {
        let start = current.range.start
        let kind: StatementKind
        switch current.kind {
        case .keyword(.for):
            kind = .forLoop(try parseFor())
        case .keyword(.if):
            kind = .ifElse(try parseIf())
        case .keyword(.say), .keyword(.prompt), .keyword(.cluster), .keyword(.vote), .keyword(.place),
             .keyword(.actions), .keyword(.let), .keyword(.return):
            kind = try parseSimpleStatement()
        case .identifier, .number, .duration, .string, .invalid, .keyword(.true), .keyword(.false), .keyword(.not),
             .symbol(.leftParen), .symbol(.leftBracket), .symbol(.minus):
            kind = .expression(try parseCallStatement())
        default:
            throw notAStatement()
        }
        return Statement(kind, range: range(from: start))
    }

    /// The statements that hold no block.
    @inline(never)
    private mutating func parseSimpleStatement() throws(ParseFailure) -> StatementKind {
        switch advance().kind {
        case .keyword(.say):
            return .say(try parseExpression())
        case .keyword(.prompt):
            return .prompt(try parsePrompt())
        case .keyword(.cluster):
            let source = try parseExpression()
            try expect(.into, "and a name for the themes", help: "`cluster ideas into themes`")
            return .cluster(ClusterStatement(source: source, themes: try expectName("for the themes after `into`")))
        case .keyword(.vote):
            return .vote(try parseVote())
        case .keyword(.place):
            let items = try parseExpression()
            try expect(.on, "and the grid to place them on", help: "`place ideas on investment`")
            return .place(PlaceStatement(items: items, grid: try expectName("for the grid after `on`")))
        case .keyword(.actions):
            let name = try expectName("for the action plan after `actions`", help: "`actions plans for investment.quick-wins`")
            try expect(.for, "and the ideas that need actions", help: "`actions \(name.name) for investment.quick-wins`")
            return .actions(ActionsStatement(name: name, ideas: try parseExpression()))
        case .keyword(.let):
            return .letBinding(try parseLetAfterKeyword())
        default:
            return .returnValue(try parseExpression())
        }
    }

    @inline(never)
    private mutating func notAStatement() -> ParseFailure {
        if at(.else) {
            return failure(.expectedStatement, "found `else` without an `if` just before it", at: current.range,
                           help: "write `else` right after the `}` of an `if` block")
        }
        return failure(.expectedStatement, "expected a statement, found \(describe(current))", at: current.range,
                       help: "a statement starts with `say`, `prompt`, `cluster`, `vote`, `place`, `actions`, `let`, `for`, `if` or `return`, or calls an activity: `warm-up()`")
    }

    /// `warm-up("…")`: an expression statement must start with a name and end in a call.
    private mutating func parseCallStatement() throws(ParseFailure) -> Expression {
        var expression: Expression
        if at(.not) || at(.minus) {
            expression = try parseExpression()
        } else {
            let startsWithName = current.kind == .identifier
            let (postfix, endsWithCall) = try parsePostfix()
            if startsWithName, endsWithCall, !atBinaryOperator { return postfix }
            expression = try continueBinary(from: postfix, minimum: 1)
        }
        if case .invalid = expression.kind { throw ParseFailure() }
        throw bareExpression(expression)
    }

    @inline(never)
    private mutating func bareExpression(_ expression: Expression) -> ParseFailure {
        failure(.expectedStatement, "expected a statement, found \(expressionDescription(expression))",
                at: expression.range, help: bareExpressionHelp(expression))
    }

    @inline(never)
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

    /// `prompt NAME QUESTION [by KIND [only, these]]`, after `prompt`.
    private mutating func parsePrompt() throws(ParseFailure) -> PromptStatement {
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

    /// `vote NAME on OPTIONS { settings }`, after `vote`.
    private mutating func parseVote() throws(ParseFailure) -> VoteStatement {
        let header = previous?.range.start ?? 0
        let name = try expectName("for the vote's result after `vote`", help: "`vote priorities on themes { … }`")
        try expect(.on, "and what to vote on", help: "`vote \(name.name) on themes { … }`")
        let options = try parseExpression()
        let (settings, bodyRange) = try parseSettingsBlock(
            "the vote's settings", header: header, insideStatements: true, collectingIn: \.voteSettingStack
        ) { parser throws(ParseFailure) in
            try parser.parseVoteSetting()
        }
        return VoteStatement(name: name, options: options, settings: settings, bodyRange: bodyRange)
    }

    /// `let NAME = expr`
    mutating func parseLet() throws(ParseFailure) -> LetStatement {
        advance()
        return try parseLetAfterKeyword()
    }

    private mutating func parseLetAfterKeyword() throws(ParseFailure) -> LetStatement {
        let name = try expectName("for the value after `let`")
        try expect(.assign, "after the name", help: "`let \(name.name) = …`")
        return LetStatement(name: name, value: try parseExpression())
    }

    private mutating func parseFor() throws(ParseFailure) -> ForStatement {
        let header = advance().range.start
        let variable = try expectName("for the loop variable after `for`", help: "`for theme in themes { … }`")
        try expect(.in, "after the loop variable", help: "`for \(variable.name) in themes { … }`")
        let sequence = try parseExpression()
        return ForStatement(variable: variable, sequence: sequence, body: try parseBlock("the `for` loop's body", header: header))
    }

    private mutating func parseIf() throws(ParseFailure) -> IfStatement {
        let header = advance().range.start
        let condition = try parseExpression()
        let then = try parseBlock("the `if` block", header: header)
        guard at(.else) else { return IfStatement(condition: condition, then: then, otherwise: nil, isElseIf: false) }
        let elseHeader = advance().range.start
        guard at(.if) else {
            return IfStatement(condition: condition, then: then, otherwise: try parseBlock("the `else` block", header: elseHeader), isElseIf: false)
        }
        try enterNesting()
        defer { leaveNesting() }
        let start = current.range.start
        let nested = Statement(.ifElse(try parseIf()), range: range(from: start))
        return IfStatement(condition: condition, then: then, otherwise: Block(statements: [nested], range: nested.range), isElseIf: true)
    }
}
