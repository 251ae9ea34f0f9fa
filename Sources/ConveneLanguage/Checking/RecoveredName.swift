/// The name a declaration or statement that failed to parse was declaring,
/// read from its first tokens. Declaring it (as a value of unknown kind) keeps
/// one syntax error from turning every later use of the name into an
/// "unknown name" error.
enum RecoveredName {
    /// How far into a broken `cluster` statement to look for its `into NAME`.
    private static let clusterLookahead = 64

    /// The keyword that starts the broken code and the name it declares, if any.
    static func declared(in range: SourceRange, of source: SourceFile) -> (keyword: Keyword, name: Identifier)? {
        var lexer = Lexer(source: source, range: range, isInterpolation: false)
        guard case .keyword(let keyword) = lexer.nextToken().kind else { return nil }
        switch keyword {
        case .let, .prompt, .vote, .actions, .activity, .grid:
            return name(after: &lexer, in: source).map { (keyword, $0) }
        case .cluster:
            for _ in 0..<clusterLookahead {
                let token = lexer.nextToken()
                if token.kind == .endOfFile { return nil }
                if token.kind == .keyword(.into) { return name(after: &lexer, in: source).map { (keyword, $0) } }
            }
            return nil
        default:
            return nil
        }
    }

    private static func name(after lexer: inout Lexer, in source: SourceFile) -> Identifier? {
        let token = lexer.nextToken()
        guard token.kind == .identifier else { return nil }
        return Identifier(source.text(in: token.range), range: token.range)
    }
}
