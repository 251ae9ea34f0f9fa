import ConveneLanguage

/// The session's data as CSV tables: items, themes, votes, grid positions, actions.
struct TableWriter {
    let context: OutputContext
    private var state: SessionState { context.state }

    /// Every item still in play.
    func items(_ ids: [String]? = nil) -> String {
        var csv = CSV(header: ["id", "text", "tag", "tag_label", "collection", "stage", "step", "loop", "loop_ids", "themes", "added"])
        for id in ids ?? state.itemOrder {
            guard let item = state.items[id], !item.removed else { continue }
            csv.add([
                item.id, item.text, item.tag ?? "", item.tag.map(context.tagLabel) ?? "", item.collection, item.stage, item.step,
                item.loop.map { "\($0.variable)=\($0.text)" }.joined(separator: "; "),
                item.loop.compactMap(\.reference).joined(separator: " "),
                state.themes(holding: item.id).map(\.id).joined(separator: " "),
                item.added.iso8601,
            ])
        }
        return csv.text
    }

    /// Every theme with its items, one row per theme.
    func themes(_ collections: [String]? = nil) -> String {
        var csv = CSV(header: ["id", "name", "themes", "item_count", "items"])
        for collection in collections ?? context.themeCollections {
            for theme in state.themes(in: collection) {
                let items = state.items(of: theme.id)
                csv.add([theme.id, theme.name, theme.themes, String(items.count), items.map(\.id).joined(separator: " ")])
            }
        }
        return csv.text
    }

    /// Every counted vote's ranking, one row per option; tied options share
    /// a rank marked `=`, as in `:results`.
    func votes(_ keys: [String]? = nil) -> String {
        var csv = CSV(header: ["vote", "stage", "rank", "option", "label", "score", "kept", "ballots"])
        for key in keys ?? context.voteKeys {
            guard let result = state.votes[key]?.result else { continue }
            let stage = String(key.split(separator: "/").first ?? "")
            let ranks = result.ranks(method: state.definitions[key]?["method"]?.stringValue)
            for (option, rank) in zip(result.options, ranks) {
                csv.add([
                    context.stepName(key), stage, rank, option.id, option.label, ValueFormat.number(option.score),
                    option.kept ? "yes" : "no", String(result.ballots),
                ])
            }
        }
        return csv.text
    }

    /// Every placed idea, one row per grid and idea.
    func grid(_ grids: [GridInfo]? = nil, only quadrant: String? = nil) -> String {
        var csv = CSV(header: ["grid", "id", "label", "x", "y", "x_end", "y_end", "quadrant"])
        for grid in grids ?? context.grids {
            for id in state.placementOrder[grid.name] ?? [] {
                guard let placement = state.placements[grid.name]?[id] else { continue }
                let inQuadrant = GridGeometry.quadrant(of: placement, in: grid)
                if let quadrant, inQuadrant?.name != quadrant { continue }
                csv.add([
                    grid.name, id, context.label(id), String(placement.x), String(placement.y),
                    context.end(placement.x, of: grid.x, scale: grid.scale), context.end(placement.y, of: grid.y, scale: grid.scale),
                    inQuadrant?.name ?? "",
                ])
            }
        }
        return csv.text
    }

    /// Every action with what it traces back to.
    func actions(_ plans: [String]? = nil) -> String {
        var csv = CSV(header: ["plan", "idea", "idea_text", "owner", "first_step", "due", "themes", "statements"])
        let trace = Traceability(context: context)
        for plan in plans ?? context.plans {
            for action in state.plans[plan] ?? [] {
                let origin = trace.origin(of: action.idea)
                csv.add([
                    plan, action.idea, context.label(action.idea), action.owner ?? "", action.firstStep ?? "", action.due ?? "",
                    origin.themes.map(\.id).joined(separator: " "), origin.statements.map(\.id).joined(separator: " "),
                ])
            }
        }
        return csv.text
    }
}
