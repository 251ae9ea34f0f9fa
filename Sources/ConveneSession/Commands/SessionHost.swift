/// What hosts a running session: a terminal REPL, a test, another program.
/// The session asks it for lines and hands it messages to show.
public protocol SessionHost: AnyObject {
    /// The next line the facilitator typed (without its line break), or nil
    /// when input has ended.
    func readLine(prompt: String) -> String?
    /// Shows one message.
    func show(_ message: SessionMessage)
}

/// Something the session tells the facilitator.
public enum SessionMessage: Sendable, Equatable {
    /// A new stage begins.
    case stage(number: Int, total: Int, name: String, title: String, timebox: String)
    /// A break or a new day in the agenda.
    case agenda(String)
    /// Facilitator text from a `say`.
    case say(String)
    /// What is being asked now, and how to answer.
    case ask(String)
    /// One line of a list (items, options, themes …).
    case listing(String)
    /// Something typed was recorded in the journal (on disk) under this id.
    case acknowledged(id: String, text: String)
    case info(String)
    case warning(String)
    case error(String, help: String?)
    /// The script failed while working out a step: the problem as `convene
    /// check` shows it, with its place in the file and the line.
    case scriptError(String)
    /// A grid with what is placed on it, drawn to the width the host shows text at.
    case grid(GridPlot)

    /// How a refused request is told: a script's own problem as located text, any other as an error with its help.
    public init(_ error: SessionError) {
        self = error.kind == .script ? .scriptError(error.message) : .error(error.message, help: error.help)
    }
}

/// Turns messages into the plain text lines a terminal shows.
public enum MessageRenderer {
    /// The width a message is drawn at when the host does not say: a pipe's,
    /// so what is piped out is the same on every machine.
    public static let standardWidth = 80

    /// The text of a message, a grid drawn in `standardWidth` columns.
    public static func render(_ message: SessionMessage) -> String {
        render(message, width: standardWidth)
    }

    /// The text of a message, a grid drawn in `width` columns (a terminal's).
    public static func render(_ message: SessionMessage, width: Int) -> String {
        switch message {
        case let .stage(number, total, name, title, timebox):
            return "\n== Stage \(number) of \(total): \(title) (\(name), \(timebox)) =="
        case .agenda(let text): return "-- \(text) --"
        case .say(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
        case .ask(let text): return "? " + text
        case .listing(let text): return "  " + text
        case let .acknowledged(id, text): return "saved \(id): \(text)"
        case .info(let text): return text
        case .warning(let text): return "warning: " + text
        case let .error(text, help): return "error: " + text + (help.map { "\nhelp: " + $0 } ?? "")
        case .scriptError(let text): return text.hasSuffix("\n") ? String(text.dropLast()) : text
        case .grid(let plot): return GridText(plot: plot, width: width).render()
        }
    }
}
