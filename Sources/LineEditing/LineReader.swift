/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C: the line being typed was thrown away. Ask again.
    case interrupted
    /// Ctrl-D at an empty prompt, or the end of piped input.
    case end
}

/// Reads lines typed by a person or piped in by a script. The REPLs talk only
/// to this protocol, so the same commands work in a terminal (with line
/// editing) and from a file.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (when the reader is interactive) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Whether a person is typing: prompts are shown and keys are edited.
    var isInteractive: Bool { get }
    /// Whether lines read are written to the history files (they are still
    /// recalled with the arrow keys while the program runs). Off while a
    /// designer rehearses a stage: practice answers are not history.
    var savesHistory: Bool { get set }
    /// Starts keeping the lines read in one more history file as well,
    /// e.g. the session folder's once a session has one.
    func keepHistory(in path: String)
    /// Gives the terminal back in the state it was found. Call before exiting:
    /// Swift does not run `deinit` at exit.
    func close()
}

/// What an interactive reader needs from its program.
public struct LineEditingOptions {
    /// The program name libedit uses to pick settings from `~/.editrc`.
    public var programName: String
    /// History files to load at start and append lines to (those each
    /// keeps), oldest first.
    public var historyFiles: [HistoryFile]
    /// How many lines of history to keep.
    public var historyLimit: Int
    /// Words that could complete the one being typed, for the Tab key.
    public var completer: Completer?
    /// What the words offered stand for, shown beside them when listed.
    public var describer: CompletionDescriber?
    /// Messages to show above the prompt while the person is typing (for
    /// example "time is up"), asked for every few tenths of a second.
    public var notices: (() -> [String])?
    /// The prompt as it should read now, for a prompt that changes while
    /// the person types (the time left); asked every few tenths of a
    /// second, and the line is redrawn when it changes.
    public var promptUpdate: (() -> String)?

    public init(
        programName: String,
        historyFiles: [HistoryFile] = [],
        historyLimit: Int = 1000,
        completer: Completer? = nil,
        describer: CompletionDescriber? = nil,
        notices: (() -> [String])? = nil,
        promptUpdate: (() -> String)? = nil
    ) {
        self.programName = programName
        self.historyFiles = historyFiles
        self.historyLimit = historyLimit
        self.completer = completer
        self.describer = describer
        self.notices = notices
        self.promptUpdate = promptUpdate
    }
}

/// Picks the reader that fits how the program was started.
public enum LineReaders {
    /// A line-editing reader when both standard input and output are
    /// terminals that can be edited on; a plain reader showing prompts on a
    /// `dumb` terminal; otherwise a plain reader of standard input.
    public static func standard(_ options: LineEditingOptions) -> any LineReader {
        guard Terminal.isInteractive else { return PlainLineReader() }
        if !Terminal.isDumb, let reader = EditLineReader(options) {
            return reader
        }
        return PlainLineReader(showingPrompts: true)
    }
}
