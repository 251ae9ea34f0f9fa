/// Reads standard input line by line without a line editor: piped input,
/// files and scripted tests, where prompts are not shown so the output holds
/// only what the program says; and terminals that cannot be edited on
/// (`TERM=dumb`, as in an editor's shell window), where they are.
public final class PlainLineReader: LineReader {
    private let nextLine: () -> String?
    private let showsPrompts: Bool

    /// Reads from standard input.
    public convenience init(showingPrompts: Bool = false) {
        self.init(showingPrompts: showingPrompts) { Swift.readLine(strippingNewline: true) }
    }

    /// Reads from any source of lines (tests use an array).
    public init(showingPrompts: Bool = false, nextLine: @escaping () -> String?) {
        self.nextLine = nextLine
        self.showsPrompts = showingPrompts
    }

    public var isInteractive: Bool { showsPrompts }

    public func readLine(prompt: String) -> LineInput {
        if showsPrompts { Terminal.write(prompt) }
        guard let line = nextLine() else { return .end }
        return .line(TypedText.cleaned(line))
    }

    /// Piped lines are never history.
    public var savesHistory = false

    public func keepHistory(in path: String) {}

    public func close() {}
}
