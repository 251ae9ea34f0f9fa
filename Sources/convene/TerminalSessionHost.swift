import ConveneRepl
import ConveneSession
import ConveneText
import LineEditing

/// Hosts a running workshop at a terminal: line editing and history
/// (the user's, and the session folder's own), Tab completion of commands,
/// stages, themes and ids, a prompt showing where the room is and the time
/// left, and a notice when the stage's time runs out. Ctrl-C clears the
/// line; Ctrl-D at an empty prompt pauses the session safely.
final class TerminalSessionHost: ClosableSessionHost {
    /// The file in the session folder that keeps what was typed in it.
    static let historyFileName = "input-history.txt"

    private let reader: any LineReader
    private let status: RoomStatus
    private var hasPrompted = false

    private init(session: Session) {
        let status = RoomStatus(session: session, now: SystemClock().now)
        let completion = SessionCompletion(session: session)
        let user = HistoryFile.userFile(named: "history")?.keeping(only: Self.belongsInUsersHistory)
        self.status = status
        self.reader = LineReaders.standard(LineEditingOptions(
            programName: "convene",
            historyFiles: (user.map { [$0] } ?? []) + [HistoryFile(path: Paths.join(session.folder, Self.historyFileName))],
            completer: { completion.candidates(before: $0.textBeforeCursor) },
            describer: { completion.description(of: $0) },
            notices: { status.notices() },
            promptUpdate: { status.prompt(fitting: Terminal.columns) }))
    }

    /// Commands whose arguments are only ids, stage names, grids and
    /// numbers. A user's history across workshops keeps these alone: the
    /// rest (`:edit`, `:owner`, `:note`, `:theme` …) and every answer carry
    /// what people in one room said; and `:pause`, `:quit` (the last line of
    /// nearly every session) would be the first line a new session's Up
    /// arrow offers.
    static let commandsWithoutWords: Set<String> = [
        "next", "n", "back", "b", "goto", "skip", "where", "status", "list", "ls", "themes", "results", "grid",
        "undo", "help", "h", "?", "remove", "rm", "delete", "place", "nudge", "higher",
        "up", "lower", "down", "left", "right", "order",
    ]

    /// Whether a line is kept in the user's history across sessions: a
    /// command that carries nothing anyone said, other than stopping.
    @Sendable static func belongsInUsersHistory(_ line: String) -> Bool {
        guard let first = line.split(separator: " ").first, first.hasPrefix(":") else { return false }
        return commandsWithoutWords.contains(first.dropFirst().lowercased())
    }

    /// The host for a session: this one when a person is at a terminal,
    /// plain standard input and output otherwise.
    static func forSession(_ session: Session) -> any ClosableSessionHost {
        Terminal.isInteractive ? TerminalSessionHost(session: session) : StandardIOHost()
    }

    func readLine(prompt: String) -> String? {
        hasPrompted = true
        while true {
            switch reader.readLine(prompt: status.prompt(fitting: Terminal.columns)) {
            case .line(let line): return line
            case .interrupted: continue
            case .end: return ":pause"
            }
        }
    }

    /// Shows a message drawn (a grid) and folded at spaces to the terminal's
    /// width, so no word or id is cut in two at the edge of the screen; the
    /// opening ones wait for the first prompt, to reach the terminal in one write.
    func show(_ message: SessionMessage) {
        let columns = Terminal.columns
        let text = LineWrapping.wrap(MessageRenderer.render(message, width: columns), width: columns) + "\n"
        if hasPrompted {
            Terminal.write(text)
        } else {
            Terminal.hold(text)
        }
    }

    /// Gives the terminal back in the mode it was found in, and appends the
    /// last line to the history (every other one was appended before the
    /// next prompt).
    func close() {
        reader.close()
    }
}

/// A host of a session run by the `convene` command, closed when the
/// session stops running: Swift runs no `deinit` at exit, so whatever the
/// host holds is given back explicitly.
protocol ClosableSessionHost: SessionHost {
    /// Gives back what the host holds (the terminal's mode, history files).
    func close()
}
