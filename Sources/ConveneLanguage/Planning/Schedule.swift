/// The running order split into days, each day's clock starting at the same
/// time, with what each stage does and each day's totals.
struct Schedule {
    /// One day of the agenda. Without `day` markers the whole agenda is one untitled day.
    struct Day {
        var title: String?
        var entries: [AgendaEntry] = []
    }

    var days: [Day]
    var start: TimeOfDay
    var constants: PlanConstants
    var text: PlanText

    init(program: CheckedProgram, start: TimeOfDay, constants: PlanConstants) {
        self.start = start
        self.constants = constants
        self.text = PlanText(source: program.main.source)
        self.days = Self.split(program.agenda)
    }

    /// Entries before the first `day` marker form "Day 1", when there are markers at all.
    private static func split(_ agenda: [AgendaEntry]) -> [Day] {
        let hasMarkers = agenda.contains { if case .day = $0 { true } else { false } }
        guard hasMarkers else { return [Day(title: nil, entries: agenda)] }
        var days: [Day] = []
        for entry in agenda {
            if case .day(let title) = entry {
                days.append(Day(title: title))
            } else {
                if days.isEmpty { days.append(Day(title: "Day 1")) }
                days[days.count - 1].entries.append(entry)
            }
        }
        return days
    }

    /// Time spent, in seconds.
    struct Totals {
        var stages = 0
        var breaks = 0
        var all: Int { stages + breaks }

        static func + (lhs: Totals, rhs: Totals) -> Totals {
            Totals(stages: lhs.stages + rhs.stages, breaks: lhs.breaks + rhs.breaks)
        }

        var words: String {
            var parts = ["stages " + formatDuration(seconds: stages)]
            if breaks > 0 { parts.append("breaks " + formatDuration(seconds: breaks)) }
            return parts.joined(separator: ", ") + ", " + formatDuration(seconds: all) + " in all"
        }
    }

    /// The time all days take, counting every stage whose timebox is known before the run.
    var overall: Totals {
        var totals = Totals()
        for entry in days.flatMap(\.entries) {
            switch entry {
            case .stage(let stage): totals.stages += length(of: stage) ?? 0
            case .breakTime(_, let seconds): totals.breaks += max(seconds, 0)
            case .day: break
            }
        }
        return totals
    }

    func write(to document: inout MarkdownDocument, describer: StepDescriber) {
        var overall = Totals()
        for day in days {
            document.paragraph("## " + PlanText.markdownEscaped(day.title ?? "Agenda"))
            overall = overall + write(day, to: &document, describer: describer)
        }
        if days.count > 1 {
            document.paragraph("**" + String(days.count) + " days:** " + overall.words + ".")
        }
    }

    /// Writes one day and returns its totals.
    private func write(_ day: Day, to document: inout MarkdownDocument, describer: StepDescriber) -> Totals {
        var totals = Totals()
        for entry in day.entries {
            switch entry {
            case .stage(let stage):
                totals.stages += write(stage, at: totals.all, to: &document, describer: describer)
            case .breakTime(let title, let seconds):
                let length = max(seconds, 0)
                document.paragraph("### " + span(from: totals.all, length: length) + " Break: "
                                   + PlanText.markdownEscaped(title) + " — " + formatDuration(seconds: length))
                totals.breaks += length
            case .day:
                break
            }
        }
        if day.entries.isEmpty { document.paragraph("Nothing planned.") }
        document.paragraph("**Finish: " + clock(totals.all) + "** — " + totals.words + ".")
        return totals
    }

    /// Writes a stage starting `elapsed` seconds into the day; returns how long it takes.
    private func write(_ stage: StageDeclaration, at elapsed: Int, to document: inout MarkdownDocument, describer: StepDescriber) -> Int {
        let title = stage.title.map { PlanText.markdownEscaped(text.spoken($0)) + " (`" + stage.name.name + "`)" }
            ?? "`" + stage.name.name + "`"
        let seconds = length(of: stage)
        if let seconds {
            document.paragraph("### " + span(from: elapsed, length: seconds) + " " + title + " — " + formatDuration(seconds: seconds))
        } else {
            document.paragraph("### " + clock(elapsed) + " " + title + " — " + text.code(stage.timebox)
                               + ", a length only known when the workshop runs (not counted)")
        }
        document.paragraph(describer.describe(stage.body.statements))
        return seconds ?? 0
    }

    /// A stage's timebox in seconds, when known before the run.
    private func length(of stage: StageDeclaration) -> Int? {
        constants.seconds(stage.timebox).map { max($0, 0) }
    }

    /// `09:30–09:50`, marked when the end falls on a later day.
    private func span(from elapsed: Int, length: Int) -> String {
        clockTime(elapsed).description + "–" + clock(elapsed + length)
    }

    /// The clock time so long after the start, marked `(+1 day)` past midnight.
    private func clock(_ elapsed: Int) -> String {
        let daysLater = (start.secondsSinceMidnight + elapsed) / TimeOfDay.secondsPerDay
        let time = clockTime(elapsed).description
        switch daysLater {
        case 0: return time
        case 1: return time + " (+1 day)"
        default: return time + " (+" + String(daysLater) + " days)"
        }
    }

    private func clockTime(_ elapsed: Int) -> TimeOfDay {
        start.adding(seconds: elapsed)
    }
}
