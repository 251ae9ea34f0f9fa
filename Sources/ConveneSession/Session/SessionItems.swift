import ConveneLanguage

/// The longest item, theme name or note accepted, in characters.
let longestEntry = 4000

extension Session {
    /// Adds an answer to the current prompt. `tag` names one of the prompt's
    /// roles, perspectives or lenses, and is required when the prompt asks `by` one.
    public func addItem(_ text: String, tag: String?) throws(SessionError) -> Item {
        guard case .prompt(let prompt) = currentStep.kind else {
            throw SessionError("\(describe(currentStep)) does not collect items", help: help(for: currentStep))
        }
        let text = try cleaned(text, what: "an item")
        let tagName = try resolveTag(tag, tags: prompt.tags, kind: prompt.tagKind)
        let id = newID("i")
        try commit([.itemAdded(
            id: id, collection: prompt.collection, stage: currentStep.stage, step: currentStep.id, text: text, tag: tagName,
            loop: currentStep.loop)])
        return state.items[id]!
    }

    /// Changes an item's text, and its tag when one is given. A counted vote
    /// with the item among its options is counted again under the new text.
    public func editItem(_ id: String, text: String, tag: String?) throws(SessionError) -> ChangeOutcome<Item> {
        let item = try liveItem(id)
        let text = try cleaned(text, what: "an item")
        var tagName = item.tag
        if let tag {
            let tags = self.tags(of: item)
            tagName = try resolveTag(tag, tags: tags, kind: tags.first?.kind)
        }
        let recounts = try commitChange([.itemEdited(id: id, text: text, tag: tagName)])
        return ChangeOutcome(value: state.items[id]!, recounts: recounts)
    }

    /// The tags the prompt an item answered allows.
    public func tags(of item: Item) -> [TagInfo] {
        let definition = state.definitions[item.stage + "/" + item.step]
        let names = (definition?["tags"]?.arrayValue ?? []).compactMap(\.stringValue)
        return model.tags.filter { names.contains($0.name) }
    }

    /// Removes an item, theme, ballot or note; returns what it was, in words.
    /// An item or theme leaves the grids and action plans it was in, and
    /// every counted vote it was an option of is counted again without it;
    /// a counted vote is counted again without a ballot removed from it.
    public func remove(_ id: String) throws(SessionError) -> ChangeOutcome<String> {
        let description: String
        if let item = state.items[id], !item.removed {
            description = "item \(id): \(item.text)"
        } else if let theme = state.themes[id], !theme.removed {
            description = "theme \(id) “\(theme.name)” (its items are now unsorted)"
        } else if let ballot = state.ballots[id], !ballot.removed {
            description = "ballot \(id)" + (ballot.voter.map { " from \($0)" } ?? "")
        } else if let note = state.notes.first(where: { $0.id == id && !$0.removed }) {
            description = "note \(id): \(note.text)"
        } else {
            throw SessionError("there is no `\(id)` to remove", help: "ids look like i12 (item), t3 (theme), b4 (ballot), n2 (note)")
        }
        let dropped = placesAndActions(of: id)
        let recounts = try commitChange([.removed(id: id)])
        return ChangeOutcome(value: description, recounts: recounts, dropped: dropped)
    }

    /// Adds a free note to the transcript.
    public func addNote(_ text: String) throws(SessionError) -> Note {
        let text = try cleaned(text, what: "a note")
        let id = newID("n")
        try commit([.noted(id: id, text: text)])
        return state.notes.last!
    }

    // MARK: Helpers

    /// What went with an idea that is about to go: its places on grids and its actions.
    func placesAndActions(of id: String) -> String? {
        let grids = state.placements.keys.sorted().filter { state.placements[$0]?[id] != nil }.map { "its place on grid `\($0)`" }
        let plans = state.plans(holding: id).map { "its action in plan `\($0)`" }
        let parts = grids + plans
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: " and ") + " went with it"
    }

    /// An item that exists and has not been removed.
    func liveItem(_ id: String) throws(SessionError) -> Item {
        guard let item = state.items[id], !item.removed else {
            let removed = state.items[id]?.removed == true
            throw SessionError(removed ? "item `\(id)` was removed" : "there is no item `\(id)`",
                               help: removed ? "`:undo` brings back the last removal" : "item ids look like i12; `:list` shows this step's items")
        }
        return item
    }

    /// Text with surrounding spaces removed; never empty, never huge.
    func cleaned(_ text: String, what: String) throws(SessionError) -> String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw SessionError("\(what) cannot be empty") }
        guard trimmed.count <= longestEntry else {
            throw SessionError("\(what) can be at most \(longestEntry) characters; this one has \(trimmed.count)",
                               help: "split it into several shorter ones")
        }
        return trimmed
    }

    private func resolveTag(_ tag: String?, tags: [TagInfo], kind: TagKind?) throws(SessionError) -> String? {
        guard let kind else {
            guard let tag else { return nil }
            throw SessionError("this prompt does not tag its answers, so `\(tag):` is not expected",
                               help: "type the answer on its own")
        }
        let choices = tags.map { "\($0.name) (\($0.label))" }.joined(separator: ", ")
        guard let tag = tag?.trimmingSpaces, !tag.isEmpty else {
            throw SessionError("each answer to this prompt needs a \(kind.rawValue)",
                               help: "start the line with one of: \(choices) — e.g. `\(tags.first?.name ?? kind.rawValue): …` (the start of the name is enough)")
        }
        if let match = tags.first(where: { TagMatching.isExactly(tag, $0) }) { return match.name }
        let starting = tags.filter { TagMatching.matches(tag, $0) }
        if starting.count == 1 { return starting[0].name }
        if starting.count > 1 {
            throw SessionError("`\(tag)` could be any of \(starting.map { "`\($0.name)`" }.joined(separator: ", "))",
                               help: "type more of the \(kind.rawValue)'s name")
        }
        let likely = TagMatching.likely(tag, in: tags).map { "`\($0.name)` (\($0.label))" }
        let suggestion = likely.isEmpty ? "" : NameMatching.didYouMean(likely) + " "
        throw SessionError("`\(tag)` is not a \(kind.rawValue) of this prompt",
                           help: suggestion + "the \(TagMatching.plural(kind)) here are: \(choices)")
    }

    /// "the prompt `working`", "the vote `priorities`" …
    public func describe(_ step: Step) -> String {
        if let pause = step.pause { return "the break “\(pause.title)”" }
        return switch step.kind {
        case .talk: "this step (talk only)"
        case .prompt: "the prompt `\(step.id)`"
        case .cluster: "the clustering `\(step.id)`"
        case .vote: "the vote `\(step.id)`"
        case .place: "the grid placing `\(step.id)`"
        case .actions: "the action plan `\(step.id)`"
        }
    }

    /// What can be done at a step, for error messages.
    public func help(for step: Step) -> String {
        if let pause = step.pause {
            return (pause.nextStage.map { "`:next` starts stage `\($0)`" } ?? "`:next` completes the workshop")
                + " when the room is back; `:note …` writes something down"
        }
        return switch step.kind {
        case .talk: "type `:next` to go on, or `:note …` to write something down"
        case .prompt: "type each answer on its own line"
        case .cluster: "group items with `:theme NAME: i1 i2 …`, `:move i3 to t2`, `:merge t2 into t1`, `:rename t1 NAME`"
        case .vote: "record ballots with `:vote …` (see `:help vote`)"
        case .place: "place items with `:place i3 2 4` and nudge them with `:higher i3`, `:left i3` …"
        case .actions: "give each idea an action with `:action i3 OWNER | FIRST STEP | YYYY-MM-DD`"
        }
    }
}

extension StringProtocol {
    /// The text without spaces, tabs or line breaks at either end.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
