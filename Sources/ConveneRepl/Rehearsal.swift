import ConveneLanguage
import ConveneSession
import ConveneText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A stage of the REPL's definitions, or a run of stages, played as a real
/// session in a throw-away folder so a designer can try it: the same
/// commands and answers as `convene run`. It ends when the stages are left
/// (`:next` past the last one's last step, `:goto` elsewhere), on `:quit`,
/// `:pause` or `:stop`, or when the input ends; the folder is then removed.
public final class Rehearsal {
    /// The stages rehearsed, in the order they run.
    public let stages: [String]
    private let session: Session
    private let interpreter: CommandInterpreter
    private let status: RoomStatus
    private let folder: String
    /// The width what it shows is folded to, as the REPL's own answers are.
    private let foldingWidth: () -> Int?
    /// Set once the rehearsal is over.
    public private(set) var isOver = false

    /// Starts a session of `program` (which must be runnable) at the first of `stages`.
    init(
        program: CheckedProgram, script: SourceFile, stages: [String], foldingWidth: @escaping () -> Int?
    ) throws(SessionError) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-rehearsal-\(UUID().uuidString)").path
        let session = try Session.start(
            program: program, scriptPath: script.path, scriptBytes: script.bytes, folder: folder,
            parameters: [], seed: 1)
        self.stages = stages
        self.session = session
        self.interpreter = CommandInterpreter(session: session)
        self.status = RoomStatus(session: session, now: SystemClock().now)
        self.folder = folder
        self.foldingWidth = foldingWidth
    }

    /// What to show first: how to end, then the first stage as the room sees it.
    public func opening() -> String {
        let first = stages[0]
        let header = "Rehearsing \(named): type as the facilitator would; :stop (or Ctrl-D) ends the rehearsal.\n"
        let shown = render(interpreter.handle(session.currentStep.stage == first ? ":where" : ":goto \(first)"))
        guard session.currentStep.stage != first else { return header + shown }
        // The stage could not be worked out, most likely for want of what an earlier stage makes.
        let start = session.model.stageNames[0]
        return header + shown
            + "Stages before `\(first)` collect nothing in this rehearsal; to rehearse with what they make, "
            + "start from an earlier one: `:run \(start)..\(stages[stages.count - 1])`.\n" + end()
    }

    /// "stage `gather`", or "stages `gather` to `choose`".
    private var named: String {
        stages.count == 1 ? "stage `\(stages[0])`" : "stages `\(stages[0])` to `\(stages[stages.count - 1])`"
    }

    /// The facilitator's prompt, with the stage and the time left.
    public var prompt: String { status.prompt }

    /// Words Tab can complete, as in `convene run`.
    public func completions(before text: String) -> [String] {
        SessionCompletion(session: session).candidates(before: text) + [":stop"]
    }

    /// Handles one typed line; returns what to show, folded as the REPL folds its answers.
    public func handle(_ line: String) -> String {
        ProseFolding.fold(answer(line), width: foldingWidth())
    }

    /// What a typed line makes the session say, unfolded.
    private func answer(_ line: String) -> String {
        if [":stop", ":quit", ":pause", ":exit"].contains(line.trimmingWhitespace()) { return end() }
        let messages = interpreter.handle(line)
        // A break after the last stage rehearsed is past it, though a step of that stage.
        let step = session.currentStep
        let pastTheLast = step.isBreak && step.stage == stages[stages.count - 1]
        guard session.isFinished || !stages.contains(step.stage) || pastTheLast || interpreter.hasStopped else {
            return render(messages)
        }
        // What the next stage would say, or how to go on after the whole
        // workshop, is not part of this rehearsal.
        let ownMessages = messages.prefix { message in
            switch message {
            case .stage, .agenda: false
            case .info(let text): text != CommandInterpreter.completionNotice
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
        return "End of the rehearsal of \(named).\n"
    }

    private func render(_ messages: [SessionMessage]) -> String {
        messages.map { MessageRenderer.render($0) + "\n" }.joined()
    }
}
