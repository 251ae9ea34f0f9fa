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

    /// Writes expressions for a line at the current depth.
    var expressions: ExpressionFormatter {
        ExpressionFormatter(source: source, indentation: indentation(depth + 1))
    }

    mutating func line(_ text: String, _ range: SourceRange, _ shape: FormattedLine.Shape = .plain) {
        lines.append(FormattedLine(text: text, depth: depth, shape: shape, source: range, declaration: declarationIndex))
    }

    /// `header {`, the body's lines one level deeper, then `}`.
    mutating func block(_ header: String, from start: Int, body: Block) {
        line(header + " {", SourceRange(start: start, end: body.range.start), .opensBlock)
        nested { $0.add(body.statements) }
        line("}", Self.closingBrace(of: body.range), .closesBlock)
    }

    /// Runs `build` one level deeper.
    mutating func nested(_ build: (inout LineBuilder) -> Void) {
        depth += 1
        build(&self)
        depth -= 1
    }

    /// The `}` that ends a range.
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
