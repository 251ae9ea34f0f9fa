/// The kinds of token the lexer produces.
public enum TokenKind: Sendable, Hashable {
    /// A name: letters, digits and `_`, with single `-` between words (`quick-wins`).
    case identifier
    /// A reserved word.
    case keyword(Keyword)
    /// A number such as `3` or `2.5`.
    case number
    /// A duration such as `45m`, `1h30m` or `2d`.
    case duration
    /// A string: `"…"` or a block string `"""…"""`, possibly with `{interpolation}`.
    case string
    /// An operator or punctuation mark.
    case symbol(Symbol)
    /// The end of the file.
    case endOfFile
    /// Text the lexer could not make sense of (already reported).
    case invalid
}

/// The words the language reserves. Words such as `method`, `dots` or `axis`
/// are only special inside the block that uses them and stay usable as names.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case `import`, workshop, stage, activity, grid, `let`, `for`, `in`, `if`, `else`, `return`
    case say, prompt, cluster, into, vote, on, place, actions, output, `break`, day
    case `true`, `false`, and, or, not, by, from, to, `where`, `is`
}

/// Operators and punctuation.
public enum Symbol: String, Sendable, Hashable, CaseIterable {
    case leftBrace = "{", rightBrace = "}"
    case leftParen = "(", rightParen = ")"
    case leftBracket = "[", rightBracket = "]"
    case comma = ",", colon = ":", dot = "."
    case assign = "=", equal = "==", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", star = "*", slash = "/"
}

/// One token: its kind and where it is. Its text is read from the source when needed.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var range: SourceRange
    /// Whether a line break separates this token from the one before it.
    /// A call's `(` or an index's `[` must stay on the line of what it applies to.
    public var isFirstOnLine: Bool

    public init(kind: TokenKind, range: SourceRange, isFirstOnLine: Bool) {
        self.kind = kind
        self.range = range
        self.isFirstOnLine = isFirstOnLine
    }
}

/// A `#` comment, kept so the formatter can put it back.
public struct Comment: Sendable, Hashable {
    /// The comment's text after `#`, without the line break.
    public var text: String
    public var range: SourceRange
    /// Whether code precedes the comment on its line (`vote x on y { # why`).
    public var isTrailing: Bool

    public init(text: String, range: SourceRange, isTrailing: Bool) {
        self.text = text
        self.range = range
        self.isTrailing = isTrailing
    }
}
