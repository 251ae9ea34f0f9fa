/// Strings: `"…"` on one line and `"""…"""` blocks over several lines. The
/// lexer only finds where a string ends and checks its escapes; the parser's
/// `StringLiteralParser` decodes the text and its `{interpolations}`.
extension Lexer {
    static let escapeHelp = #"the escapes are \" \\ \n \t \{ and \}; write \\ for a backslash"#

    mutating func lexString() -> TokenKind {
        let start = position
        if position + 2 < end, bytes[position + 1] == UInt8(ascii: "\""), bytes[position + 2] == UInt8(ascii: "\"") {
            return lexBlockString()
        }
        position += 1
        var inInterpolation = false
        while position < end {
            skipPlainText()
            guard position < end else { break }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return .string
            case UInt8(ascii: "\n"):
                return reportUnterminatedString(from: start, delimiter: "\"")
            case UInt8(ascii: "\\"):
                skipEscape(reportingInvalid: !inInterpolation)
            case UInt8(ascii: "{"):
                inInterpolation = true
                position += 1
            case UInt8(ascii: "}"):
                inInterpolation = false
                position += 1
            case 0x80...:
                skipTextScalar()
            default:
                position += 1
            }
        }
        return reportUnterminatedString(from: start, delimiter: "\"")
    }

    private mutating func lexBlockString() -> TokenKind {
        let start = position
        position += 3
        var inInterpolation = false
        while position < end {
            skipPlainText()
            guard position < end else { break }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                if position + 2 < end, bytes[position + 1] == UInt8(ascii: "\""), bytes[position + 2] == UInt8(ascii: "\"") {
                    position += 3
                    return .string
                }
                position += 1
            case UInt8(ascii: "\\"):
                skipEscape(reportingInvalid: !inInterpolation)
            case UInt8(ascii: "{"):
                inInterpolation = true
                position += 1
            case UInt8(ascii: "}"):
                inInterpolation = false
                position += 1
            case 0x80...:
                skipTextScalar()
            default:
                position += 1
            }
        }
        return reportUnterminatedString(from: start, delimiter: "\"\"\"")
    }

    /// Steps over ASCII text up to the next quote, backslash, brace, line
    /// break or non-ASCII byte.
    private mutating func skipPlainText() {
        let from = position
        let to = end
        position = bytes.withUnsafeBufferPointer { ByteScan.stringSpecial(in: $0, from: from, to: to) }
    }

    /// Skips a backslash and the character it escapes. Inside an
    /// interpolation a backslash is not an escape; the interpolation's own
    /// lexer reports it there.
    private mutating func skipEscape(reportingInvalid: Bool) {
        let start = position
        position += 1
        guard position < end else { return }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            position += 1
            return
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            if reportingInvalid {
                report(.invalidEscape, "a `\\` cannot end a line", from: start, to: position, help: Self.escapeHelp)
            }
            return
        default:
            let length = byte < 0x80 ? 1 : utf8Length(at: position)
            position += length
            if reportingInvalid {
                report(.invalidEscape, "`\(text(from: start, to: position))` is not an escape", from: start, to: position, help: Self.escapeHelp)
            }
        }
    }

    /// CV0003 from the opening quote to the end of its line; the token takes
    /// the rest of the line (or, for a block, the rest of the file).
    private mutating func reportUnterminatedString(from start: Int, delimiter: String) -> TokenKind {
        var lineEnd = start
        while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        if delimiter == "\"" {
            position = lineEnd
            report(.unterminatedString, "this text has no closing `\"`", from: start, to: lineEnd,
                   help: "end the text with `\"` on the same line; text over several lines goes in `\"\"\"` … `\"\"\"`")
        } else {
            report(.unterminatedString, "this block of text has no closing `\"\"\"`", from: start, to: lineEnd,
                   help: "end the block with `\"\"\"`")
        }
        return .invalid
    }

    /// A `"` inside an interpolation of a block string: an interpolation may
    /// not contain a string. The token runs to the next `"`.
    mutating func lexQuoteInInterpolation() -> TokenKind {
        let start = position
        position += 1
        while position < end, bytes[position] != UInt8(ascii: "\"") { position += 1 }
        if position < end { position += 1 }
        report(.malformedInterpolation, "an interpolation cannot contain text in quotes", from: start, to: position,
               help: "work the text out first with `let`, then interpolate its name")
        return .invalid
    }
}
