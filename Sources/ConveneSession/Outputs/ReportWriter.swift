import ConveneLanguage
import ConveneText

/// `report.md`: what the workshop produced, for the people who were there
/// and those who were not. Every action leads back to what people said.
struct ReportWriter {
    let context: OutputContext
    private let questions: QuestionsAsked
    private var state: SessionState { context.state }

    init(context: OutputContext) {
        self.context = context
        questions = QuestionsAsked(records: context.snapshot.records)
    }

    func write() -> String {
        var lines = header()
        lines += statements()
        lines += themes()
        lines += votes()
        for grid in context.grids { lines += self.grid(grid) }
        for plan in context.plans { lines += self.plan(plan) }
        lines += notes()
        return lines.joined(separator: "\n") + "\n"
    }

    private func header() -> [String] {
        let snapshot = context.snapshot
        let header = snapshot.header
        var lines = ["# \(Markdown.escape(header.title))", ""]
        if let purpose = context.purpose { lines += [Markdown.escape(purpose), ""] }
        let last = snapshot.records.last?.time ?? header.started
        let items = state.itemOrder.filter { state.items[$0]?.removed == false }.count
        let themes = context.themeCollections.reduce(0) { $0 + state.themes(in: $1).count }
        let actions = context.plans.reduce(0) { $0 + (state.plans[$1]?.count ?? 0) }
        let (firstDay, lastDay) = (header.started.date(utcOffsetMinutes: context.offset), last.date(utcOffsetMinutes: context.offset))
        let when = firstDay == lastDay
            ? "\(firstDay), \(context.time(header.started))–\(context.time(last))"
            : "\(firstDay) \(context.time(header.started)) to \(lastDay) \(context.time(last))"
        lines.append("- When: \(when)" + (state.finished ? "" : " (not finished)"))
        lines.append("- Produced: " + [Plural.count(items, "item"), Plural.count(themes, "theme"), Plural.count(context.voteKeys.count, "vote"), Plural.count(actions, "action")]
            .joined(separator: ", "))
        if !header.parameters.isEmpty {
            lines.append("- Parameters: " + header.parameters.map { "\($0.name) = \(Markdown.escape($0.value))" }.joined(separator: ", "))
        }
        return lines + [""]
    }

    private func statements() -> [String] {
        guard !context.collections.isEmpty else { return [] }
        var lines = ["## What people said", ""]
        for collection in context.collections {
            let items = state.items(in: collection)
            lines += ["### `\(collection)` (\(items.count))", ""]
            var question: String?
            for item in items {
                let asked = questions.question(of: item)
                if asked != question {
                    if question != nil { lines.append("") }
                    question = asked
                    if let asked { lines += ["_\(Markdown.escape(asked))_", ""] }
                }
                lines.append("- " + itemLine(item))
            }
            lines.append("")
        }
        return lines
    }

    private func themes() -> [String] {
        guard !context.themeCollections.isEmpty else { return [] }
        var lines = ["## Themes", ""]
        for collection in context.themeCollections {
            let themes = state.themes(in: collection)
            lines += ["### `\(collection)` (\(Plural.count(themes.count, "theme")))", ""]
            for theme in themes {
                let items = state.items(of: theme.id)
                lines += ["#### \(theme.id) \(Markdown.escape(theme.name)) (\(items.count))", ""]
                lines += items.map { "- " + itemLine($0) }
                lines.append("")
            }
            let sorted = Set(themes.flatMap(\.items))
            let sources = context.orderedKeys(kind: "cluster").filter { key in
                let step = context.stepName(key)
                return step == collection || step.hasPrefix(collection + "#") || step.hasPrefix(collection + "@")
            }
            let sourceItems = sources.compactMap { state.definitions[$0]?["from"]?.stringValue }
            let unsorted = sourceItems.flatMap { state.items(in: $0) }.filter { !sorted.contains($0.id) }
            if !unsorted.isEmpty {
                lines += ["#### Not in a theme (\(unsorted.count))", ""]
                lines += unsorted.map { "- " + itemLine($0) }
                lines.append("")
            }
        }
        return lines
    }

    private func votes() -> [String] {
        let counted = context.voteKeys.filter { state.votes[$0]?.result != nil }
        guard !counted.isEmpty else { return [] }
        var lines = ["## Votes", ""]
        for key in counted {
            let result = state.votes[key]!.result!
            let definition = state.definitions[key]
            lines += ["### `\(context.stepName(key))` on `\(definition?["on"]?.stringValue ?? "")`", ""]
            if let method = definition?["method"]?.stringValue {
                let counted = state.isCountedInTheRoom(key) ? "counted in the room" + (state.roomVoters(key).map { ", " + $0 } ?? "")
                    : Plural.count(result.ballots, "ballot")
                lines += ["\(method) vote, \(counted), keep \(definition?["keep"]?.stringValue ?? "all").", ""]
            }
            lines += ["| rank | option | score | kept |", "|---:|---|---:|:---:|"]
            for (option, rank) in zip(result.options, result.ranks(method: definition?["method"]?.stringValue)) {
                lines.append("| \(rank) | \(option.id) \(Markdown.escape(option.label)) | \(ValueFormat.number(option.score)) | \(option.kept ? "yes" : "") |")
            }
            lines.append("")
            if let note = result.note {
                lines += [Markdown.indentedTextBlock(note, indent: ""), ""]
            }
        }
        return lines
    }

    private func grid(_ grid: GridInfo) -> [String] {
        var lines = ["## Grid: \(Markdown.escape(grid.title))", ""]
        lines.append("Across: \(grid.x.label) (1 \(grid.x.lowLabel) → \(grid.scale) \(grid.x.highLabel)); "
            + "up: \(grid.y.label) (1 \(grid.y.lowLabel) → \(grid.scale) \(grid.y.highLabel)).")
        lines.append("")
        if let picture = picturePath(of: grid) {
            lines += ["![\(Markdown.escape(grid.title))](\(picture))", ""]
        }
        let placed = (state.placementOrder[grid.name] ?? []).compactMap { id in state.placements[grid.name]?[id].map { (id, $0) } }
        for quadrant in grid.quadrants {
            let inside = placed.filter { GridGeometry.quadrant(of: $0.1, in: grid)?.name == quadrant.name }
            let where_ = "\(grid.x.name) \(quadrant.xHigh ? grid.x.highName : grid.x.lowName), \(grid.y.name) \(quadrant.yHigh ? grid.y.highName : grid.y.lowName)"
            lines += ["### \(Markdown.escape(quadrant.label)) (\(where_)): \(inside.count)", ""]
            lines += inside.map { "- \($0.0) \(Markdown.escape(context.label($0.0))) (\($0.1.x),\($0.1.y))" }
            if !inside.isEmpty { lines.append("") }
        }
        let outside = placed.filter { GridGeometry.quadrant(of: $0.1, in: grid) == nil }
        let onMiddle = outside.filter { GridGeometry.isOnMiddleLine($0.1, scale: grid.scale) }
        let unnamed = outside.filter { !GridGeometry.isOnMiddleLine($0.1, scale: grid.scale) }
        for (heading, group) in [("On a middle line", onMiddle), ("In no named quadrant", unnamed)] where !group.isEmpty {
            lines += ["### \(heading): \(group.count)", ""]
            lines += group.map { "- \($0.0) \(Markdown.escape(context.label($0.0))) (\($0.1.x),\($0.1.y))" }
            lines.append("")
        }
        return lines
    }

    /// The file an `output svg` of the grid is written to, for the report
    /// to show the picture beside it; nil when the script draws none.
    private func picturePath(of grid: GridInfo) -> String? {
        for output in context.model.program.outputs where output.format.name == "svg" {
            if case .name(let name)? = output.subject?.kind, name == grid.name, let path = output.path.plainText {
                return path
            }
        }
        return nil
    }

    private func plan(_ name: String) -> [String] {
        let actions = state.plans[name] ?? []
        var lines = ["## Action plan `\(name)` (\(actions.count))", ""]
        let trace = Traceability(context: context)
        for action in actions {
            lines += ["### \(action.idea) \(Markdown.escape(context.label(action.idea)))", ""]
            lines.append("- Owner: \(action.owner.map(Markdown.escape) ?? "not yet set")")
            lines.append("- First step: \(action.firstStep.map(Markdown.escape) ?? "not yet set")")
            lines.append("- Due: \(action.due ?? "not yet set")")
            let origin = trace.origin(of: action.idea)
            var from: [String] = []
            if let idea = origin.idea, let question = questions.question(of: idea) {
                from.append("answer to “\(Markdown.escape(question))” (\(idea.stage)/\(idea.step))")
            }
            for theme in origin.themes { from.append("theme \(theme.id) “\(Markdown.escape(theme.name))”") }
            for vote in origin.votes {
                from.append("ranked \(vote.rank) in vote `\(vote.vote)` (\(vote.option.id), score \(ValueFormat.number(vote.option.score))\(vote.option.kept ? ", kept" : ""))")
            }
            if !from.isEmpty { lines.append("- Came from: " + from.joined(separator: "; ")) }
            lines.append("- What people said:")
            lines += origin.statements.map { "  - " + itemLine($0) }
            lines.append("")
        }
        return lines
    }

    private func notes() -> [String] {
        let notes = state.notes.filter { !$0.removed }
        guard !notes.isEmpty else { return [] }
        return ["## Notes", ""] + notes.map { "- \(context.time($0.time)) (\($0.stage ?? "")) \(Markdown.escape($0.text))" } + [""]
    }

    /// `i12 (People with lived experience): I can't get a GP appointment`.
    private func itemLine(_ item: Item) -> String {
        "\(item.id)" + (item.tag.map { " (\(context.tagLabel($0)))" } ?? "") + ": " + Markdown.escape(item.text)
    }
}
