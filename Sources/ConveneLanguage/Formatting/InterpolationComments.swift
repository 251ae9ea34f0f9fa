/// Comments written inside a string's `{interpolation}`, which the parser
/// does not list with the file's comments. The formatter writes
/// interpolations on one line, so it puts these comments back next to the
/// line instead, like any other comment, rather than lose them.
enum InterpolationComments {
    /// The file's comments with those inside interpolations added, in source order.
    static func all(in file: SyntaxFile) -> [Comment] {
        let known = Set(file.comments.map(\.range))
        var found: [Comment] = []
        for token in Lexer(source: file.source).tokenize().tokens where token.kind == .string {
            found += comments(inString: token.range, of: file.source).filter { !known.contains($0.range) }
        }
        guard !found.isEmpty else { return file.comments }
        return (file.comments + found).sorted { $0.range.start < $1.range.start }
    }

    private static func comments(inString range: SourceRange, of source: SourceFile) -> [Comment] {
        guard source.bytes[range.start..<range.end].contains(UInt8(ascii: "#")) else { return [] }
        var parser = StringLiteralParser(source: source, range: range)
        return parser.parse().flatMap { piece -> [Comment] in
            guard case .interpolation(let inside) = piece else { return [] }
            return Lexer(source: source, range: inside, isInterpolation: true).tokenize().comments
        }
    }
}
