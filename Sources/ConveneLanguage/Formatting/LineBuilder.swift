/// Turns a syntax tree into formatted lines, one declaration, statement or
/// setting per line, each remembering the source it stands for.
struct LineBuilder {
    let source: SourceFile
    private(set) var lines: [FormattedLine] = []
    /// For each top-level declaration: the group of one-line declarations it
    /// may sit next to without a blank line (imports, lets, outputs).
    private(set) var compactGroups: [CompactGroup?] = []
    private var depth = 0
    private var declarationIndex = 0

    init(source: SourceFile) {
        self.source = source
    }

    /// Kinds of one-line declaration that read well as an unbroken run.
    enum CompactGroup {
        case imports, lets, outputs
    }

    mutating func add(_ declarations: [Declaration]) {
        for (index, declaration) in declarations.enumerated() {
            declarationIndex = index
            compactGroups.append(Self.compactGroup(of: declaration))
            add(declaration)
        }
    }

    private static func compactGroup(of declaration: Declaration) -> CompactGroup? {
        switch declaration.kind {
        case .importFile: .imports
        case .letBinding: .lets
        case .output: .outputs
        default: nil
        }
    }

    // MARK: - Building blocks

    /// Adds the line `code` writes: on one line if it fits the width, else with
    /// its lists spread; each line of a spread list becomes a line of its own.
    mutating func line(_ range: SourceRange, _ shape: FormattedLine.Shape = .plain, _ code: (ExpressionFormatter) -> FormattedCode) {
        let expressions = ExpressionFormatter(source: source, depth: depth)
        var written = code(expressions)
        if !ExpressionFormatter.fits(written, depth: depth) { written = code(expressions.spreadingLists()) }

        var text = ""
        var start = range.start
        var lineDepth = depth
        var closes = shape == .closesBlock || shape == .closesAndOpens
        for part in written.parts {
            switch part {
            case .text(let piece):
                text += piece
            case .lineBreak(let lineBreak):
                let opens = lineBreak.kind == .afterOpening
                append(text, depth: lineDepth, shape: .init(opens: opens, closes: closes),
                       source: SourceRange(start: start, end: lineBreak.previousEnd))
                text = ""
                start = lineBreak.nextStart
                lineDepth = depth + lineBreak.depth
                closes = lineBreak.kind == .beforeClosing
            }
        }
        let opens = shape == .opensBlock || shape == .closesAndOpens
        append(text, depth: lineDepth, shape: .init(opens: opens, closes: closes), source: SourceRange(start: start, end: range.end))
    }

    private mutating func append(_ text: String, depth: Int, shape: FormattedLine.Shape, source: SourceRange) {
        lines.append(FormattedLine(text: text, depth: depth, shape: shape, source: source, declaration: declarationIndex))
    }

    /// `header {`, the body's lines one level deeper, then `}`.
    mutating func block(from start: Int, body: Block, _ header: (ExpressionFormatter) -> FormattedCode) {
        line(SourceRange(start: start, end: body.range.start), .opensBlock) { header($0) + " {" }
        nested { $0.add(body.statements) }
        closingLine(body.range)
    }

    /// The `}` that ends a range.
    mutating func closingLine(_ range: SourceRange) {
        line(Self.closingBrace(of: range), .closesBlock) { _ in "}" }
    }

    /// Runs `build` one level deeper.
    mutating func nested(_ build: (inout LineBuilder) -> Void) {
        depth += 1
        build(&self)
        depth -= 1
    }

    /// Where the `}` that ends a range is.
    static func closingBrace(of range: SourceRange) -> SourceRange {
        SourceRange(start: max(range.start, range.end - 1), end: range.end)
    }

    /// The source text of something that failed to parse, kept as written.
    func verbatim(_ range: SourceRange) -> String {
        source.text(in: range)
    }
}

/// Two spaces per level.
func indentation(_ depth: Int) -> String {
    String(repeating: "  ", count: depth)
}
