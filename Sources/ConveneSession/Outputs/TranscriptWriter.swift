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
        var stage: String?
        var day = header.started.date(utcOffsetMinutes: header.utcOffsetMinutes)
        lines += ["", "## \(day)"]
        for record in snapshot.records {
            let time = context.time(record.time)
            let date = record.time.date(utcOffsetMinutes: header.utcOffsetMinutes)
            if date != day {
                day = date
                lines += ["", "## \(date)", ""]
            }
            if case let .entered(name, _, _, _) = record.event, name != stage {
                let next = stage.flatMap(context.model.stageIndex).map { $0 + 1 } ?? 0
                if context.model.stageIndex(name) == next { lines += agenda(between: stage, and: name) }
                stage = name
                lines += ["", "### \(time) Stage `\(name)`: \(context.stageTitle(name))", ""]
            }
            if let line = line(for: record.event) {
                lines.append("- \(time) \(line)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Breaks and new days passed between two stages in a row.
    private func agenda(between from: String?, and to: String) -> [String] {
        context.model.agendaBetween(from, to).map { entry in
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
