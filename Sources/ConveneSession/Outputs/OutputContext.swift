import ConveneLanguage

/// Lookups shared by the output writers: labels, times, titles, and the
/// order things happened in.
struct OutputContext {
    let snapshot: SessionSnapshot

    var state: SessionState { snapshot.state }
    var model: ProgramModel { snapshot.model }
    var offset: Int { snapshot.header.utcOffsetMinutes }

    /// `09:30` in the session's local time.
    func time(_ timestamp: Timestamp) -> String { timestamp.clockTime(utcOffsetMinutes: offset) }

    /// What an id stands for: an item's text, a theme's name, an option's label.
    func label(_ id: String) -> String {
        if let item = state.items[id] { return item.text }
        if let theme = state.themes[id] { return theme.name }
        for record in state.votes.values {
            if let option = record.result?.options.first(where: { $0.id == id }) { return option.label }
        }
        return id
    }

    /// A stage's title as the script gives it now, or its name.
    func stageTitle(_ name: String) -> String {
        guard let literal = model.stages[name]?.title else { return name }
        let interpreter = snapshot.interpreter()
        guard let value = try? interpreter.evaluateStandalone(Expression(.string(literal), range: literal.range), path: model.mainPath) else {
            return name
        }
        return interpreter.display(value)
    }

    /// The workshop's purpose with the run's parameters filled in.
    var purpose: String? {
        guard let workshop = model.program.workshop else { return nil }
        guard let expression = workshop.purposeExpression else { return workshop.purpose }
        let interpreter = snapshot.interpreter()
        guard let value = try? interpreter.evaluateStandalone(expression, path: model.mainPath) else { return workshop.purpose }
        return interpreter.display(value)
    }

    /// The label of a tag name (`lived` → `People with lived experience`).
    func tagLabel(_ name: String?) -> String {
        guard let name else { return "" }
        return model.tags.first { $0.name == name }?.label ?? name
    }

    /// Collections in the order their first item arrived.
    var collections: [String] {
        var seen: [String] = []
        for id in state.itemOrder {
            if let item = state.items[id], !item.removed, !seen.contains(item.collection) { seen.append(item.collection) }
        }
        return seen
    }

    /// Theme collections in the order their first theme was made.
    var themeCollections: [String] {
        var seen: [String] = []
        for id in state.themeOrder {
            if let theme = state.themes[id], !seen.contains(theme.themes) { seen.append(theme.themes) }
        }
        return seen.filter { !state.themes(in: $0).isEmpty }
    }

    /// Vote keys in the order their steps were first entered.
    var voteKeys: [String] {
        orderedKeys(kind: "vote").filter { state.votes[$0] != nil }
    }

    /// `stage/step` keys of a kind in the order first entered.
    func orderedKeys(kind: String) -> [String] {
        var keys: [String] = []
        for record in Session.effective(snapshot.records) {
            guard case let .entered(stage, _, step, definition) = record.event, definition["kind"]?.stringValue == kind else { continue }
            let key = stage + "/" + step
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Grids with something placed on them, in the order of their first placement.
    var grids: [GridInfo] {
        var names: [String] = []
        for record in Session.effective(snapshot.records) {
            if case .placed(let grid, _, _, _, _) = record.event, !names.contains(grid) { names.append(grid) }
        }
        return names.compactMap { model.program.grids[$0] }
    }

    /// Action plans in the order first set.
    var plans: [String] {
        var names: [String] = []
        for record in Session.effective(snapshot.records) {
            if case .actionSet(let plan, _, _, _, _) = record.event, !names.contains(plan) { names.append(plan) }
        }
        return names
    }

    /// `choose/priorities#2` → `priorities#2`.
    func stepName(_ key: String) -> String {
        key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? key
    }

    /// Which end of an axis a position is at, by the name the script gives
    /// it (`low`, `cheap` …), or `middle`.
    func end(_ position: Int, of axis: AxisInfo, scale: Int) -> String {
        switch GridGeometry.side(position, scale: scale) {
        case true?: axis.highName
        case false?: axis.lowName
        case nil: "middle"
        }
    }
}
