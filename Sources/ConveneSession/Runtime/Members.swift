import ConveneLanguage

extension Interpreter {
    /// `value.name`.
    func member(_ name: String, of value: Value, range: SourceRange) throws(Interruption) -> Value {
        if let result = try memberIfKnown(name, of: value, range: range) { return result }
        throw fail("\(value.kindDescription) has no member `\(name)`", range,
                   help: Suggestions.didYouMean(name, in: memberNames(of: value)))
    }

    private func memberIfKnown(_ name: String, of value: Value, range: SourceRange) throws(Interruption) -> Value? {
        switch (value, name) {
        case (.text(let text), "count"): return .number(Double(text.count))
        case (.text(let text), "upper"): return .text(text.uppercased())
        case (.text(let text), "lower"): return .text(text.lowercased())
        case (.list(let values), _): return try listMember(name, values, range: range)
        case (.collection(let name), "text"):
            return .text(try questionText(of: name, range: range))
        case (.collection, _), (.themes, _), (.quadrant, _), (.plan, _):
            if name == "name", case .quadrant(let grid, let quadrant) = value {
                return .text(quadrantInfo(grid, quadrant)?.label ?? quadrant)
            }
            return try listMember(name, try sequence(value, range: range), range: range)
        case (.item(let id), _):
            guard let item = state.items[id] else { return nil }
            switch name {
            case "text": return .text(item.text)
            case "id": return .text(item.id)
            case "tag": return .text(item.tag ?? "")
            case "theme": return state.themes(holding: id).last.map { .theme($0.id) } ?? .nothing
            default: return nil
            }
        case (.theme(let id), _):
            guard let theme = state.themes[id] else { return nil }
            switch name {
            // A theme's text is its name: a loop over what a grid holds or
            // a vote kept reads `{x.text}` whether it holds items or themes.
            case "name", "text": return .text(theme.name)
            case "id": return .text(theme.id)
            case "items": return .list(state.items(of: id).map { .item($0.id) })
            case "count": return .number(Double(state.items(of: id).count))
            default: return nil
            }
        case (.result(let key), _):
            guard ["kept", "ranking", "winner", "count"].contains(name) else { return nil }
            let result = try counted(key, range: range)
            switch name {
            case "kept": return .list(result.kept.map(optionValue))
            case "ranking": return .list(result.ranking.map(optionValue))
            case "count": return .number(Double(result.options.count))
            default:
                guard let first = result.ranking.first else { throw fail("the vote has no options, so no winner", range) }
                try requireSingleWinner(key, result, range: range)
                return optionValue(first)
            }
        case (.grid(let grid), _):
            if name == "items" { return .list(try sequence(value, range: range)) }
            if quadrantInfo(grid, name) != nil { return .quadrant(grid: grid, name: name) }
            return nil
        default:
            return nil
        }
    }

    private func listMember(_ name: String, _ values: [Value], range: SourceRange) throws(Interruption) -> Value? {
        switch name {
        case "count": return .number(Double(values.count))
        case "items": return .list(values)
        case "first", "last":
            guard let value = name == "first" ? values.first : values.last else {
                throw fail("the list is empty, so it has no \(name) entry", range)
            }
            return value
        default: return nil
        }
    }

    private func memberNames(of value: Value) -> [String] {
        switch value {
        case .text: ["count", "upper", "lower"]
        case .list: ["count", "first", "last"]
        case .collection: ["items", "count", "text"]
        case .themes, .plan: ["items", "count"]
        case .quadrant: ["items", "count", "name"]
        case .item: ["text", "id", "tag", "theme"]
        case .theme: ["name", "text", "id", "items", "count"]
        case .result: ["kept", "ranking", "winner", "top", "count"]
        case .grid(let grid): (model.program.grids[grid]?.quadrants.map(\.name) ?? []) + ["items"]
        default: []
        }
    }

    /// `value.name(arguments)`: only `result.top(n)` so far.
    func method(_ name: String, of value: Value, arguments: [Value], range: SourceRange) throws(Interruption) -> Value {
        guard case .result(let key) = value, name == "top" else {
            throw fail("\(value.kindDescription) has no method `\(name)`", range)
        }
        guard arguments.count == 1, case .number(let count) = arguments[0], count >= 0, count.rounded() == count else {
            throw fail("`top` takes one whole number: how many options to take", range)
        }
        return .list(try counted(key, range: range).ranking.prefix(Int(count)).map(optionValue))
    }

    /// A vote's counted result, or an error saying how to get it counted.
    private func counted(_ key: String, range: SourceRange) throws(Interruption) -> CountedResult {
        if let result = state.votes[key]?.result { return result }
        let name = SessionState.voteName(of: key)
        let stage = key.contains("/") ? key.split(separator: "/").first.map(String.init) : model.voteStages[name]
        throw fail("vote `\(name)` has not been counted yet", range,
                   help: "go to the vote\(stage.map { " (`:goto \($0)`)" } ?? "") and type `:next` to count it")
    }

    /// A tie for first that no tie-break settled leaves no winner to name:
    /// naming the first listed would pick one of the tied options unasked.
    private func requireSingleWinner(_ key: String, _ result: CountedResult, range: SourceRange) throws(Interruption) {
        let ranks = result.ranks(method: state.definitions[key]?["method"]?.stringValue)
        guard ranks.count > 1, ranks[1] == ranks[0], state.votes[key]?.tieOrder.contains(result.ranking[0]) != true else { return }
        let tied = zip(result.options, ranks).filter { $0.1 == ranks[0] }.map(\.0)
        let name = SessionState.voteName(of: key)
        let stage = key.contains("/") ? key.split(separator: "/").first.map(String.init) : model.voteStages[name]
        throw fail(
            "vote `\(name)` has no single winner: \(tied.dropLast().map { "“\($0.label)”" }.joined(separator: ", ")) and “\(tied.last!.label)” tie for first",
            range,
            help: "settle it at the vote: \(stage.map { "`:goto \($0)`, " } ?? "")`:order \(tied.map(\.id).joined(separator: " "))` "
                + "with the best first, then `:next` to count it again")
    }

    /// The value an option of a counted vote stands for.
    private func optionValue(_ id: String) -> Value {
        if state.items[id] != nil { return .item(id) }
        if state.themes[id] != nil { return .theme(id) }
        for record in state.votes.values {
            if let option = record.result?.options.first(where: { $0.id == id }) { return .text(option.label) }
        }
        return .text(id)
    }

    private func questionText(of collection: String, range: SourceRange) throws(Interruption) -> String {
        guard let question = model.questions[collection] else { return collection }
        if case .string(let literal) = question.kind, let plain = literal.plainText { return plain }
        return sourceText(question.range)
    }

    func quadrantInfo(_ grid: String, _ name: String) -> QuadrantInfo? {
        model.program.grids[grid]?.quadrants.first { $0.name == name }
    }

    // MARK: Sequences

    /// The values a `for` loop, a `cluster`, a `vote`, a `place` or an
    /// `actions` runs over.
    func sequence(_ value: Value, range: SourceRange) throws(Interruption) -> [Value] {
        switch value {
        case .list(let values): return values
        case .collection(let name): return state.items(in: name).map { .item($0.id) }
        case .themes(let name): return state.themes(in: name).map { .theme($0.id) }
        case .theme(let id): return state.items(of: id).map { .item($0.id) }
        case .result(let key): return try counted(key, range: range).kept.map(optionValue)
        case .grid(let grid): return (state.placementOrder[grid] ?? []).map(entityValue)
        case let .quadrant(grid, name):
            guard let info = model.program.grids[grid], let quadrant = quadrantInfo(grid, name) else { return [] }
            return (state.placementOrder[grid] ?? []).filter { id in
                guard let placement = state.placements[grid]?[id] else { return false }
                return GridGeometry.quadrant(of: placement, in: info)?.name == quadrant.name
            }.map(entityValue)
        case .plan(let name): return (state.plans[name] ?? []).map { entityValue($0.idea) }
        default:
            throw fail("cannot go through \(value.kindDescription) one by one", range)
        }
    }

    private func entityValue(_ id: String) -> Value {
        state.themes[id] != nil ? .theme(id) : .item(id)
    }

    /// The things a step works on, with ids: items and themes keep theirs,
    /// plain values are numbered `o1`, `o2` …
    func entities(_ value: Value, range: SourceRange) throws(Interruption) -> [Entity] {
        var plain = 0
        return try sequence(value, range: range).map { element in
            if let id = element.entityID { return Entity(id: id, label: display(element)) }
            plain += 1
            return Entity(id: "o\(plain)", label: display(element))
        }
    }

    /// How a value reads inside text.
    func display(_ value: Value) -> String {
        switch value {
        case .number(let number): ValueFormat.number(number)
        case .duration(let seconds): ValueFormat.duration(seconds)
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .list(let values): values.map(display).joined(separator: ", ")
        case .item(let id): state.items[id]?.text ?? id
        case .theme(let id): state.themes[id]?.name ?? id
        case .collection(let name), .themes(let name), .plan(let name), .activity(let name): name
        case .result(let key): SessionState.voteName(of: key)
        case .grid(let name): model.program.grids[name]?.title ?? name
        case let .quadrant(grid, name): quadrantInfo(grid, name)?.label ?? name
        case .nothing: ""
        }
    }
}
