import ConveneLanguage
import ConveneText

/// What the room has made, for `:themes`, `:results`, `:grid` and `:status`.
struct RoomViews {
    let session: Session
    private var presenter: StepPresenter { StepPresenter(session: session) }
    private var state: SessionState { session.state }

    /// Every theme collection, each theme with its items.
    func themes() -> [SessionMessage] {
        var collections: [String] = []
        for id in state.themeOrder {
            if let collection = state.themes[id]?.themes, !collections.contains(collection) { collections.append(collection) }
        }
        var lines: [SessionMessage] = []
        for collection in collections {
            let themes = state.themes(in: collection)
            guard !themes.isEmpty else { continue }
            lines.append(.info("`\(collection)`: \(Plural.count(themes.count, "theme"))"))
            for theme in themes {
                let items = state.items(of: theme.id)
                lines.append(.listing("\(theme.id)  \(theme.name) (\(items.count))"))
                lines += items.map { .listing("    " + presenter.itemLine($0)) }
            }
        }
        return lines.isEmpty ? [.info("No themes yet: they are made in a `cluster` step.")] : lines
    }

    /// The vote counted last: every option, best first, and what was kept.
    func results() -> [SessionMessage] {
        let counted = state.votes.compactMap { key, record in record.result.map { (key, $0) } }
        guard let (key, result) = counted.max(by: { $0.1.counted < $1.1.counted }) else {
            return [.info("No vote has been counted yet: :next counts the vote at a vote step.")]
        }
        let name = SessionState.voteName(of: key)
        let how = state.isCountedInTheRoom(key) ? state.roomVoters(key).map { "counted in the room, \($0)" } ?? "counted in the room"
            : Plural.count(result.ballots, "ballot")
        var lines: [SessionMessage] = [.info("Vote `\(name)` (\(key)), \(how):")]
        if let note = result.note {
            return lines + note.split(separator: "\n").map { .info(String($0)) }
        }
        for (option, rank) in zip(result.options, result.ranks(method: state.definitions[key]?["method"]?.stringValue)) {
            lines.append(.listing("\(rank). \(option.id)  \(option.label) — \(ValueFormat.number(option.score))" + (option.kept ? "  (kept)" : "")))
        }
        return lines
    }

    /// A grid in text, with the ideas placed on it. Without a name: the grid
    /// of the current step, else the one placed on last, else the only one.
    func grid(_ name: String) throws(SessionError) -> [SessionMessage] {
        let grids = session.model.program.grids
        let chosen: GridInfo
        if !name.isEmpty {
            guard let named = grids[name] else {
                throw SessionError(
                    "there is no grid `\(name)`",
                    help: Suggestions.didYouMean(name, in: grids.keys) ?? Self.gridList(grids.keys))
            }
            chosen = named
        } else if case .place(let place) = session.currentStep.kind {
            chosen = place.grid
        } else if let placed = lastPlacedGrid().flatMap({ grids[$0] }) {
            chosen = placed
        } else if grids.count == 1, let only = grids.values.first {
            chosen = only
        } else if grids.isEmpty {
            throw SessionError("this workshop has no grid")
        } else {
            throw SessionError("which grid?", help: Self.gridList(grids.keys) + "; e.g. `:grid \(grids.keys.sorted()[0])`")
        }
        let marks = (state.placementOrder[chosen.name] ?? []).compactMap { id in
            state.placements[chosen.name]?[id].map { GridMark(id: id, at: $0, label: state.items[id]?.text ?? state.themes[id]?.name ?? id) }
        }
        var messages: [SessionMessage] = [.grid(GridPlot(grid: chosen, marks: marks))]
        if case .place(let place) = session.currentStep.kind, place.grid.name == chosen.name {
            let unplaced = session.unplacedItems()
            if !unplaced.isEmpty {
                messages.append(.info("Not placed yet: " + unplaced.map(\.id).joined(separator: ", ") + "."))
            }
        }
        return messages
    }

    /// Where the room is and what it has made so far.
    func status() -> [SessionMessage] {
        let step = session.currentStep
        var lines = step.isBreak ? presenter.introduce(step) : [presenter.stageHeader(step.stage)]
        if !step.isBreak {
            lines.append(.info("Step: \(step.id) (\(step.kind.name))" + (session.isFinished ? "; the workshop is complete." : ".")))
        }
        var made: [String] = []
        var collections: [String] = []
        for id in state.itemOrder {
            if let collection = state.items[id]?.collection, !collections.contains(collection) { collections.append(collection) }
        }
        for collection in collections {
            made.append("`\(collection)`: " + Plural.count(state.items(in: collection).count, "item"))
        }
        var themeCollections: [String] = []
        for id in state.themeOrder {
            if let collection = state.themes[id]?.themes, !themeCollections.contains(collection) { themeCollections.append(collection) }
        }
        for collection in themeCollections {
            made.append("`\(collection)`: " + Plural.count(state.themes(in: collection).count, "theme"))
        }
        for (key, record) in state.votes.sorted(by: { $0.key < $1.key }) {
            made.append("`\(SessionState.voteName(of: key))`: " + progress(key, record))
        }
        for grid in state.placementOrder.keys.sorted() {
            made.append("`\(grid)`: " + Plural.count(state.placementOrder[grid]?.count ?? 0, "idea") + " placed")
        }
        for plan in state.plans.keys.sorted() {
            made.append("`\(plan)`: " + Plural.count(state.plans[plan]?.count ?? 0, "action"))
        }
        let notes = state.notes.filter { !$0.removed }.count
        if notes > 0 { made.append(Plural.count(notes, "note")) }
        lines.append(.info(made.isEmpty ? "Nothing collected yet." : "Collected so far:"))
        lines += made.map { .listing($0) }
        return lines
    }

    /// How far a vote has got: its ballots, or for a vote counted in the
    /// room, its totals and the people in the room (when the vote says).
    private func progress(_ key: String, _ record: VoteRecord) -> String {
        guard state.isCountedInTheRoom(key) else {
            let ballots = state.ballots(of: key).count
            return record.result == nil
                ? Plural.count(ballots, "ballot") + ", not counted yet"
                : "counted, " + Plural.count(record.result?.ballots ?? ballots, "ballot")
        }
        guard record.result != nil else {
            return "room totals for " + Plural.count(record.tally.count, "option") + ", not counted yet"
        }
        return "counted in the room" + (state.roomVoters(key).map { ", " + $0 } ?? "")
    }

    private func lastPlacedGrid() -> String? {
        for record in session.records.reversed() {
            if case .placed(let grid, _, _, _, _) = record.event { return grid }
        }
        return nil
    }

    private static func gridList<S: Sequence>(_ names: S) -> String where S.Element == String {
        "the grids are: " + names.sorted().joined(separator: ", ")
    }
}
