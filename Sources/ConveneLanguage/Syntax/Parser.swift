/// A parsed file: its syntax tree and every lexical and syntax problem found.
public struct ParsedFile: Sendable {
    /// The tree; parts that failed to parse are `.invalid` nodes.
    public var syntax: SyntaxFile
    /// Lexical (CV0001–CV0006) and syntax (CV0100–CV0106) diagnostics, in source order.
    public var diagnostics: [Diagnostic]

    public init(syntax: SyntaxFile, diagnostics: [Diagnostic]) {
        self.syntax = syntax
        self.diagnostics = diagnostics
    }
}

/// What a line typed into the language REPL turned out to be.
public enum ReplInput: Sendable {
    case declarations([Declaration])
    case statements([Statement])
    case expression(Expression)
}

/// Parses Convene source text into a `SyntaxFile`, following
/// `Grammar/convene.ebnf`. It never stops at the first problem: every error
/// in a file is reported in one run, each once.
public enum Parser {
    /// Parses a whole script.
    public static func parse(_ source: SourceFile) -> ParsedFile {
        var parser = SyntaxParser(lexer: Lexer(source: source))
        let declarations = parser.parseDeclarations()
        var syntax = SyntaxFile(source: source, declarations: declarations, comments: parser.lexer.comments)
        syntax.symbolCount = parser.symbolCount
        return ParsedFile(syntax: syntax, diagnostics: parser.allDiagnostics)
    }

    /// For `--param name=value` and the REPL: one expression, nothing after it.
    /// The expression is nil when there is any error.
    public static func parseExpression(_ source: SourceFile) -> (Expression?, [Diagnostic]) {
        var parser = SyntaxParser(lexer: Lexer(source: source))
        let expression = try? parser.parseWholeExpression()
        let diagnostics = parser.allDiagnostics
        return (diagnostics.contains(where: \.isError) ? nil : expression, diagnostics)
    }

    /// For the language REPL: a line (or lines) that is declarations,
    /// statements, or one expression. Declarations when it starts with a
    /// declaration keyword other than `let`; statements when it starts with a
    /// statement keyword or is a call followed by more; else one expression.
    /// Nil when there is any error.
    public static func parseReplInput(_ source: SourceFile) -> (ReplInput?, [Diagnostic]) {
        var parser = SyntaxParser(lexer: Lexer(source: source))
        let input: ReplInput?
        switch parser.current.kind {
        case .keyword(let keyword) where keyword.startsDeclarationOnly:
            input = .declarations(parser.parseDeclarations())
        case .keyword(let keyword) where keyword.startsStatement:
            input = .statements(parser.parseStatementsToEnd())
        case .endOfFile:
            input = .statements([])
        default:
            var probe = parser
            let startsWithCall = (try? probe.parsePostfix())?.endsWithCall == true
                && !probe.atBinaryOperator && probe.current.kind != .endOfFile
            if startsWithCall {
                input = .statements(parser.parseStatementsToEnd())
            } else {
                input = (try? parser.parseWholeExpression()).map(ReplInput.expression)
            }
        }
        let diagnostics = parser.allDiagnostics
        return (diagnostics.contains(where: \.isError) ? nil : input, diagnostics)
    }
}

extension SyntaxParser {
    /// The lexer's diagnostics and the parser's, in source order.
    var allDiagnostics: [Diagnostic] {
        DiagnosticRenderer.sorted(lexer.diagnostics + diagnostics)
    }

    /// One expression that must reach the end of the input.
    mutating func parseWholeExpression() throws(ParseFailure) -> Expression {
        let expression = try parseExpression()
        guard current.kind == .endOfFile else { throw expected("the end of the expression") }
        return expression
    }

    /// Statements up to the end of the input, as typed into the REPL.
    mutating func parseStatementsToEnd() -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .endOfFile {
            if at(.rightBrace) {
                if failedAt != current.range.start {
                    report(.expectedStatement, "this `}` closes nothing", at: current.range, help: "remove it, or look for a missing `{`")
                }
                advance()
                continue
            }
            statements.append(parseStatementRecovering())
        }
        return statements
    }
}
