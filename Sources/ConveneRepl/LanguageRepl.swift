import ConveneLanguage
import ConveneText

/// The language REPL behind `convene repl`: it takes the lines a designer
/// types and returns what to show, folded to the width it is given.
/// Statements and expressions are run and their values shown; declarations
/// (stages, grids, activities, votes inside stages…) are kept, checked, and
/// can be planned or rehearsed. A block goes on over several lines until its
/// braces balance.
public final class LanguageRepl {
    /// The prompt for a new input.
    public static let mainPrompt = "convene> "
    /// The prompt while a block is still open.
    public static let continuationPrompt = "   ...> "

    var definitions = ReplDefinitions()
    private var pendingLines: [String] = []
    /// The last input that parsed, for `:ast` without an argument.
    var lastInput: ReplInput?
    /// Reads `:load`ed files and imports.
    let loader: any SourceLoader
    /// Where `:save` writes.
    let store: any ScriptStore
    /// The width answers are folded to, asked for each answer; nil leaves them unfolded.
    let foldingWidth: () -> Int?
    /// The files `:save` may write: the one loaded and those saved since.
    var files = ScriptFiles()
    /// A `:load` held back because it would forget unsaved declarations;
    /// typing it again goes ahead.
    var heldLoad: String?

    /// Whether `:quit` was typed.
    public private(set) var isFinished = false

    /// A rehearsal `:run` started, for the host to drive with its line
    /// reader until it is over; taken with `takeRehearsal`.
    var pendingRehearsal: Rehearsal?

    /// The rehearsal `:run` just started, if any; the host feeds it lines
    /// (with its own prompt) until `isOver`.
    public func takeRehearsal() -> Rehearsal? {
        defer { pendingRehearsal = nil }
        return pendingRehearsal
    }

    /// A REPL reading files through `loader` (a `FileSystemSourceLoader`
    /// with the library roots, or an in-memory one in tests), saving them to
    /// `store`, and folding its answers (and its rehearsals') at spaces to
    /// `foldingWidth`, asked for each answer (a terminal's, which may be
    /// resized; nil, the default, leaves answers unfolded).
    public init(
        loader: any SourceLoader, store: any ScriptStore = FileSystemScriptStore(),
        foldingWidth: @escaping () -> Int? = { nil }
    ) {
        self.loader = loader
        self.store = store
        self.foldingWidth = foldingWidth
    }

    /// What to show before the next line.
    public var prompt: String { pendingLines.isEmpty ? Self.mainPrompt : Self.continuationPrompt }

    /// Whether lines of an unfinished block are waiting for more.
    public var isInsideBlock: Bool { !pendingLines.isEmpty }

    /// Handles one line and returns what to show (empty while a block is
    /// still open). Every non-empty answer ends with a line break.
    public func handle(_ line: String) -> String {
        if pendingLines.isEmpty, let command = TypedCommand(line) {
            return ProseFolding.fold(run(command), width: foldingWidth())
        }
        pendingLines.append(line)
        let text = pendingLines.joined(separator: "\n")
        guard !InputContinuation.needsMore(text) else { return "" }
        pendingLines = []
        return ProseFolding.fold(evaluate(text), width: foldingWidth())
    }

    /// Ctrl-C: forgets the block being typed.
    public func interrupt() {
        pendingLines = []
    }

    /// The input ended: an unfinished block is handed to the parser, which
    /// says what is missing.
    public func finish() -> String {
        guard !pendingLines.isEmpty else { return "" }
        let text = pendingLines.joined(separator: "\n")
        pendingLines = []
        return ProseFolding.fold(evaluate(text), width: foldingWidth())
    }

    func quit() {
        isFinished = true
    }

    // MARK: Input

    private func evaluate(_ text: String) -> String {
        guard text.contains(where: { !$0.isWhitespace }) else { return "" }
        let source = SourceFile(path: ReplDefinitions.typedPath, text: text)
        let (input, diagnostics) = Parser.parseReplInput(source)
        let rendered = DiagnosticRenderer(sources: [source]).render(diagnostics)
        guard let input else { return rendered }
        lastInput = input
        switch input {
        case .declarations(let declarations):
            return rendered + define(declarations, from: source)
        case .statements(let statements):
            return rendered + run(statements, from: source)
        case .expression(let expression):
            if case .call(let callee, _) = expression.kind, case .name = callee.kind {
                // A call of an activity runs its statements, as in a stage.
                return rendered + run([Statement(.expression(expression), range: expression.range)], from: source)
            }
            return rendered + show(expression, from: source)
        }
    }
}
