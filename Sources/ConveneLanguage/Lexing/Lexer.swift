/// Everything the lexer found in a file.
public struct LexedFile: Sendable {
    /// The tokens in source order; the last one is always `.endOfFile`.
    public var tokens: [Token]
    /// Every `#` comment in source order.
    public var comments: [Comment]
    /// Lexical problems (CV0001–CV0006) in the order found.
    public var diagnostics: [Diagnostic]

    public init(tokens: [Token], comments: [Comment], diagnostics: [Diagnostic]) {
        self.tokens = tokens
        self.comments = comments
        self.diagnostics = diagnostics
    }
}

/// Splits a script's UTF-8 bytes into tokens.
///
/// The lexer reads bytes, never `Character`s: ASCII decides every token, and
/// non-ASCII text is only validated (inside strings and comments it is
/// ordinary text). It never stops at a problem: it reports it, produces an
/// `.invalid` token where needed and carries on, so one run finds every
/// lexical error. The parser pulls tokens one at a time (`nextToken()`), so a
/// large file is never held as a token array.
public struct Lexer: Sendable {
    let source: SourceFile
    let bytes: [UInt8]
    /// Where the next token starts its search.
    var position: Int
    /// Where lexing stops: the end of the file, or the `}` of an interpolation.
    let end: Int
    /// Whether these tokens are the `{expression}` inside a string, where
    /// quotes and backslashes cannot appear.
    let isInterpolation: Bool
    /// Whether no token has been produced yet on the current line.
    var atLineStart = true
    var comments: [Comment] = []
    var diagnostics: [Diagnostic] = []

    /// A lexer for a whole file.
    public init(source: SourceFile) {
        self.init(source: source, range: SourceRange(start: 0, end: source.bytes.count), isInterpolation: false)
        skipByteOrderMark()
    }

    /// A lexer for part of a file, such as the inside of an interpolation;
    /// token ranges stay offsets into the whole file.
    init(source: SourceFile, range: SourceRange, isInterpolation: Bool) {
        self.source = source
        self.bytes = source.bytes
        self.position = range.start
        self.end = min(range.end, source.bytes.count)
        self.isInterpolation = isInterpolation
    }

    /// Every token of the file, ending with `.endOfFile`, with its comments and problems.
    public func tokenize() -> LexedFile {
        var lexer = self
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        while true {
            let token = lexer.nextToken()
            tokens.append(token)
            if token.kind == .endOfFile { break }
        }
        return LexedFile(tokens: tokens, comments: lexer.comments, diagnostics: lexer.diagnostics)
    }

    /// The next token; `.endOfFile` once the input is used up, and again on every later call.
    mutating func nextToken() -> Token {
        skipTrivia()
        let start = position
        guard position < end else {
            return Token(kind: .endOfFile, range: .point(end), isFirstOnLine: consumeLineStart())
        }
        let byte = bytes[position]
        let kind: TokenKind
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            kind = lexWord()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            kind = lexNumberOrDuration()
        case UInt8(ascii: "\""):
            kind = isInterpolation ? lexQuoteInInterpolation() : lexString()
        case 0x80...:
            kind = lexNonASCII()
        default:
            kind = lexSymbol(byte) ?? lexUnexpectedASCII()
        }
        return Token(kind: kind, range: SourceRange(start: start, end: position), isFirstOnLine: consumeLineStart())
    }

    private mutating func consumeLineStart() -> Bool {
        defer { atLineStart = false }
        return atLineStart
    }

    // MARK: - Trivia

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Skips spaces, line breaks and comments, noting line breaks and keeping comments.
    private mutating func skipTrivia() {
        while position < end {
            let byte = bytes[position]
            // Spaces (indentation, mostly) and the first byte of a token are
            // tested before the switch, which compiles to an indirect jump:
            // every token but a string and `!=` starts above `#`.
            if byte == UInt8(ascii: " ") {
                position += 1
                continue
            }
            if byte > UInt8(ascii: "#") { return }
            switch byte {
            case UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "\n"):
                position += 1
                atLineStart = true
            case UInt8(ascii: "#"):
                lexComment()
            default:
                return
            }
        }
    }

    private mutating func lexComment() {
        let start = position
        position += 1
        while true {
            let (from, to) = (position, end)
            position = bytes.withUnsafeBufferPointer { ByteScan.lineBreakOrNonASCII(in: $0, from: from, to: to) }
            guard position < end, bytes[position] != UInt8(ascii: "\n") else { break }
            skipTextScalar()
        }
        var textEnd = position
        if textEnd > start + 1, bytes[textEnd - 1] == UInt8(ascii: "\r") { textEnd -= 1 }
        let text = String(decoding: bytes[(start + 1)..<textEnd], as: UTF8.self)
        comments.append(Comment(text: text, range: SourceRange(start: start, end: textEnd), isTrailing: !atLineStart))
    }

    // MARK: - Names and keywords

    private mutating func lexWord() -> TokenKind {
        let start = position
        // The first part is scanned once, packing its bytes as `KeywordTable` does.
        let (firstEnd, packed) = Self.scanWord(in: bytes, from: start, to: end)
        position = firstEnd
        var hasHyphen = false
        while position + 1 < end, bytes[position] == UInt8(ascii: "-"), Self.isWordStart(bytes[position + 1]) {
            hasHyphen = true
            position = Self.scanWord(in: bytes, from: position + 1, to: end).end
        }
        if position < end, bytes[position] >= 0x80, let scalar = scalar(at: position), scalar.properties.isAlphabetic {
            return lexNonASCIIWord(from: start)
        }
        if !hasHyphen, (2...8).contains(firstEnd - start), let keyword = KeywordTable.keyword(packed: packed) {
            return .keyword(keyword)
        }
        return .identifier
    }

    /// Where the letters, digits and `_` from `start` end, with the last
    /// eight of them packed big-endian (all of them for a keyword).
    ///
    /// Static, so that a call does not copy the whole lexer as a method's
    /// `self` would be (it is called for every word).
    private static func scanWord(in bytes: [UInt8], from start: Int, to limit: Int) -> (end: Int, packed: UInt64) {
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            var packed: UInt64 = 0
            while index < limit, Self.isWordCharacter(bytes[index]) {
                packed = packed &<< 8 | UInt64(bytes[index])
                index += 1
            }
            return (index, packed)
        }
    }

    static func isWordStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        default: false
        }
    }

    static func isWordCharacter(_ byte: UInt8) -> Bool {
        isWordStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    // MARK: - Symbols

    private mutating func lexSymbol(_ byte: UInt8) -> TokenKind? {
        let next: UInt8 = position + 1 < end ? bytes[position + 1] : 0
        let symbol: Symbol
        var length = 1
        switch byte {
        case UInt8(ascii: "{"): symbol = .leftBrace
        case UInt8(ascii: "}"): symbol = .rightBrace
        case UInt8(ascii: "("): symbol = .leftParen
        case UInt8(ascii: ")"): symbol = .rightParen
        case UInt8(ascii: "["): symbol = .leftBracket
        case UInt8(ascii: "]"): symbol = .rightBracket
        case UInt8(ascii: ","): symbol = .comma
        case UInt8(ascii: ":"): symbol = .colon
        case UInt8(ascii: "."): symbol = .dot
        case UInt8(ascii: "+"): symbol = .plus
        case UInt8(ascii: "-"): symbol = .minus
        case UInt8(ascii: "*"): symbol = .star
        case UInt8(ascii: "/"): symbol = .slash
        case UInt8(ascii: "="):
            if next == UInt8(ascii: "=") { (symbol, length) = (.equal, 2) } else { symbol = .assign }
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") { (symbol, length) = (.lessOrEqual, 2) } else { symbol = .less }
        case UInt8(ascii: ">"):
            if next == UInt8(ascii: "=") { (symbol, length) = (.greaterOrEqual, 2) } else { symbol = .greater }
        case UInt8(ascii: "!") where next == UInt8(ascii: "="):
            (symbol, length) = (.notEqual, 2)
        default:
            return nil
        }
        position += length
        return .symbol(symbol)
    }

    // MARK: - Diagnostics

    mutating func report(_ code: DiagnosticCode, _ message: String, from start: Int, to stop: Int, help: String? = nil) {
        diagnostics.append(Diagnostic(code, message, path: source.path, range: SourceRange(start: start, end: stop), help: help))
    }

    /// The source text between two offsets, for quoting in messages.
    func text(from start: Int, to stop: Int) -> String {
        String(decoding: bytes[start..<stop], as: UTF8.self)
    }
}
