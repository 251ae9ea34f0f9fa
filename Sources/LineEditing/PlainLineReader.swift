/// Reads standard input line by line without a line editor: piped input,
/// files and scripted tests. Prompts are not shown, so the output holds only
/// what the program says.
public final class PlainLineReader: LineReader {
    private let nextLine: () -> String?

    /// Reads from standard input.
    public convenience init() {
        self.init { Swift.readLine(strippingNewline: true) }
    }

    /// Reads from any source of lines (tests use an array).
    public init(nextLine: @escaping () -> String?) {
        self.nextLine = nextLine
    }

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineInput {
        guard let line = nextLine() else { return .end }
        return .line(line)
    }

    public func keepHistory(in path: String) {}

    public func close() {}
}
