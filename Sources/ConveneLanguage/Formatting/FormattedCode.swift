/// Formatted code, possibly over several lines. A block string's line breaks
/// are part of its text; a spread list's are `LineBreak`s, each starting a
/// new formatted line that comments can attach to.
struct FormattedCode: ExpressibleByStringLiteral {
    enum Part {
        case text(String)
        case lineBreak(LineBreak)
    }

    /// Where a spread list starts a new line.
    struct LineBreak {
        enum Kind {
            /// After `[`: the line before opens the list.
            case afterOpening
            /// Between two items.
            case betweenItems
            /// Before `]`: the line after closes the list.
            case beforeClosing
        }

        var kind: Kind
        /// Where the source of the line before ends.
        var previousEnd: Int
        /// Where the source of the line after starts.
        var nextStart: Int
        /// The new line's depth, counted from the depth of the code's first line.
        var depth: Int
    }

    private(set) var parts: [Part]

    init(_ text: String) {
        parts = [.text(text)]
    }

    init(stringLiteral text: String) {
        self.init(text)
    }

    init(_ lineBreak: LineBreak) {
        parts = [.lineBreak(lineBreak)]
    }

    /// The code as text, its first line starting at `depth` (not indented) and the others indented.
    func text(depth: Int = 0) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .text(let piece): text += piece
            case .lineBreak(let lineBreak): text += "\n" + indentation(depth + lineBreak.depth)
            }
        }
        return text
    }

    /// The same code one level deeper: for an item of a spread list.
    func indented() -> FormattedCode {
        var copy = self
        copy.parts = parts.map { part in
            guard case .lineBreak(var lineBreak) = part else { return part }
            lineBreak.depth += 1
            return .lineBreak(lineBreak)
        }
        return copy
    }

    static func + (lhs: FormattedCode, rhs: FormattedCode) -> FormattedCode {
        var joined = lhs
        for part in rhs.parts {
            if case .text(let piece) = part, case .text(let previous)? = joined.parts.last {
                joined.parts[joined.parts.count - 1] = .text(previous + piece)
            } else {
                joined.parts.append(part)
            }
        }
        return joined
    }

    static func + (lhs: FormattedCode, rhs: String) -> FormattedCode { lhs + FormattedCode(rhs) }
    static func + (lhs: String, rhs: FormattedCode) -> FormattedCode { FormattedCode(lhs) + rhs }

    static func += (lhs: inout FormattedCode, rhs: FormattedCode) { lhs = lhs + rhs }
    static func += (lhs: inout FormattedCode, rhs: String) { lhs = lhs + FormattedCode(rhs) }
}

extension Array where Element == FormattedCode {
    func joined(separator: String) -> FormattedCode {
        var joined: FormattedCode = ""
        for (index, code) in enumerated() {
            if index > 0 { joined += separator }
            joined += code
        }
        return joined
    }
}
