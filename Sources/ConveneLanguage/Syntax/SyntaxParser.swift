/// Thrown by a parsing function that cannot go on; the diagnostic (if any)
/// is already reported, and the nearest enclosing loop resynchronises.
struct ParseFailure: Error {}

/// The recursive-descent parser behind `Parser`: one function per rule of
/// `Grammar/convene.ebnf`. It pulls tokens from the lexer one at a time with
/// one token of lookahead beyond the current one.
///
/// Error handling: a function that meets a token it cannot use reports one
/// diagnostic and throws `ParseFailure`; the loop over declarations, statements
/// or settings catches it, records an `.invalid` node and skips to a point
/// where parsing can resume (see `SyntaxParser+Recovery.swift`). A diagnostic
/// is not reported when its line already holds a token the lexer rejected,
/// so one mistake gives one error.
struct SyntaxParser {
    /// Blocks and expressions may nest this deep: scripts are untrusted, and
    /// every later stage walks the tree recursively.
    static let maximumNesting = 200

    var lexer: Lexer
    let source: SourceFile
    private(set) var current: Token
    private var lookahead: Token?
    /// The token most recently consumed; nil before the first.
    private(set) var previous: Token?
    var diagnostics: [Diagnostic] = []
    /// How many blocks, brackets and operators enclose the current position.
    var nesting: Int
    var reportedTooDeep = false
    /// Where the last token the lexer rejected ends, or -1: syntax errors on
    /// its line are not reported, as the lexer's error already covers them.
    private var lastInvalidEnd = -1
    /// How many `(` and `[` consumed since the current statement began are still open.
    var openDelimiters = 0
    /// The offset of the token at which an unclosed `{` was last reported, so
    /// the blocks around it stay quiet about the same place.
    var unclosedReportedAt: Int?
    /// The offset of the token the last failure stopped at.
    private(set) var failedAt: Int?
    /// Lists being collected, each finished at its exact size.
    var statementStack = ScratchStack<Statement>()
    var workshopItemStack = ScratchStack<WorkshopItem>()
    var gridItemStack = ScratchStack<GridItem>()
    var voteSettingStack = ScratchStack<VoteSetting>()
    /// How many names the statements and declarations parsed so far can declare.
    var symbolCount = SymbolCount()

    init(lexer: Lexer, nesting: Int = 0) {
        var lexer = lexer
        let first = lexer.nextToken()
        self.lexer = lexer
        self.source = lexer.source
        self.current = first
        self.nesting = nesting
        if first.kind == .invalid { lastInvalidEnd = first.range.end }
    }

    // MARK: - Moving through tokens

    /// Consumes the current token and returns it.
    @discardableResult
    mutating func advance() -> Token {
        let token = current
        previous = token
        if let next = lookahead {
            current = next
            lookahead = nil
        } else {
            current = lexer.nextToken()
        }
        if current.kind == .invalid { lastInvalidEnd = current.range.end }
        switch token.kind {
        case .symbol(.leftParen), .symbol(.leftBracket): openDelimiters += 1
        case .symbol(.rightParen), .symbol(.rightBracket): openDelimiters = max(0, openDelimiters - 1)
        default: break
        }
        return token
    }

    /// The token after the current one.
    mutating func peek() -> Token {
        if let lookahead { return lookahead }
        let next = lexer.nextToken()
        lookahead = next
        return next
    }

    func at(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    func at(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }

    /// Whether the current token is the identifier `word` (a contextual word
    /// such as `method`), compared in place, without making a String of it.
    func atWord(_ word: StaticString) -> Bool {
        guard current.kind == .identifier else { return false }
        // Only locals are captured: a closure capturing `self` copies the parser.
        let (bytes, range) = (source.bytes, current.range)
        return word.withUTF8Buffer { Self.spells(bytes, range, $0) }
    }

    /// `atWord` for a word known only at run time.
    func atWord(named word: String) -> Bool {
        guard current.kind == .identifier else { return false }
        let (bytes, range) = (source.bytes, current.range)
        var word = word
        return word.withUTF8 { Self.spells(bytes, range, $0) }
    }

    private static func spells(_ bytes: [UInt8], _ range: SourceRange, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.end - range.start == word.count else { return false }
        for offset in 0..<word.count where bytes[range.start + offset] != word[offset] { return false }
        return true
    }

    func text(of token: Token) -> String {
        source.text(in: token.range)
    }

    /// The end of the last token consumed (the start of the input before any).
    var previousEnd: Int { previous?.range.end ?? current.range.start }

    /// A range from `start` to the end of the last token consumed.
    func range(from start: Int) -> SourceRange {
        SourceRange(start: start, end: previousEnd)
    }

    // MARK: - Expecting tokens

    // The helpers below that build messages are never inlined: their string
    // work would otherwise enlarge the stack frames of the recursive parsing
    // functions that call them, and nesting depth is bounded by stack size.
    // Their texts are autoclosures, built only when something is wrong.

    @discardableResult
    @inline(never)
    mutating func expect(
        _ symbol: Symbol, _ purpose: @autoclosure () -> String, help: @autoclosure () -> String? = nil
    ) throws(ParseFailure) -> Token {
        guard at(symbol) else { throw expected("`\(symbol.rawValue)` \(purpose())", help: help()) }
        return advance()
    }

    @discardableResult
    @inline(never)
    mutating func expect(
        _ keyword: Keyword, _ purpose: @autoclosure () -> String, help: @autoclosure () -> String? = nil
    ) throws(ParseFailure) -> Token {
        guard at(keyword) else { throw expected("`\(keyword.rawValue)` \(purpose())", help: help()) }
        return advance()
    }

    /// A name, such as a stage's or a collection's. `purpose` completes
    /// "expected a name …", e.g. "for the stage after `stage`".
    @inline(never)
    mutating func expectName(
        _ purpose: @autoclosure () -> String, help: @autoclosure () -> String? = nil
    ) throws(ParseFailure) -> Identifier {
        guard current.kind == .identifier else {
            var help = help()
            if case .keyword(let keyword) = current.kind, !current.isFirstOnLine {
                help = "`\(keyword.rawValue)` is a reserved word and cannot be a name"
            }
            throw expected("a name \(purpose())", help: help)
        }
        let name = advance()
        return identifier(name)
    }

    /// A string literal; `what` completes "expected …".
    @inline(never)
    mutating func expectString(
        _ what: @autoclosure () -> String, help: @autoclosure () -> String? = nil
    ) throws(ParseFailure) -> StringLiteral {
        guard current.kind == .string else { throw expected(what(), help: help()) }
        return parseStringLiteral(advance())
    }

    /// A string if one comes next. A token the lexer rejected there (such as
    /// unterminated text) is taken as the missing string: it is already reported.
    @inline(never)
    mutating func optionalString() -> StringLiteral? {
        if current.kind == .string { return parseStringLiteral(advance()) }
        if current.kind == .invalid, !current.isFirstOnLine { advance() }
        return nil
    }

    func identifier(_ token: Token) -> Identifier {
        Identifier(text(of: token), range: token.range)
    }

    // MARK: - Reporting

    @inline(never)
    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange, notes: [String] = [], help: String? = nil) {
        diagnostics.append(Diagnostic(code, message, path: source.path, range: range, notes: notes, help: help))
    }

    /// Reports a syntax error (unless its line already has a lexical one) and
    /// returns the failure to throw.
    @inline(never)
    mutating func failure(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, notes: [String] = [], help: String? = nil
    ) -> ParseFailure {
        if current.kind != .invalid, !isOnLineOfInvalidToken(range.start) {
            report(code, message, at: range, notes: notes, help: help)
        }
        failedAt = current.range.start
        return ParseFailure()
    }

    private func isOnLineOfInvalidToken(_ offset: Int) -> Bool {
        guard lastInvalidEnd >= 0, lastInvalidEnd <= offset else { return false }
        return line(of: lastInvalidEnd) == line(of: offset)
    }

    /// The 0-based line of an offset, by binary search over the line starts.
    func line(of offset: Int) -> Int {
        let lineStarts = source.lineStarts
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// "expected WHAT, found TOKEN", pointing just after the previous token
    /// when the current one starts a new line (that is where something is missing).
    @inline(never)
    mutating func expected(_ what: String, code: DiagnosticCode = .expectedToken, help: String? = nil, notes: [String] = []) -> ParseFailure {
        failure(code, "expected \(what), found \(describe(current))", at: missingRange, notes: notes, help: help)
    }

    /// Where to point when something is missing before the current token.
    var missingRange: SourceRange {
        if let previous, current.kind == .endOfFile || current.isFirstOnLine {
            return .point(previous.range.end)
        }
        return current.range
    }

    /// A token as messages quote it: "`say`", "`\"Intro\"`", "the end of the file".
    @inline(never)
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfFile:
            return lexer.isInterpolation ? "`}`" : "the end of the file"
        default:
            var text = text(of: token)
            if let lineBreak = text.firstIndex(of: "\n") { text = String(text[..<lineBreak]) + "…" }
            if text.count > 30 { text = String(text.prefix(29)) + "…" }
            return "`\(text)`"
        }
    }

    // MARK: - Nesting

    /// Counts one more level of nesting, failing past `maximumNesting`.
    mutating func enterNesting() throws(ParseFailure) {
        guard nesting < Self.maximumNesting else { throw tooDeep() }
        nesting += 1
    }

    @inline(never)
    private mutating func tooDeep() -> ParseFailure {
        if !reportedTooDeep {
            reportedTooDeep = true
            report(.nestingTooDeep, "this is nested more than \(Self.maximumNesting) levels deep", at: current.range,
                   help: "split it up with `let` or activities")
        }
        return ParseFailure()
    }

    mutating func leaveNesting(_ levels: Int = 1) {
        nesting -= levels
    }
}

extension Keyword {
    /// Keywords that start a top-level declaration.
    var startsDeclaration: Bool {
        switch self {
        case .import, .workshop, .stage, .activity, .grid, .let, .output, .break, .day: true
        default: false
        }
    }

    /// Declaration keywords that cannot start a statement (all but `let`):
    /// met inside a block, they mean the block was not closed.
    var startsDeclarationOnly: Bool { startsDeclaration && self != .let }

    var startsStatement: Bool {
        switch self {
        case .say, .prompt, .cluster, .vote, .place, .actions, .let, .for, .if, .return: true
        default: false
        }
    }
}
