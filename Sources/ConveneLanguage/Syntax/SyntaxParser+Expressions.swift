/// Expressions, by precedence climbing over the grammar's levels, loosest first:
/// `or` (1), `and` (2), `not` (a prefix at level 3), comparisons (3, not
/// chainable), `+ -` (4), `* /` (5), unary `-`, then `.member`, `(call)`, `[index]`.
extension SyntaxParser {
    private static let notLevel = 3

    mutating func parseExpression() throws(ParseFailure) -> Expression {
        try parseBinary(minimum: 1)
    }

    /// An expression whose operators all bind at least as tightly as `minimum`.
    private mutating func parseBinary(minimum: Int) throws(ParseFailure) -> Expression {
        guard at(.not), minimum <= Self.notLevel else {
            return try continueBinary(from: parseUnary(), minimum: minimum)
        }
        let keyword = advance()
        try enterNesting()
        defer { leaveNesting() }
        let operand = try parseBinary(minimum: Self.notLevel)
        let negation = Expression(.unary(.not, operand), range: SourceRange(start: keyword.range.start, end: operand.range.end))
        return try continueBinary(from: negation, minimum: minimum)
    }

    /// Applies the binary operators that follow `left`, left-associatively;
    /// each one counts as a level of nesting, since it deepens the tree.
    /// `left` is consumed, so it moves into the tree rather than being copied
    /// (every expression passes through here, most with no operator after it).
    mutating func continueBinary(from left: consuming Expression, minimum: Int) throws(ParseFailure) -> Expression {
        var left = left
        var levels = 0
        defer { leaveNesting(levels) }
        while let op = binaryOperator(current.kind), op.precedence >= minimum {
            advance()
            try enterNesting()
            levels += 1
            let right = try parseBinary(minimum: op.precedence + 1)
            let range = SourceRange(start: left.range.start, end: right.range.end)
            left = Expression(.binary(op, consume left, right), range: range)
            if op.precedence == BinaryOperator.equal.precedence, let next = binaryOperator(current.kind),
               next.precedence == op.precedence {
                throw chainedComparison()
            }
        }
        return left
    }

    @inline(never)
    private mutating func chainedComparison() -> ParseFailure {
        failure(.expectedToken, "comparisons cannot be chained", at: current.range,
                help: "join two comparisons with `and`: `a < b and b < c`")
    }

    private func binaryOperator(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .keyword(.or): .or
        case .keyword(.and): .and
        case .symbol(.equal): .equal
        case .symbol(.notEqual): .notEqual
        case .symbol(.less): .less
        case .symbol(.lessOrEqual): .lessOrEqual
        case .symbol(.greater): .greater
        case .symbol(.greaterOrEqual): .greaterOrEqual
        case .symbol(.plus): .add
        case .symbol(.minus): .subtract
        case .symbol(.star): .multiply
        case .symbol(.slash): .divide
        default: nil
        }
    }

    /// Whether the current token continues an expression with a binary operator.
    var atBinaryOperator: Bool { binaryOperator(current.kind) != nil }

    private mutating func parseUnary() throws(ParseFailure) -> Expression {
        guard at(.minus) else { return try parsePostfix().expression }
        let minus = advance()
        try enterNesting()
        defer { leaveNesting() }
        let operand = try parseUnary()
        return Expression(.unary(.negate, operand), range: SourceRange(start: minus.range.start, end: operand.range.end))
    }

    /// An atom and its `.member`, `(call)` and `[index]` suffixes, saying
    /// whether the last suffix was a call (which a call statement needs).
    /// A call's `(` and an index's `[` must be on the line of what they
    /// apply to, so a line starting with one never continues the line before.
    mutating func parsePostfix() throws(ParseFailure) -> (expression: Expression, endsWithCall: Bool) {
        var expression = try parseAtom()
        var endsWithCall = false
        var levels = 0
        defer { leaveNesting(levels) }
        while true {
            let start = expression.range.start
            switch current.kind {
            case .symbol(.dot):
                advance()
                let member = try expectName("after `.`")
                expression = Expression(.member(expression, member), range: range(from: start))
                endsWithCall = false
            case .symbol(.leftParen) where !current.isFirstOnLine:
                let arguments = try parseArguments()
                expression = Expression(.call(expression, arguments), range: range(from: start))
                endsWithCall = true
            case .symbol(.leftBracket) where !current.isFirstOnLine:
                advance()
                let index = try parseExpression()
                try expect(.rightBracket, "to close the index")
                expression = Expression(.index(expression, index), range: range(from: start))
                endsWithCall = false
            default:
                return (expression, endsWithCall)
            }
            try enterNesting()
            levels += 1
        }
    }

    /// `(a, dots: 5)`: arguments, each optionally labelled, with an optional trailing comma.
    private mutating func parseArguments() throws(ParseFailure) -> [Argument] {
        advance()
        var arguments: [Argument] = []
        while !at(.rightParen) {
            var label: Identifier?
            if current.kind == .identifier, peek().kind == .symbol(.colon) {
                let name = advance()
                label = identifier(name)
                advance()
            }
            arguments.append(Argument(label: label, value: try parseExpression()))
            guard at(.comma) else {
                guard at(.rightParen) else { throw expected("`,` or `)` after the argument") }
                break
            }
            advance()
        }
        advance()
        return arguments
    }

    private mutating func parseAtom() throws(ParseFailure) -> Expression {
        let token = current
        switch token.kind {
        case .number:
            advance()
            return Expression(.number(Self.numberValue(of: token, in: source.bytes)), range: token.range)
        case .duration:
            advance()
            let seconds = Lexer.durationSeconds(in: source.bytes, from: token.range.start, to: token.range.end)
            return Expression(.duration(seconds ?? 0), range: token.range)
        case .string:
            advance()
            return Expression(.string(parseStringLiteral(token)), range: token.range)
        case .keyword(.true), .keyword(.false):
            advance()
            return Expression(.boolean(token.kind == .keyword(.true)), range: token.range)
        case .identifier:
            advance()
            return Expression(.name(text(of: token)), range: token.range)
        case .symbol(.leftBracket):
            return try parseList()
        case .symbol(.leftParen):
            try enterNesting()
            defer { leaveNesting() }
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightParen, "to close the `(`")
            return Expression(inner.kind, range: SourceRange(start: token.range.start, end: close.range.end))
        case .invalid:
            advance()
            return Expression(.invalid, range: token.range)
        default:
            throw expectedExpression()
        }
    }

    private mutating func parseList() throws(ParseFailure) -> Expression {
        try enterNesting()
        defer { leaveNesting() }
        let open = advance()
        var elements: [Expression] = []
        while !at(.rightBracket) {
            elements.append(try parseExpression())
            guard at(.comma) else {
                guard at(.rightBracket) else { throw expected("`,` or `]` after the list item") }
                break
            }
            advance()
        }
        advance()
        return Expression(.list(elements), range: range(from: open.range.start))
    }

    /// CV0101 "expected an expression after `=`, found `}`".
    @inline(never)
    mutating func expectedExpression() -> ParseFailure {
        let after = previous.map { " after \(describe($0))" } ?? ""
        var help: String?
        if at(.not) {
            help = "`not` applies to a whole comparison: write `not a == b`, not `a == not b`"
        } else if case .keyword(let keyword) = current.kind, !current.isFirstOnLine, keyword != .true, keyword != .false {
            help = "`\(keyword.rawValue)` is a reserved word and cannot be a name"
        }
        return expected("an expression\(after)", code: .expectedExpression, help: help)
    }

    // Static, like the other helpers of hot parsing functions: a method would
    // be handed a copy of the whole parser (some 300 bytes) on every call.
    @inline(never)
    private static func numberValue(of token: Token, in bytes: [UInt8]) -> Double {
        var whole = 0
        var index = token.range.start
        while index < token.range.end, index - token.range.start < 15, Lexer.isDigit(bytes[index]) {
            whole = whole * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        if index == token.range.end { return Double(whole) }
        return Double(String(decoding: bytes[token.range.start..<token.range.end], as: UTF8.self)) ?? .infinity
    }
}
