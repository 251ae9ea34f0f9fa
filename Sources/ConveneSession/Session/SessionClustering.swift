import ConveneLanguage

extension Session {
    /// Makes a theme in the current clustering and moves items into it. When
    /// a theme of that name exists already, the items join it.
    public func createTheme(_ name: String, items: [String]) throws(SessionError) -> Theme {
        let cluster = try currentCluster()
        let name = try themeName(name, items: items)
        try checkClusterable(items, cluster)
        if let existing = state.themes(in: cluster.themes).first(where: { $0.name.lowercased() == name.lowercased() }) {
            guard !items.isEmpty else {
                throw SessionError("there is already a theme “\(existing.name)” (\(existing.id))",
                                   help: "move items into it with `:move i1 i2 to \(existing.id)`")
            }
            try commit([.itemsMoved(items: items, theme: existing.id)])
            return state.themes[existing.id]!
        }
        let id = newID("t")
        var events: [JournalEvent] = [.themeCreated(id: id, name: name, themes: cluster.themes)]
        if !items.isEmpty { events.append(.itemsMoved(items: items, theme: id)) }
        try commit(events)
        return state.themes[id]!
    }

    /// Moves items into a theme (by id or name) of the current clustering.
    public func moveItems(_ items: [String], to reference: String) throws(SessionError) -> Theme {
        let cluster = try currentCluster()
        guard !items.isEmpty else { throw SessionError("name the items to move", help: "e.g. `:move i3 i7 to t2`") }
        try checkClusterable(items, cluster)
        let theme = try resolveTheme(reference, cluster)
        try commit([.itemsMoved(items: items, theme: theme.id)])
        return state.themes[theme.id]!
    }

    /// Renames a theme of the current clustering. A counted vote with the
    /// theme among its options is counted again under the new name.
    public func renameTheme(_ reference: String, to name: String) throws(SessionError) -> ChangeOutcome<Theme> {
        let cluster = try currentCluster()
        let theme = try resolveTheme(reference, cluster)
        let name = try themeName(name, items: [])
        if let clash = state.themes(in: cluster.themes).first(where: { $0.id != theme.id && $0.name.lowercased() == name.lowercased() }) {
            throw SessionError("there is already a theme “\(clash.name)” (\(clash.id))", help: "to combine them use `:merge \(theme.id) into \(clash.id)`")
        }
        let recounts = try commitChange([.themeRenamed(id: theme.id, name: name)])
        return ChangeOutcome(value: state.themes[theme.id]!, recounts: recounts)
    }

    /// Moves every item of one theme into another and removes the first, which
    /// leaves the grids and action plans it was in. A counted vote with the
    /// first among its options is counted again without it.
    public func mergeThemes(_ fromReference: String, into intoReference: String) throws(SessionError) -> ChangeOutcome<Theme> {
        let cluster = try currentCluster()
        let from = try resolveTheme(fromReference, cluster)
        let into = try resolveTheme(intoReference, cluster)
        guard from.id != into.id else { throw SessionError("a theme cannot be merged into itself") }
        let dropped = placesAndActions(of: from.id)
        let recounts = try commitChange([.themesMerged(from: from.id, into: into.id)])
        return ChangeOutcome(value: state.themes[into.id]!, recounts: recounts, dropped: dropped.map { "\(from.id) “\(from.name)”: " + $0 })
    }

    /// The items of the current clustering not yet in any theme.
    public func unsortedItems() -> [Entity] {
        guard case .cluster(let cluster) = currentStep.kind else { return [] }
        let sorted = Set(state.themes(in: cluster.themes).flatMap(\.items))
        return cluster.items.filter { !sorted.contains($0.id) && state.items[$0.id]?.removed != true }
    }

    /// A theme's name, which must not look like an id: `t2` would be taken
    /// for the theme whose id it is.
    private func themeName(_ name: String, items: [String]) throws(SessionError) -> String {
        let name = try cleaned(name, what: "a theme name")
        guard LineParsing.isID(Substring(name)) else { return name }
        let listed = items.joined(separator: " ")
        let help = state.themes[name].map { theme in
            items.isEmpty ? "`\(name)` is the theme “\(theme.name)”; name a theme in words" : "to put \(listed) in \(name) “\(theme.name)”, type `:move \(listed) to \(name)`"
        }
        throw SessionError("a theme cannot be called `\(name)`: that is how ids are written",
                           help: help ?? "name it in words, e.g. `Getting there: \(items.isEmpty ? "i1 i2" : listed)`")
    }

    private func currentCluster() throws(SessionError) -> ClusterStep {
        guard case .cluster(let cluster) = currentStep.kind else {
            throw SessionError("themes are made while clustering, and \(describe(currentStep)) is not a clustering",
                               help: clusteringStages().map { "clustering happens in stage `\($0)`: `:goto \($0)`" })
        }
        return cluster
    }

    private func clusteringStages() -> String? {
        for name in model.stageNames {
            guard let stage = model.stages[name] else { continue }
            if stage.body.statements.contains(where: { if case .cluster = $0.kind { true } else { false } }) { return name }
        }
        return nil
    }

    private func checkClusterable(_ items: [String], _ cluster: ClusterStep) throws(SessionError) {
        let allowed = Set(cluster.items.map(\.id))
        for id in items {
            _ = try liveItem(id)
            guard allowed.contains(id) else {
                throw SessionError("item \(id) is not one of the items being clustered here (\(cluster.source))")
            }
        }
    }

    /// A theme of the clustering by id (`t3`), by name whatever the case,
    /// or by a start of its name no other theme's has (`Café` for “Café culture ☕”).
    private func resolveTheme(_ reference: String, _ cluster: ClusterStep) throws(SessionError) -> Theme {
        let reference = reference.trimmingSpaces
        let themes = state.themes(in: cluster.themes)
        if let theme = themes.first(where: { $0.id == reference }) { return theme }
        let named = { (themes: [Theme]) in NameMatching.didYouMean(themes.map { "\($0.id) “\($0.name)”" }) }
        // An id of no theme here is not a name spelt wrong: the list says which there are.
        let match: NameMatch<Theme> = LineParsing.isID(Substring(reference))
            ? .unknown(likely: []) : NameMatching.match(reference, in: themes, names: { [$0.name] })
        switch match {
        case .found(let theme):
            return theme
        case .ambiguous(let starting):
            throw SessionError("`\(reference)` is the start of more than one theme here", help: named(starting))
        case .unknown(let likely):
            let every = themes.isEmpty
                ? "make one with `:theme NAME: i1 i2`" : "the themes are: " + themes.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            throw SessionError("there is no theme `\(reference)` here", help: likely.isEmpty ? every : named(likely))
        }
    }
}
