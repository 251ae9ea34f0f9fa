/// Writes string literals canonically: every escape the language has is used
/// where it is needed and nowhere else, and non-ASCII text is kept as is.
struct StringLiteralWriter {
    /// Writes an interpolated expression (without its braces).
    var expression: (Expression) -> String

    /// The literal as written in a script. A block string spans several lines:
    /// its lines after the first are indented by `indentation`.
    func write(_ literal: StringLiteral, indentation: String) -> String {
        literal.isBlock && Self.fitsBlock(literal) ? block(literal, indentation: indentation) : quoted(literal)
    }

    /// Whether a block string can hold this text. Reading a block drops a
    /// line's indentation and empties lines of spaces, and no escape spells a
    /// space or a carriage return, so text relying on those must be quoted.
    private static func fitsBlock(_ literal: StringLiteral) -> Bool {
        var lines: [[Unicode.Scalar]] = [[]]
        for segment in literal.segments {
            switch segment {
            case .text(let part):
                for scalar in part.unicodeScalars {
                    if scalar == "\r" { return false }
                    if scalar == "\n" { lines.append([]) } else { lines[lines.count - 1].append(scalar) }
                }
            case .interpolation:
                lines[lines.count - 1].append("{")
            }
        }
        let nonEmpty = lines.filter { !$0.isEmpty }
        if nonEmpty.contains(where: { $0.allSatisfy { $0 == " " } }) { return false }
        return nonEmpty.isEmpty || nonEmpty.contains { $0.first != " " }
    }

    /// `"…"` on one line.
    private func quoted(_ literal: StringLiteral) -> String {
        var text = "\""
        for segment in mergedSegments(literal) {
            switch segment {
            case .text(let part) where !part.utf8.contains(where: Self.needsEscape):
                text += part
            case .text(let part):
                for scalar in part.unicodeScalars { text += quotedEscape(scalar) }
            case .interpolation(let value):
                text += "{" + expression(value) + "}"
            }
        }
        return text + "\""
    }

    /// `"""` on its own line, each line of text at `indentation`, and the
    /// closing `"""` on a line of its own at the same indentation.
    private func block(_ literal: StringLiteral, indentation: String) -> String {
        var text = "\"\"\"\n"
        var atLineStart = true
        func startLineIfNeeded() {
            if atLineStart { text += indentation }
            atLineStart = false
        }
        for segment in mergedSegments(literal) {
            switch segment {
            case .text(let part):
                // Scalars, not characters: a combining mark after a quote must not hide the quote.
                let scalars = Array(part.unicodeScalars)
                for (index, scalar) in scalars.enumerated() {
                    if scalar == "\n" {
                        text += "\n"
                        atLineStart = true
                        continue
                    }
                    startLineIfNeeded()
                    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                    text += blockEscape(scalar, before: next)
                }
            case .interpolation(let value):
                startLineIfNeeded()
                text += "{" + expression(value) + "}"
            }
        }
        return text + "\n" + indentation + "\"\"\""
    }

    /// Joins neighbouring text segments so escapes can look at the next character.
    private func mergedSegments(_ literal: StringLiteral) -> [StringSegment] {
        var merged: [StringSegment] = []
        for segment in literal.segments {
            if case .text(let part) = segment, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + part)
            } else {
                merged.append(segment)
            }
        }
        return merged
    }

    /// Whether a byte of text is written as an escape in a `"…"` string.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\t"),
             UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }

    private func quotedEscape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": "\\\""
        case "\n": "\\n"
        default: commonEscape(scalar)
        }
    }

    /// In a block string a quote needs escaping only where it could start a
    /// closing `"""`: before another quote.
    private func blockEscape(_ scalar: Unicode.Scalar, before next: Unicode.Scalar?) -> String {
        if scalar == "\"" { return next == "\"" ? "\\\"" : "\"" }
        return commonEscape(scalar)
    }

    private func commonEscape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\\": "\\\\"
        case "\t": "\\t"
        case "{": "\\{"
        case "}": "\\}"
        default: String(scalar)
        }
    }
}
