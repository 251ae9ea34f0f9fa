import ConveneLanguage
import ConveneSession
import ConveneText

/// Where the room is, for the facilitator's prompt and the notices shown
/// while typing: the stage and step, and the time left in the stage's
/// timebox. Terminal-free: it only produces text.
public final class RoomStatus {
    public let session: Session
    private let now: () -> Timestamp
    private var clock = StageClock()
    /// Each stage's timebox in seconds, when it works out to a duration.
    private let timeboxes: [String: Int]
    /// Stages and breaks (by `Step.clockName`) whose running out of time has
    /// been announced in this run.
    private var announced: Set<String> = []

    /// - Parameter now: the time; `SystemClock().now` in a terminal.
    public init(session: Session, now: @escaping () -> Timestamp) {
        self.session = session
        self.now = now
        let sandbox = Sandbox(program: session.model.program)
        var timeboxes: [String: Int] = [:]
        for (name, stage) in session.model.stages {
            if case .duration(let seconds)? = try? sandbox.evaluate(stage.timebox, path: session.model.mainPath) {
                timeboxes[name] = seconds
            }
        }
        self.timeboxes = timeboxes
    }

    /// `[3/8 causes · 12m left] > `, with the step when the stage has one
    /// that collects something: `[1/4 gather › went-well · 18m left] > `;
    /// at a break, the break and its own time: `[break · Coffee · 15m left] > `.
    public var prompt: String { promptForms[0] }

    /// The prompt as it fits a terminal `columns` wide, leaving room to type:
    /// whole when it takes at most two thirds of the width, else without the
    /// step's name, else with only the stage's number and the time
    /// (`[3/17 · 40m left] > `).
    public func prompt(fitting columns: Int) -> String {
        let forms = promptForms
        return forms.first { TerminalWidth.of($0) <= columns * 2 / 3 } ?? forms[forms.count - 1]
    }

    /// The prompt's forms, longest first.
    private var promptForms: [String] {
        if session.isFinished { return ["[finished] > "] }
        let step = session.currentStep
        if let pause = step.pause {
            let time = Self.timeLeft(secondsLeft(at: step) ?? pause.seconds)
            return ["[break · \(pause.title) · \(time)] > ", "[break · \(time)] > "]
        }
        let names = session.model.stageNames
        let number = "\((names.firstIndex(of: step.stage) ?? 0) + 1)/\(names.count)"
        var stepName: String?
        if case .talk = step.kind {} else if step.id != step.stage {
            stepName = Self.stepName(step)
        }
        let time = secondsLeft(in: step.stage).map { " · " + Self.timeLeft($0) } ?? ""
        var forms = ["[\(number) \(step.stage)\(time)] > ", "[\(number)\(time)] > "]
        if let stepName { forms.insert("[\(number) \(step.stage) › \(stepName)\(time)] > ", at: 0) }
        return forms
    }

    /// A step's name as the room knows it: `fixes for t3` inside a loop over
    /// themes (the loop's value, by id, or its text when short), not `fixes#3`.
    static func stepName(_ step: Step) -> String {
        guard !step.loop.isEmpty, let hash = step.id.firstIndex(of: "#") else { return step.id }
        let values = step.loop.map { binding in
            binding.reference ?? (binding.text.count <= 20 ? binding.text : String(binding.text.prefix(19)) + "…")
        }
        return step.id[..<hash] + " for " + values.joined(separator: ", ")
    }

    /// Seconds left in a stage's timebox (negative once over), or nil when
    /// its timebox is not a plain duration.
    public func secondsLeft(in stage: String) -> Int? {
        guard let timebox = timeboxes[stage] else { return nil }
        let spent = clock.millisecondsSpent(in: stage, records: session.records, now: now())
        return timebox - Int(spent / 1000)
    }

    /// Seconds left at a step: of its stage's timebox, or of a break's own length.
    public func secondsLeft(at step: Step) -> Int? {
        guard let pause = step.pause else { return secondsLeft(in: step.stage) }
        let spent = clock.millisecondsSpent(in: step.clockName, records: session.records, now: now())
        return pause.seconds - Int(spent / 1000)
    }

    /// "12m left", "1h05m left", "1m left" in the last minute, "time is up",
    /// "3m over".
    public static func timeLeft(_ seconds: Int) -> String {
        if seconds > 0 {
            let minutes = (seconds + 59) / 60
            guard minutes >= 60 else { return "\(minutes)m left" }
            let rest = minutes % 60
            return "\(minutes / 60)h\(rest < 10 ? "0" : "")\(rest)m left"
        }
        let over = -seconds / 60
        return over == 0 ? "time is up" : "\(over)m over"
    }

    /// Notices to show now: the current stage, or break, running out of
    /// time, once for each in a run.
    public func notices() -> [String] {
        guard !session.isFinished else { return [] }
        let step = session.currentStep
        guard !announced.contains(step.clockName), let left = secondsLeft(at: step), left <= 0 else { return [] }
        if let pause = step.pause {
            announced.insert(step.clockName)
            let next = pause.nextStage.map { ":next starts stage `\($0)`." } ?? ":next completes the workshop."
            return ["⏰ Time is up for the break “\(pause.title)” (\(ValueFormat.duration(pause.seconds))). \(next)"]
        }
        guard let timebox = timeboxes[step.stage] else { return [] }
        announced.insert(step.clockName)
        return ["⏰ Time is up for stage `\(step.stage)`: its \(ValueFormat.duration(timebox)) timebox has run out. :next moves on."]
    }
}
