/// One line of formatted code, before comments and blank lines are added,
/// remembering which source it came from so comments can find their place.
struct FormattedLine {
    /// What the line does to the block structure.
    enum Shape {
        /// A whole declaration, statement or setting.
        case plain
        /// A header ending in `{` (or a line ending in a spread list's `[`).
        case opensBlock
        /// A line starting with `}` (or a spread list's `]`).
        case closesBlock
        /// `} else {`: closes one block and opens the next.
        case closesAndOpens

        init(opens: Bool, closes: Bool) {
            switch (opens, closes) {
            case (false, false): self = .plain
            case (true, false): self = .opensBlock
            case (false, true): self = .closesBlock
            case (true, true): self = .closesAndOpens
            }
        }
    }

    /// The code, without indentation. A block string makes it span several lines.
    var text: String
    var depth: Int
    var shape: Shape
    /// The source the line stands for: a comment before `source.end` belongs
    /// before the line, a trailing comment after `source.start` may end it.
    var source: SourceRange
    /// Which top-level declaration the line belongs to, by position.
    var declaration: Int

    /// The depth of comments placed just before this line: inside the block a `}` closes.
    var commentDepth: Int {
        switch shape {
        case .plain, .opensBlock: depth
        case .closesBlock, .closesAndOpens: depth + 1
        }
    }
}
