import ConveneLanguage
import ConveneSession
import Foundation

/// One stage of the REPL's definitions, run as a real session in a
/// throw-away folder so a designer can try it: the same commands and
/// answers as `convene run`. It ends when the stage is left (`:next` past
/// its last step, `:goto` elsewhere), on `:quit`, `:pause` or `:stop`, or
/// when the input ends; the folder is then removed.
public final class Rehearsal {
    public let stage: String
    private let session: Session
    private let interpreter: CommandInterpreter
    private let status: RoomStatus
    private let folder: String
    /// Set once the rehearsal is over.
    public private(set) var isOver = false

    /// Starts a session of `program` (which must be runnable) at `stage`.
    init(program: CheckedProgram, script: SourceFile, stage: String) throws(SessionError) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-rehearsal-\(UUID().uuidString)").path
        let session = try Session.start(
            program: program, scriptPath: script.path, scriptBytes: script.bytes, folder: folder,
            parameters: [], seed: 1)
        self.stage = stage
        self.session = session
        self.interpreter = CommandInterpreter(session: session)
        self.status = RoomStatus(session: session, now: SystemClock().now)
        self.folder = folder
    }

    /// What to show first: how to end, then the stage as the room sees it.
    public func opening() -> String {
        "Rehearsing stage `\(stage)`: type as the facilitator would; :stop (or Ctrl-D) ends the rehearsal.\n"
            + render(interpreter.handle(session.currentStep.stage == stage ? ":where" : ":goto \(stage)"))
    }

    /// The facilitator's prompt, with the stage and the time left.
    public var prompt: String { status.prompt }

    /// Words Tab can complete, as in `convene run`.
    public func completions(before text: String) -> [String] {
        SessionCompletion(session: session).candidates(before: text) + [":stop"]
    }

    /// Handles one typed line; returns what to show.
    public func handle(_ line: String) -> String {
        let command = line.trimmingCharacters(in: .whitespaces)
        if [":stop", ":quit", ":pause", ":exit"].contains(command) { return end() }
        let messages = interpreter.handle(line)
        guard session.isFinished || session.currentStep.stage != stage || interpreter.hasStopped else {
            return render(messages)
        }
        // What the next stage would say is not part of this rehearsal.
        let ownMessages = messages.prefix { message in
            switch message {
            case .stage, .agenda: false
            default: true
            }
        }
        return render(Array(ownMessages)) + end()
    }

    /// Ends the rehearsal and removes its folder.
    public func end() -> String {
        guard !isOver else { return "" }
        isOver = true
        session.close()
        try? FileManager.default.removeItem(atPath: folder)
        return "End of the rehearsal of stage `\(stage)`.\n"
    }

    private func render(_ messages: [SessionMessage]) -> String {
        messages.map { MessageRenderer.render($0) + "\n" }.joined()
    }
}
