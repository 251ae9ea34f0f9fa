import ConveneLanguage
import ConveneText

/// `transcript.md`: everything that happened, in order, with times, read
/// straight from the journal (undone actions stay in, followed by the undo).
struct TranscriptWriter {
    let context: OutputContext

    func write() -> String {
        let snapshot = context.snapshot
        let header = snapshot.header
        var lines = ["# \(header.title) — transcript", ""]
        lines.append("- Started: \(header.started.date(utcOffsetMinutes: header.utcOffsetMinutes)) \(context.time(header.started)) (UTC\(offsetText(header.utcOffsetMinutes)))")
        lines.append("- Script: `\(header.scriptPath)` (SHA-256 \(header.scriptSHA256.prefix(12))…)")
        if !header.parameters.isEmpty {
            lines.append("- Parameters: " + header.parameters.map { "\($0.name) = \($0.value)" }.joined(separator: ", "))
        }
        lines.append("- Seed: \(header.seed)")
        var day = header.started.date(utcOffsetMinutes: header.utcOffsetMinutes)
        lines += ["", "## \(day)"]
        var walk = Walk()
        for record in snapshot.records {
            let time = context.time(record.time)
            let date = record.time.date(utcOffsetMinutes: header.utcOffsetMinutes)
            if date != day {
                day = date
                lines += ["", "## \(date)", ""]
            }
            if walk.inBreak, record.event.leavesABreak {
                walk.inBreak = false
                lines.append("- \(time) end of the break")
            }
            if case let .entered(name, _, step, definition) = record.event {
                if BreakStep.isBreak(definition) {
                    lines += enterBreak(step, definition, of: name, at: time, walk: &walk)
                    continue
                }
                lines += enterStage(name, at: time, walk: &walk)
            }
            if let line = line(for: record.event) {
                lines.append("- \(time) \(line)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the journal has got to, as the transcript is written.
    private struct Walk {
        /// The stage last entered, or the stage before the break last entered.
        var stage: String?
        /// The place after `stage` (see `ProgramModel.headings`): 0 in the
        /// stage itself, `k + 1` at its break `k`.
        var place = 0
        var inBreak = false
    }

    /// A stage's heading, when the session comes into it from another stage
    /// or from a break, after the agenda passed on the way from the stage
    /// before: days, and breaks not waited at (every break, in a journal
    /// from before breaks were steps).
    private func enterStage(_ name: String, at time: String, walk: inout Walk) -> [String] {
        guard name != walk.stage || walk.place > 0 else { return [] }
        var lines: [String] = []
        if name != walk.stage {
            if let from = walk.stage {
                if context.model.stageIndex(name) == context.model.stageIndex(from).map({ $0 + 1 }) {
                    lines += italic(context.model.headings(after: from, from: walk.place, to: .max, breaks: true))
                }
            } else {
                lines += italic(context.model.agendaBetween(nil, name))
            }
        }
        walk.stage = name
        walk.place = 0
        return lines + ["", "### \(time) Stage `\(name)`: \(context.stageTitle(name))", ""]
    }

    /// A break's heading, after the days passed on the way to it.
    private func enterBreak(_ step: String, _ definition: JSONValue, of stage: String, at time: String, walk: inout Walk) -> [String] {
        let title = definition["title"]?.stringValue ?? "break"
        let place = BreakStep.number(ofID: step) + 1
        var lines: [String] = []
        if stage == walk.stage { lines += italic(context.model.headings(after: stage, from: walk.place, to: place)) }
        walk.stage = stage
        walk.place = place
        walk.inBreak = true
        let length = definition["seconds"]?.intValue.map { " (\(ValueFormat.duration($0)))" } ?? ""
        return lines + ["", "### \(time) Break: \(Markdown.escape(title))\(length)", ""]
    }

    /// Agenda entries as the transcript notes them, in italics.
    private func italic(_ entries: [AgendaEntry]) -> [String] {
        entries.map { entry in
            switch entry {
            case let .breakTime(title, seconds): "\n_\(Markdown.escape(title)) (\(ValueFormat.duration(seconds)))_"
            case .day(let title): "\n_\(Markdown.escape(title))_"
            case .stage(let stage): "\n_\(stage.name.name)_"
            }
        }
    }

    private func line(for event: JournalEvent) -> String? {
        switch event {
        case let .entered(_, _, step, definition):
            return entered(step, definition)
        case let .itemAdded(id, _, _, _, text, tag, _):
            return "\(id)" + (tag.map { " [\($0)]" } ?? "") + " \(quoted(text))"
        case let .itemEdited(id, text, tag):
            return "\(id) edited:" + (tag.map { " [\($0)]" } ?? "") + " \(quoted(text))"
        case .removed(let id):
            return "removed \(id)"
        case let .themeCreated(id, name, themes):
            return "theme \(id) “\(name)” in `\(themes)`"
        case let .themeRenamed(id, name):
            return "theme \(id) renamed “\(name)”"
        case let .itemsMoved(items, theme):
            return "moved \(items.joined(separator: " ")) to \(theme)"
        case let .themesMerged(from, into):
            return "merged \(from) into \(into)"
        case let .ballotCast(id, _, voter, marks):
            return "ballot \(id)" + (voter.map { " from \($0)" } ?? "") + ": " + StepPresenter.marks(marks)
        case let .tallyRecorded(_, counts):
            return "room totals: " + counts.map { "\($0.option)=\($0.count)" }.joined(separator: " ")
        case let .tiesOrdered(_, order):
            return "tie settled by the facilitator: " + order.joined(separator: " > ")
        case let .voteCounted(vote, options, ballots, note):
            let kept = options.filter(\.kept).map { "\($0.id) \($0.label) (\(ValueFormat.number($0.score)))" }
            let state = context.state
            let counted = state.isCountedInTheRoom(vote)
                ? "in the room" + (state.roomVoters(vote).map { " (\($0))" } ?? "") : "from " + Plural.count(ballots, "ballot")
            return "counted `\(context.stepName(vote))` \(counted); kept: "
                + (kept.isEmpty ? "nothing" : kept.joined(separator: ", "))
                + (note.map { "\n\n" + Markdown.indentedTextBlock($0) } ?? "")
        case let .voteReopened(vote, reason):
            return "vote `\(context.stepName(vote))` open again: \(Markdown.escape(reason))"
        case let .placed(grid, item, x, y, how):
            return "\(how == "place" ? "placed" : "nudged \(how)") \(item) on `\(grid)` at \(x),\(y)"
        case let .actionSet(plan, idea, owner, firstStep, due):
            var parts: [String] = []
            if let owner { parts.append("owner \(owner)") }
            if let firstStep { parts.append("first step “\(firstStep)”") }
            if let due { parts.append("due \(due)") }
            return "action for \(idea) in `\(plan)`: " + parts.joined(separator: ", ")
        case let .noted(id, text):
            return "note \(id): \(Markdown.escape(text))"
        case .paused(let reason):
            return "paused" + (reason.map { " (\($0))" } ?? "")
        case .resumed:
            return "resumed"
        case .undone(let action):
            let undone = context.snapshot.records.filter { $0.action == action }.compactMap { line(for: $0.event) }
            return "undo: " + undone.joined(separator: "; ")
        case .finished:
            return "workshop complete"
        case let .scriptChanged(sha256, changes):
            return "continued with an edited script (SHA-256 \(sha256.prefix(12))…)" + (changes.isEmpty ? "" : ": " + changes.joined(separator: "; "))
        }
    }

    private func entered(_ step: String, _ definition: JSONValue) -> String {
        switch definition["kind"]?.stringValue {
        case "prompt": "prompt `\(step)`: \(quoted(definition["question"]?.stringValue ?? ""))"
        case "cluster": "clustering `\(definition["from"]?.stringValue ?? "")` into `\(definition["themes"]?.stringValue ?? step)`"
        case "vote": "vote `\(step)` on `\(definition["on"]?.stringValue ?? "")`"
        case "place": "placing `\(definition["items"]?.stringValue ?? "")` on grid `\(definition["grid"]?.stringValue ?? "")`"
        case "actions": "action plan `\(definition["plan"]?.stringValue ?? step)` for `\(definition["for"]?.stringValue ?? "")`"
        default: "talk"
        }
    }

    private func quoted(_ text: String) -> String {
        "“" + Markdown.escape(text) + "”"
    }

    private func offsetText(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let value = abs(minutes)
        return "\(sign)\(value / 60 < 10 ? "0" : "")\(value / 60):\(value % 60 < 10 ? "0" : "")\(value % 60)"
    }
}

extension JournalEvent {
    /// Whether the event moves the session off a break it was at.
    fileprivate var leavesABreak: Bool {
        switch self {
        case .entered, .finished: true
        default: false
        }
    }
}
