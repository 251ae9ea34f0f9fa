import ConveneText

/// Everything the room has produced so far, rebuilt by replaying the
/// journal: the journal is the truth, this is a view of it.
public struct SessionState: Sendable {
    public private(set) var items = EntityTable<Item>(prefix: "i")
    public private(set) var itemOrder: [String] = []
    public private(set) var themes = EntityTable<Theme>(prefix: "t")
    public private(set) var themeOrder: [String] = []
    /// Theme collection → item id → the theme holding it there.
    private var membership: [String: [String: String]] = [:]
    public private(set) var ballots = EntityTable<BallotEntry>(prefix: "b")
    public private(set) var votes: [String: VoteRecord] = [:]
    /// Grid name → item id → position.
    public private(set) var placements: [String: [String: Placement]] = [:]
    /// Grid name → item ids in the order first placed.
    public private(set) var placementOrder: [String: [String]] = [:]
    /// Plan name → actions in the order first set.
    public private(set) var plans: [String: [ActionRecord]] = [:]
    public private(set) var notes: [Note] = []
    public private(set) var position: Position?
    /// Stage names in the order first entered.
    public private(set) var enteredStages: [String] = []
    /// `stage/step` → what the step asked when last entered.
    public private(set) var definitions: [String: JSONValue] = [:]
    public private(set) var finished = false
    public private(set) var paused = false
    /// The script hash the session last ran with.
    public private(set) var scriptSHA256: String

    public init(scriptSHA256: String) {
        self.scriptSHA256 = scriptSHA256
    }

    /// Makes room for items, themes and ballots numbered up to these, so
    /// replaying a long journal does not grow the tables step by step.
    mutating func reserveCapacity(items: Int, themes: Int, ballots: Int) {
        self.items.reserveCapacity(items + 1)
        itemOrder.reserveCapacity(items)
        self.themes.reserveCapacity(themes + 1)
        themeOrder.reserveCapacity(themes)
        self.ballots.reserveCapacity(ballots + 1)
    }

    /// Applies one event. Events come from the journal, already validated.
    public mutating func apply(_ event: borrowing JournalEvent, at time: Timestamp) {
        switch event {
        case let .entered(stage, index, step, definition):
            position = Position(stage: stage, index: index, step: step)
            if !enteredStages.contains(stage) { enteredStages.append(stage) }
            definitions[stage + "/" + step] = definition
            finished = false
        case let .itemAdded(id, collection, stage, step, text, tag, loop):
            items[id] = Item(id: id, text: text, collection: collection, stage: stage, step: step, tag: tag, loop: loop, added: time)
            itemOrder.append(id)
        case let .itemEdited(id, text, tag):
            items[id]?.text = text
            items[id]?.tag = tag
        case .removed(let id):
            remove(id)
        case let .themeCreated(id, name, collection):
            themes[id] = Theme(id: id, name: name, themes: collection, items: [], created: time)
            themeOrder.append(id)
        case let .themeRenamed(id, name):
            themes[id]?.name = name
        case let .itemsMoved(moved, target):
            guard let collection = themes[target]?.themes else { return }
            for item in moved {
                if let current = membership[collection]?[item] {
                    if current == target { continue }
                    themes[current]?.items.removeAll { $0 == item }
                }
                membership[collection, default: [:]][item] = target
                themes[target]?.items.append(item)
            }
        case let .themesMerged(from, into):
            guard let collection = themes[into]?.themes else { return }
            for item in themes[from]?.items ?? [] {
                membership[collection]?[item] = into
                themes[into]?.items.append(item)
            }
            themes[from]?.items = []
            themes[from]?.removed = true
            themes[from]?.mergedInto = into
            forgetPlacesAndActions(of: from)
        case let .ballotCast(id, vote, voter, marks):
            ballots[id] = BallotEntry(id: id, vote: vote, voter: voter, marks: marks)
            votes[vote, default: VoteRecord()].ballots.append(id)
            votes[vote]?.result = nil
        case let .tallyRecorded(vote, counts):
            var record = votes[vote, default: VoteRecord()]
            for count in counts {
                if let index = record.tally.firstIndex(where: { $0.option == count.option }) {
                    record.tally[index].count = count.count
                } else {
                    record.tally.append(count)
                }
            }
            record.result = nil
            votes[vote] = record
        case let .tiesOrdered(vote, order):
            votes[vote, default: VoteRecord()].tieOrder = order
            votes[vote]?.result = nil
        case let .voteCounted(vote, options, ballotCount, note):
            votes[vote, default: VoteRecord()].result = CountedResult(options: options, ballots: ballotCount, note: note, counted: time)
        case .voteReopened(let vote, _):
            votes[vote]?.result = nil
        case let .placed(grid, item, x, y, _):
            if placements[grid]?[item] == nil { placementOrder[grid, default: []].append(item) }
            placements[grid, default: [:]][item] = Placement(x: x, y: y)
        case let .actionSet(plan, idea, owner, firstStep, due):
            var actions = plans[plan, default: []]
            let index = actions.firstIndex { $0.idea == idea } ?? {
                actions.append(ActionRecord(idea: idea))
                return actions.count - 1
            }()
            if let owner { actions[index].owner = owner }
            if let firstStep { actions[index].firstStep = firstStep }
            if let due { actions[index].due = due }
            plans[plan] = actions
        case let .noted(id, text):
            notes.append(Note(id: id, text: text, stage: position?.stage, step: position?.step, time: time))
        case .paused:
            paused = true
        case .resumed:
            paused = false
        case .undone:
            break
        case .finished:
            finished = true
        case let .scriptChanged(sha256, _):
            scriptSHA256 = sha256
        }
    }

    private mutating func remove(_ id: String) {
        if items[id] != nil {
            items[id]?.removed = true
            forgetPlacesAndActions(of: id)
        } else if let theme = themes[id] {
            for item in theme.items { membership[theme.themes]?[item] = nil }
            themes[id]?.removed = true
            themes[id]?.items = []
            forgetPlacesAndActions(of: id)
        } else if let ballot = ballots[id] {
            ballots[id]?.removed = true
            votes[ballot.vote]?.result = nil
        } else if let index = notes.firstIndex(where: { $0.id == id }) {
            notes[index].removed = true
        }
    }

    /// An idea that is gone (removed, or merged into another theme) leaves
    /// every grid and every action plan with it.
    private mutating func forgetPlacesAndActions(of id: String) {
        for grid in placements.keys where placements[grid]?[id] != nil {
            placements[grid]?[id] = nil
            placementOrder[grid]?.removeAll { $0 == id }
        }
        for plan in plans.keys {
            plans[plan]?.removeAll { $0.idea == id }
        }
    }

    /// Whether an item or theme has been removed or merged away.
    public func isGone(_ id: String) -> Bool {
        items[id]?.removed ?? themes[id]?.removed ?? false
    }

    // MARK: Queries

    /// The items of a collection still in play, in the order entered.
    public func items(in collection: String) -> [Item] {
        itemOrder.compactMap { id in
            guard let item = items[id], !item.removed, item.collection == collection else { return nil }
            return item
        }
    }

    /// The themes of a theme collection still in play, in the order made.
    public func themes(in collection: String) -> [Theme] {
        themeOrder.compactMap { id in
            guard let theme = themes[id], !theme.removed, theme.themes == collection else { return nil }
            return theme
        }
    }

    /// A theme's items still in play.
    public func items(of themeID: String) -> [Item] {
        (themes[themeID]?.items ?? []).compactMap { id in
            guard let item = items[id], !item.removed else { return nil }
            return item
        }
    }

    /// The action plans with an action for an idea, by name in order.
    public func plans(holding idea: String) -> [String] {
        plans.keys.sorted().filter { plans[$0]?.contains { $0.idea == idea } == true }
    }

    /// The live theme holding an item, within any theme collection.
    public func themes(holding itemID: String) -> [Theme] {
        membership.values.compactMap { $0[itemID].flatMap { themes[$0] } }
            .filter { !$0.removed }
            .sorted { Int($0.id.dropFirst()) ?? 0 < Int($1.id.dropFirst()) ?? 0 }
    }

    /// The ballots of a vote still in play.
    public func ballots(of vote: String) -> [BallotEntry] {
        (votes[vote]?.ballots ?? []).compactMap { id in
            guard let ballot = ballots[id], !ballot.removed else { return nil }
            return ballot
        }
    }

    /// The most recently counted result of a vote with this name, in any stage.
    public func latestResult(named name: String) -> String? {
        var best: (key: String, time: Timestamp)?
        for (key, record) in votes {
            guard let result = record.result, Self.voteName(of: key) == name else { continue }
            if best == nil || result.counted > best!.time { best = (key, result.counted) }
        }
        return best?.key
    }

    /// Whether a vote takes the room's totals (`ballots room`) rather than ballots.
    public func isCountedInTheRoom(_ key: String) -> Bool {
        definitions[key]?["ballots"]?.stringValue == "room"
    }

    /// "10 people": the people in the room for a vote counted there, when its `voters` says.
    public func roomVoters(_ key: String) -> String? {
        guard isCountedInTheRoom(key), let voters = definitions[key]?["voters"]?.intValue else { return nil }
        return Plural.count(voters, "person")
    }

    /// `choose/priorities#2` → `priorities`.
    static func voteName(of key: String) -> String {
        let step = key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? key
        return String(step.split(separator: "#").first ?? Substring(step))
    }
}
