import ConveneLanguage

/// Rewrites a script with different spacing between its tokens, keeping only
/// what the formatter must respect: where blank lines are, which comments
/// trail code, that a call's `(` or an index's `[` stays on its line, and
/// whether a line break follows a list's `[`.
/// Formatting the result must give exactly what formatting the original gives.
struct Respacer {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed | 1
    }

    mutating func respace(_ source: SourceFile) -> String {
        let lexed = Lexer(source: source).tokenize()
        var pieces: [(range: SourceRange, mustBreakBefore: Bool, mustStayOnLine: Bool)] = []
        for token in lexed.tokens where token.kind != .endOfFile {
            let opensCallOrIndex = token.kind == .symbol(.leftParen) || token.kind == .symbol(.leftBracket)
            pieces.append((token.range, opensCallOrIndex && token.isFirstOnLine, opensCallOrIndex && !token.isFirstOnLine))
        }
        for comment in lexed.comments {
            pieces.append((comment.range, !comment.isTrailing, comment.isTrailing))
        }
        pieces.sort { $0.range.start < $1.range.start }

        var text = ""
        var previousEnd = 0
        var previousWasComment = false
        var previousOpensBracket = false
        for piece in pieces {
            let gap = source.text(in: SourceRange(start: previousEnd, end: piece.range.start))
            let lineBreaks = gap.filter { $0 == "\n" }.count
            let hasBlankLine = gap.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast()
                .contains { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
            if previousEnd > 0 {
                if previousOpensBracket {
                    text += lineBreaks > 0 ? "\n" + spaces() : spaces()
                } else if hasBlankLine {
                    text += "\n" + spaces() + "\n" + spaces()
                } else if piece.mustStayOnLine || (lineBreaks == 0 && !previousWasComment) {
                    text += " " + spaces()
                } else if piece.mustBreakBefore || previousWasComment || next(4) == 0 {
                    text += "\n" + spaces()
                } else {
                    text += " "
                }
            }
            text += source.text(in: piece.range)
            previousEnd = piece.range.end
            previousWasComment = source.bytes[piece.range.start] == UInt8(ascii: "#")
            previousOpensBracket = source.bytes[piece.range.start] == UInt8(ascii: "[")
        }
        return text + "\n"
    }

    private mutating func spaces() -> String {
        String(repeating: " ", count: next(5))
    }

    /// A number in `0..<bound` from a fixed sequence, so failures repeat.
    private mutating func next(_ bound: UInt64) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % bound)
    }
}
