import ConveneLanguage

/// `session.json`: the whole session as data, for other programs.
struct SessionJSON {
    let context: OutputContext
    private var state: SessionState { context.state }

    func write() -> String {
        JSONWriter.pretty(document())
    }

    func document() -> JSONValue {
        let header = context.snapshot.header
        var fields: [(String, JSONValue)] = [
            ("format", "convene-session"),
            ("version", 1),
            ("title", .string(header.title)),
            ("script", .string(header.scriptPath)),
            ("sha256", .string(header.scriptSHA256)),
            ("started", .string(header.started.iso8601)),
            ("finished", .bool(state.finished)),
            ("parameters", .object(header.parameters.map { ($0.name, .string($0.value)) })),
        ]
        if let position = state.position {
            fields.append(("position", .object([("stage", .string(position.stage)), ("step", .string(position.step))])))
        }
        fields.append(("items", .array(state.itemOrder.compactMap { state.items[$0] }.filter { !$0.removed }.map(item))))
        fields.append(("themes", .array(context.themeCollections.flatMap { state.themes(in: $0) }.map(theme))))
        fields.append(("votes", .array(context.voteKeys.map(vote))))
        fields.append(("grids", .array(context.grids.map(grid))))
        fields.append(("plans", .array(context.plans.map(plan))))
        fields.append(("notes", .array(state.notes.filter { !$0.removed }.map { note in
            .object([("id", .string(note.id)), ("text", .string(note.text)), ("stage", .optional(note.stage)), ("time", .string(note.time.iso8601))])
        })))
        return .object(fields)
    }

    func item(_ item: Item) -> JSONValue {
        .object([
            ("id", .string(item.id)), ("text", .string(item.text)), ("tag", .optional(item.tag)),
            ("collection", .string(item.collection)), ("stage", .string(item.stage)), ("step", .string(item.step)),
            ("loop", .array(item.loop.map { binding in
                .object([("variable", .string(binding.variable)), ("value", .string(binding.text)), ("ref", .optional(binding.reference))])
            })),
            ("themes", .strings(state.themes(holding: item.id).map(\.id))),
            ("added", .string(item.added.iso8601)),
        ])
    }

    func theme(_ theme: Theme) -> JSONValue {
        .object([
            ("id", .string(theme.id)), ("name", .string(theme.name)), ("themes", .string(theme.themes)),
            ("items", .strings(state.items(of: theme.id).map(\.id))),
        ])
    }

    func vote(_ key: String) -> JSONValue {
        let record = state.votes[key] ?? VoteRecord()
        var fields: [(String, JSONValue)] = [("vote", .string(context.stepName(key))), ("key", .string(key))]
        if let definition = state.definitions[key] { fields.append(("rule", definition)) }
        fields.append(("ballots", .array(state.ballots(of: key).map { ballot in
            .object([("id", .string(ballot.id)), ("voter", .optional(ballot.voter)), ("marks", JournalCoding.encode(ballot.marks))])
        })))
        if !record.tally.isEmpty {
            fields.append(("room-totals", .object(record.tally.map { ($0.option, .int($0.count)) })))
        }
        if let result = record.result {
            let places = result.places(method: state.definitions[key]?["method"]?.stringValue)
            fields.append(("result", .array(zip(result.options, places).map { option, place in
                .object([
                    ("rank", .int(place.place)), ("shared", .bool(place.shared)), ("id", .string(option.id)),
                    ("label", .string(option.label)), ("score", .number(option.score)), ("kept", .bool(option.kept)),
                ])
            })))
        }
        return .object(fields)
    }

    func grid(_ grid: GridInfo) -> JSONValue {
        let placements = (state.placementOrder[grid.name] ?? []).compactMap { id -> JSONValue? in
            guard let placement = state.placements[grid.name]?[id] else { return nil }
            return .object([
                ("id", .string(id)), ("label", .string(context.label(id))), ("x", .int(placement.x)), ("y", .int(placement.y)),
                ("quadrant", .optional(GridGeometry.quadrant(of: placement, in: grid)?.name)),
            ])
        }
        return .object([
            ("grid", .string(grid.name)), ("title", .string(grid.title)), ("scale", .int(grid.scale)),
            ("x", .string(grid.x.name)), ("y", .string(grid.y.name)), ("placements", .array(placements)),
        ])
    }

    func plan(_ name: String) -> JSONValue {
        let trace = Traceability(context: context)
        return .object([
            ("plan", .string(name)),
            ("actions", .array((state.plans[name] ?? []).map { action in
                let origin = trace.origin(of: action.idea)
                return .object([
                    ("idea", .string(action.idea)), ("text", .string(context.label(action.idea))),
                    ("owner", .optional(action.owner)), ("first-step", .optional(action.firstStep)), ("due", .optional(action.due)),
                    ("themes", .strings(origin.themes.map(\.id))), ("statements", .strings(origin.statements.map(\.id))),
                ])
            })),
        ])
    }
}
