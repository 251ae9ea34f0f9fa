/// Resuming after a syntax error, and reporting blocks left open. Each skip
/// tracks `{ }` depth so it never stops inside a nested block.
extension SyntaxParser {
    /// Skips to the next declaration keyword at the start of a line or just
    /// after a `}` that closes everything skipped; or, outside any block, to
    /// an unindented line that starts another stray statement or activity
    /// call, which is reported in turn. (Indented ones are most likely the
    /// rest of a block a stray `}` closed early: one error says enough.)
    mutating func synchronizeDeclaration() {
        defer { openDelimiters = 0 }
        var depth = 0
        var afterClosingBrace = false
        while current.kind != .endOfFile {
            if case .keyword(let keyword) = current.kind, keyword.startsDeclaration,
               current.isFirstOnLine || afterClosingBrace,
               depth == 0 || keyword.startsDeclarationOnly {
                return
            }
            if depth == 0, current.isFirstOnLine, isUnindented, startsStrayStatement() { return }
            afterClosingBrace = false
            switch current.kind {
            case .symbol(.leftBrace):
                depth += 1
            case .symbol(.rightBrace):
                depth = max(0, depth - 1)
                afterClosingBrace = depth == 0
            default:
                break
            }
            advance()
        }
    }

    private var isUnindented: Bool {
        current.range.start == 0 || source.bytes[current.range.start - 1] == UInt8(ascii: "\n")
    }

    /// A statement keyword, or a name followed by `(`: a statement written
    /// outside any stage.
    private mutating func startsStrayStatement() -> Bool {
        switch current.kind {
        case .keyword(let keyword): keyword.startsStatement && !keyword.startsDeclaration
        case .identifier: peek().kind == .symbol(.leftParen)
        default: false
        }
    }

    /// Skips to the next statement at the start of a line, or to the `}`
    /// that closes the block, or to a declaration that shows the block was
    /// never closed. A line starting with a statement keyword always resumes;
    /// one starting with a name or a literal (a call, or a mistake to report)
    /// only once every `(` and `[` of the broken statement is closed.
    mutating func synchronizeStatement() {
        skip { parser in
            guard parser.current.isFirstOnLine else { return false }
            switch parser.current.kind {
            case .keyword(let keyword) where keyword.startsStatement:
                return true
            case .identifier, .string, .number, .duration, .keyword(.true), .keyword(.false):
                return parser.openDelimiters == 0
            default:
                return false
            }
        }
    }

    /// Skips to the next setting of a workshop, grid or vote block: a word at
    /// the start of a line, or the block's `}`.
    mutating func synchronizeSetting() {
        skip { parser in parser.current.isFirstOnLine && parser.current.kind == .identifier && parser.openDelimiters == 0 }
    }

    /// Skips tokens until `isResumePoint` holds outside any nested block, the
    /// enclosing block's `}` is reached, or a declaration keyword starts a line.
    private mutating func skip(until isResumePoint: (inout SyntaxParser) -> Bool) {
        defer { openDelimiters = 0 }
        var depth = 0
        while current.kind != .endOfFile {
            if current.isFirstOnLine, case .keyword(let keyword) = current.kind, keyword.startsDeclarationOnly {
                return
            }
            switch current.kind {
            case .symbol(.rightBrace) where depth == 0:
                return
            case .symbol(.rightBrace):
                depth -= 1
            case .symbol(.leftBrace):
                depth += 1
            default:
                if depth == 0, isResumePoint(&self) { return }
            }
            advance()
        }
    }

    /// Steps over the token a failed statement or setting started with when
    /// nothing was consumed, so the skip that follows cannot stop on it again.
    mutating func skipIfStuck(at start: Int) {
        if current.range.start == start, !at(.rightBrace), !endsUnclosedBlock { advance() }
    }

    /// Whether the current token ends a block that has no `}`: the end of the
    /// file, or a declaration keyword starting a line.
    var endsUnclosedBlock: Bool {
        if current.kind == .endOfFile { return true }
        guard current.isFirstOnLine, case .keyword(let keyword) = current.kind else { return false }
        return keyword.startsDeclarationOnly
    }

    /// CV0105 for a `{` whose block ran into `endsUnclosedBlock` (or, for a
    /// vote, a statement), once per place: the blocks around it that end at
    /// the same token stay quiet, as does a block cut off by text that never
    /// ends, or whose missing `{` was already reported (`open` is nil).
    @inline(never)
    mutating func reportUnclosed(_ open: Token?, _ owner: String) {
        guard unclosedReportedAt != current.range.start else { return }
        unclosedReportedAt = current.range.start
        guard let open else { return }
        if current.kind == .endOfFile {
            guard previous?.kind != .invalid else { return }
            report(.unclosedBlock, "the `{` that opens \(owner) is never closed", at: open.range,
                   notes: ["the file ends before it is closed"], help: "add `}` to close \(owner)")
        } else {
            let line = source.location(of: current.range.start).line
            let what = current.kind == .keyword(.let) || !endsUnclosedBlock ? "statement" : "declaration"
            report(.unclosedBlock, "the `{` that opens \(owner) is never closed", at: open.range,
                   notes: ["`\(text(of: current))` on line \(line) starts a new \(what) before it is closed"],
                   help: "add `}` to close \(owner), before line \(line)")
        }
    }
}
