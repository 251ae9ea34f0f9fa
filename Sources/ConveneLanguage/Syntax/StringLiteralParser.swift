/// Decodes a string token: its escapes, and where its `{interpolations}` are.
///
/// Escapes: `\"` `\\` `\n` `\t` `\{` `\}`. (The lexer reports any other
/// backslash; here it is kept as written.) `{expression}` interpolates; an
/// empty `{}`, a `{` without its `}` or a `}` without its `{` is CV0005.
///
/// A block string `"""…"""` is laid out as it reads in the script:
/// 1. if the line holding the opening `"""` is otherwise blank, that line and
///    its line break are dropped; likewise the line holding the closing
///    `"""` and the line break before it;
/// 2. the indentation (spaces and tabs) common to every remaining non-blank
///    line that starts a line of the file is removed from each of them (text
///    right after the opening `"""` keeps its spaces);
/// 3. lines holding only spaces and tabs become empty, and `\r\n` becomes `\n`.
/// Escapes are decoded afterwards, so `\n` in a block adds a line break
/// without affecting the indentation.
struct StringLiteralParser {
    /// A piece of decoded text or the source range inside an interpolation's braces.
    enum Piece {
        case text(String)
        case interpolation(SourceRange)
    }

    /// The file's bytes, rather than the whole `SourceFile`: a parser is
    /// made for every string `simpleSegments` cannot split, and each
    /// reference held costs a retain and a release. (Problems get the file's
    /// path when they become diagnostics.)
    let bytes: [UInt8]
    let isBlock: Bool
    private var contentStart: Int
    private var contentEnd: Int
    /// Bytes of indentation removed from each non-blank line of a block.
    private var indentation = 0
    /// Whether a block's text starts right after its opening `"""`, not on a line of its own.
    private var startsMidLine = false
    /// The current text piece is `buffer` followed by the source bytes from
    /// `runStart` on: text without escapes is copied once, straight from the
    /// source, and only escapes and dropped bytes move it into `buffer`.
    private var buffer: [UInt8] = []
    private var runStart = 0
    /// CV0005 problems found, as (message, range, help).
    private(set) var problems: [(message: String, range: SourceRange, help: String)] = []

    /// A parser for the string token covering `range` (quotes included).
    init(source: SourceFile, range: SourceRange) {
        let bytes = source.bytes
        let start = range.start
        let isBlock = range.end - start >= 6 && bytes[start + 1] == UInt8(ascii: "\"") && bytes[start + 2] == UInt8(ascii: "\"")
        let delimiter = isBlock ? 3 : 1
        self.bytes = bytes
        self.isBlock = isBlock
        contentStart = start + delimiter
        contentEnd = max(start + delimiter, range.end - delimiter)
    }

    /// The decoded pieces, in order; adjacent text is one piece.
    mutating func parse() -> [Piece] {
        var pieces: [Piece] = []
        parse { pieces.append($0) }
        return pieces
    }

    /// Hands each decoded piece to `emit`, in order; adjacent text is one piece.
    mutating func parse(_ emit: (Piece) -> Void) {
        if isBlock {
            trimDelimiterLines()
            indentation = commonIndentation()
        }
        var index = contentStart
        runStart = index
        var atLineStart = isBlock && !startsMidLine
        while index < contentEnd {
            if atLineStart {
                let textStart = skipIndentation(from: index)
                if textStart != index {
                    moveRun(upTo: index)
                    runStart = textStart
                }
                index = textStart
                atLineStart = false
                continue
            }
            let (from, to) = (index, contentEnd)
            index = bytes.withUnsafeBufferPointer { ByteScan.literalSpecial(in: $0, from: from, to: to) }
            guard index < contentEnd else { break }
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index = decodeEscape(at: index)
            case UInt8(ascii: "{"):
                index = scanInterpolation(at: index, emit)
            case UInt8(ascii: "}"):
                report("this `}` closes no interpolation", SourceRange(start: index, end: index + 1),
                       help: "write `\\}` for a brace in the text")
                index += 1
            case UInt8(ascii: "\r") where index + 1 < contentEnd && bytes[index + 1] == UInt8(ascii: "\n"):
                moveRun(upTo: index)
                index += 1
                runStart = index
            case UInt8(ascii: "\n"):
                index += 1
                atLineStart = isBlock
            default:
                index += 1
            }
        }
        flushText(upTo: contentEnd, emit)
    }

    /// Copies the source bytes of the current text up to `end` into `buffer`.
    private mutating func moveRun(upTo end: Int) {
        if end > runStart { buffer.append(contentsOf: bytes[runStart..<end]) }
        runStart = end
    }

    /// Ends the current text piece at `end`, if it holds anything.
    private mutating func flushText(upTo end: Int, _ emit: (Piece) -> Void) {
        if buffer.isEmpty {
            guard end > runStart else { return }
            emit(.text(String(decoding: bytes[runStart..<end], as: UTF8.self)))
            runStart = end
            return
        }
        moveRun(upTo: end)
        emit(.text(String(decoding: buffer, as: UTF8.self)))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Decodes the escape at `index` into `buffer` and returns where the text
    /// resumes. A backslash that escapes nothing stays in the text.
    private mutating func decodeEscape(at index: Int) -> Int {
        guard index + 1 < contentEnd else { return index + 1 }
        let decoded: UInt8
        switch bytes[index + 1] {
        case UInt8(ascii: "n"): decoded = UInt8(ascii: "\n")
        case UInt8(ascii: "t"): decoded = UInt8(ascii: "\t")
        case let escaped where [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}")].contains(escaped):
            decoded = escaped
        default:
            return index + 1
        }
        moveRun(upTo: index)
        buffer.append(decoded)
        runStart = index + 2
        return index + 2
    }

    /// Records the interpolation opening at `index` and returns where the text resumes.
    private mutating func scanInterpolation(at index: Int, _ emit: (Piece) -> Void) -> Int {
        var close = index + 1
        while close < contentEnd, bytes[close] != UInt8(ascii: "}"), bytes[close] != UInt8(ascii: "{") { close += 1 }
        guard close < contentEnd, bytes[close] == UInt8(ascii: "}") else {
            report("this `{` is never closed", SourceRange(start: index, end: index + 1),
                   help: "close the interpolation with `}`, or write `\\{` for a brace in the text")
            return index + 1
        }
        let inside = SourceRange(start: index + 1, end: close)
        if isBlank(inside) {
            report("empty interpolation `{}`", SourceRange(start: index, end: close + 1),
                   help: "put a name or an expression between the braces, or write `\\{` and `\\}` for braces in the text")
            moveRun(upTo: index)
        } else {
            flushText(upTo: index, emit)
            emit(.interpolation(inside))
        }
        runStart = close + 1
        return close + 1
    }

    private mutating func report(_ message: String, _ range: SourceRange, help: String) {
        problems.append((message, range, help))
    }

    /// The problems found, as diagnostics in the file at `path`.
    func diagnostics(path: String) -> [Diagnostic] {
        problems.map { Diagnostic(.malformedInterpolation, $0.message, path: path, range: $0.range, help: $0.help) }
    }

    private func isBlank(_ range: SourceRange) -> Bool {
        var index = range.start
        while index < range.end, Self.isSpace(bytes[index]) { index += 1 }
        return index == range.end
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private static func isIndentation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    // MARK: - Block layout

    /// Step 1: drops the opening and closing delimiters' lines when blank.
    private mutating func trimDelimiterLines() {
        let firstLineStart = contentStart
        startsMidLine = true
        guard let firstBreak = bytes[contentStart..<contentEnd].firstIndex(of: UInt8(ascii: "\n")),
              let lastBreak = bytes[contentStart..<contentEnd].lastIndex(of: UInt8(ascii: "\n"))
        else { return }
        var start = contentStart
        var end = contentEnd
        if bytes[contentStart..<firstBreak].allSatisfy(Self.isSpace) { start = firstBreak + 1 }
        if bytes[(lastBreak + 1)..<contentEnd].allSatisfy(Self.isSpace) {
            end = lastBreak
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        contentStart = start
        contentEnd = max(start, end)
        startsMidLine = start == firstLineStart
    }

    /// Step 2: the length of the indentation all non-blank lines share.
    private func commonIndentation() -> Int {
        var common: ArraySlice<UInt8>?
        var lineStart = contentStart
        if startsMidLine {
            while lineStart < contentEnd, bytes[lineStart] != UInt8(ascii: "\n") { lineStart += 1 }
            lineStart += 1
        }
        while lineStart < contentEnd {
            var lineEnd = lineStart
            while lineEnd < contentEnd, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var textStart = lineStart
            while textStart < lineEnd, Self.isIndentation(bytes[textStart]) { textStart += 1 }
            if textStart < lineEnd, !(textStart == lineEnd - 1 && bytes[textStart] == UInt8(ascii: "\r")) {
                let indentation = bytes[lineStart..<textStart]
                if let shared = common {
                    common = shared.prefix(zip(shared, indentation).prefix { $0 == $1 }.count)
                } else {
                    common = indentation
                }
            }
            lineStart = lineEnd + 1
        }
        return common?.count ?? 0
    }

    /// Step 2 and 3 for one line: skips its indentation, or all of it when blank.
    private func skipIndentation(from lineStart: Int) -> Int {
        var index = lineStart
        while index < contentEnd, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == UInt8(ascii: "\r") {
            index += 1
        }
        if index == contentEnd || bytes[index] == UInt8(ascii: "\n") { return index }
        return min(lineStart + indentation, index)
    }
}

extension SyntaxParser {
    /// The literal a string token stands for, with each interpolation parsed
    /// as an expression whose ranges point into the file.
    @inline(never)
    mutating func parseStringLiteral(_ token: Token) -> StringLiteral {
        if let segments = Self.simpleSegments(of: token, in: source.bytes) {
            return StringLiteral(segments: segments, isBlock: false, range: token.range)
        }
        var parser = StringLiteralParser(source: source, range: token.range)
        // A string has at most one more piece of text than interpolations, and
        // each interpolation opens with `{`: room for that many is made once.
        let (start, end) = (token.range.start, token.range.end)
        let braces = source.bytes.withUnsafeBufferPointer { ByteScan.count(of: UInt8(ascii: "{"), in: $0, from: start, to: end) }
        var segments: [StringSegment] = []
        segments.reserveCapacity(2 * braces + 1)
        parser.parse { piece in
            switch piece {
            case .text(let text): segments.append(.text(text))
            case .interpolation(let range): segments.append(.interpolation(parseInterpolation(range)))
            }
        }
        if !parser.problems.isEmpty { diagnostics.append(contentsOf: parser.diagnostics(path: source.path)) }
        return StringLiteral(segments: segments, isBlock: parser.isBlock, range: token.range)
    }

    /// The segments of a one-line string with no escape or carriage return
    /// whose interpolations, if any, are bare names (`"Round {i} on {focus}"`):
    /// most strings, decoded without setting up a `StringLiteralParser`, with
    /// what it would make of them. Nil for any other string, including one
    /// with a stray or unclosed brace, which that parser reports.
    /// (Static, as a method would be handed a copy of the whole parser.)
    private static func simpleSegments(of token: Token, in bytes: [UInt8]) -> [StringSegment]? {
        let start = token.range.start + 1
        let end = token.range.end - 1
        // An empty string is one empty piece of text; `"""` opens a block string.
        guard end > start else { return end == start ? [.text("")] : nil }
        guard bytes[start] != UInt8(ascii: "\"") else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> [StringSegment]? in
            // At most one more piece of text than interpolations, each opening with `{`.
            var segments: [StringSegment] = []
            segments.reserveCapacity(2 * ByteScan.count(of: UInt8(ascii: "{"), in: buffer, from: start, to: end) + 1)
            var index = start
            while true {
                let special = ByteScan.literalSpecial(in: buffer, from: index, to: end)
                guard special == end || buffer[special] == UInt8(ascii: "{") else { return nil }
                if special > index { segments.append(.text(String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<special]), as: UTF8.self))) }
                guard special < end else { return segments }
                var close = special + 1
                while close < end, buffer[close] != UInt8(ascii: "}"), buffer[close] != UInt8(ascii: "{") { close += 1 }
                guard close < end, buffer[close] == UInt8(ascii: "}"),
                      let name = bareName(in: SourceRange(start: special + 1, end: close), of: bytes)
                else { return nil }
                segments.append(.interpolation(name))
                index = close + 1
            }
        }
    }

    /// The expression between an interpolation's braces; it must be the whole of what is there.
    private mutating func parseInterpolation(_ range: SourceRange) -> Expression {
        if let name = Self.bareName(in: range, of: source.bytes) { return name }
        var inner = SyntaxParser(lexer: Lexer(source: source, range: range, isInterpolation: true), nesting: nesting)
        inner.reportedTooDeep = reportedTooDeep
        var expression = Expression(.invalid, range: range)
        do {
            let parsed = try inner.parseExpression()
            guard inner.current.kind == .endOfFile else {
                throw inner.expected("`}` to end the interpolation", code: .malformedInterpolation,
                                     help: "an interpolation holds one expression, such as `{theme.name}`")
            }
            expression = parsed
        } catch {}
        if !inner.lexer.diagnostics.isEmpty { diagnostics.append(contentsOf: inner.lexer.diagnostics) }
        if !inner.diagnostics.isEmpty { diagnostics.append(contentsOf: inner.diagnostics) }
        reportedTooDeep = inner.reportedTooDeep
        return expression
    }

    /// `{name}`, the most common interpolation, read without setting up a
    /// lexer and parser of its own: a word of letters, digits and `_` that is
    /// not a keyword, with only spaces and tabs around it. Anything else
    /// (a hyphen, a dot, a keyword) is left to `parseInterpolation`.
    private static func bareName(in range: SourceRange, of bytes: [UInt8]) -> Expression? {
        var start = range.start
        while start < range.end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        guard start < range.end, Lexer.isWordStart(bytes[start]) else { return nil }
        var end = start + 1
        while end < range.end, Lexer.isWordCharacter(bytes[end]) { end += 1 }
        var rest = end
        while rest < range.end, bytes[rest] == UInt8(ascii: " ") || bytes[rest] == UInt8(ascii: "\t") { rest += 1 }
        guard rest == range.end, KeywordTable.keyword(in: bytes, from: start, to: end) == nil else { return nil }
        return Expression(.name(String(decoding: bytes[start..<end], as: UTF8.self)), range: SourceRange(start: start, end: end))
    }
}
