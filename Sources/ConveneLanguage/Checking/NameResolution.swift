/// Finding what a name refers to from where it is used, and declaring the
/// names blocks introduce.
extension ProgramChecker {
    /// Whether a symbol can be used from the current place.
    enum Visibility {
        case visible
        /// It exists, but only later: CV0203.
        case later(message: String, help: String)
        /// Out of sight from here (a stage's collection inside an activity).
        case hidden(note: String, help: String)
    }

    /// The kind of the value a name refers to, reporting it when it cannot be used here.
    func resolveName(_ name: String, at range: SourceRange) -> ValueKind {
        guard !name.isEmpty else { return .unknown }
        if let index = localSymbol(name) {
            if case .created(_, let offset) = table.symbols[index].availability, offset > range.start,
                case .activity(let activity) = region.place
            {
                report(.usedBeforeCollected,
                       "`\(name)` is created later in activity `\(activity)`, at \(site(table.symbols[index].range, in: path(of: table.symbols[index])))",
                       at: range, help: "move this below the statement that creates `\(name)`")
            }
            table.symbols[index].isUsed = true
            return table.symbols[index].kind
        }
        guard let index = table.global(name) else {
            let suggestion = Suggestions.closest(to: name, in: namesInSight())
            // The name meant is most likely the one suggested: counting it as
            // used spares a second, misleading "never used" warning.
            if let suggestion, let index = localSymbol(suggestion) ?? table.global(suggestion) {
                table.symbols[index].isUsed = true
            }
            pendingNames.append(PendingName(name: name, range: range, path: region.path, place: region.place,
                                            suggestion: suggestion))
            return .unknown
        }
        table.symbols[index].isUsed = true
        switch visibility(of: index, at: range.start) {
        case .visible: break
        case .later(let message, let help): report(.usedBeforeCollected, message, at: range, help: help)
        case .hidden(let note, let help):
            report(.unknownName, "unknown name `\(name)`", at: range, notes: [note], help: help)
            return .unknown
        }
        return table.symbols[index].kind
    }

    /// Reports the names that were not found where they were used: those a
    /// later stage creates as used too early, the others as unknown.
    func reportPendingNames() {
        for pending in pendingNames {
            region.path = pending.path
            region.place = pending.place
            guard let index = table.global(pending.name) else {
                if let made = stageLets[pending.name] {
                    reportEndedLet(pending, made: made)
                    continue
                }
                let missing = unimported[pending.path] ?? []
                let notes = missing.isEmpty ? [] : [
                    "it may be declared in \(missing.map { "`\($0)`" }.joined(separator: ", ")), which could not be imported",
                ]
                report(.unknownName, "unknown name `\(pending.name)`", at: pending.range, notes: notes,
                       help: pending.suggestion.map { "did you mean `\($0)`?" })
                continue
            }
            table.symbols[index].isUsed = true
            switch visibility(of: index, at: pending.range.start) {
            case .visible: break
            case .later(let message, let help): report(.usedBeforeCollected, message, at: pending.range, help: help)
            case .hidden(let note, let help):
                report(.unknownName, "unknown name `\(pending.name)`", at: pending.range, notes: [note], help: help)
            }
        }
    }

    /// A use of a stage's `let` before it, or after its stage has ended.
    private func reportEndedLet(_ pending: PendingName, made: (stage: Int, stageName: String, range: SourceRange)) {
        if case .stage(let stage, _) = pending.place, stage == made.stage, made.range.start > pending.range.start {
            report(.usedBeforeCollected, "`\(pending.name)` is used before its `let` at \(site(made.range, in: region.path))",
                   at: pending.range, help: "move the `let` of `\(pending.name)` above this line")
            return
        }
        report(.unknownName, "unknown name `\(pending.name)`", at: pending.range,
               notes: ["`\(pending.name)` is a `let` of stage `\(made.stageName)`, and a stage's `let`s end with the stage"],
               help: "use it inside stage `\(made.stageName)`; to carry something to later stages, collect it with `prompt`, `cluster`, `vote` or `actions`")
    }

    /// The symbol a name refers to in the open blocks, if any.
    func localSymbol(_ name: String) -> Int? {
        // Most names are used outside any block: skip hashing them.
        region.scope.isEmpty ? nil : region.scope.lookup(name)
    }

    /// The index of the symbol a name refers to from here, without reporting anything.
    func lookupQuietly(_ name: String, at offset: Int) -> Int? {
        if let index = localSymbol(name) { return index }
        guard let index = table.global(name), case .visible = visibility(of: index, at: offset) else {
            return nil
        }
        return index
    }

    /// Whether a workshop-wide symbol may be used at an offset of the current place.
    func visibility(of index: Int, at offset: Int) -> Visibility {
        let availability = table.symbols[index].availability
        switch (availability, region.place) {
        case (.always, _), (.globalOrder, .stage), (.globalOrder, .activity), (.globalOrder, .afterStages),
            (.created, .afterStages):
            return .visible
        case (.globalOrder(let order), .beforeStages(let current)):
            if order + 1 < current { return .visible }
            let symbol = table.symbols[index]
            return .later(
                message: "`\(symbol.name)` is used before its `let` at \(site(symbol.range, in: path(of: symbol)))",
                help: "move the `let` of `\(symbol.name)` above this line")
        case (.created(let stage, let end), .stage(let current, let currentName)):
            if stage < current || (stage == current && end <= offset) { return .visible }
            let symbol = table.symbols[index]
            let creator = stageName(of: symbol)
            if stage == current {
                return .later(
                    message: "`\(symbol.name)` is created later in stage `\(currentName)`, at \(site(symbol.range, in: path(of: symbol)))",
                    help: "move this below the statement that creates `\(symbol.name)`")
            }
            return .later(
                message: "`\(symbol.name)` is created in stage `\(creator)`, which runs after this one",
                help: "use `\(symbol.name)` in a stage after `\(creator)`, or create it earlier")
        case (.created, .beforeStages):
            let symbol = table.symbols[index]
            return .later(
                message: "`\(symbol.name)` is created in stage `\(stageName(of: symbol))`, but this is worked out before any stage runs",
                help: "use `\(symbol.name)` inside a stage after `\(stageName(of: symbol))`")
        case (.created, .activity):
            let symbol = table.symbols[index]
            return .hidden(
                note: "`\(symbol.name)` is created in stage `\(stageName(of: symbol))`; an activity sees only its parameters and top-level declarations",
                help: "pass `\(symbol.name)` to the activity as an argument")
        }
    }

    /// Every name usable here, for "did you mean".
    func namesInSight() -> [String] {
        var names = region.scope.symbols.map { table.symbols[$0].name }
        for index in table.globalIndices {
            guard case .visible = visibility(of: index, at: Int.max) else { continue }
            names.append(table.symbols[index].name)
        }
        return names
    }

    /// Declares a name that lasts until the current block ends: a `for`
    /// variable, or a `let` inside a block. Reports it when it would hide a
    /// name already in sight (an activity's names may hide workshop-wide ones,
    /// so that a library does not depend on the scripts that import it).
    @discardableResult
    func bindLocal(_ name: Identifier, role: SymbolEntry.Role, kind: ValueKind,
                   availability: SymbolEntry.Availability = .always) -> Int? {
        guard !name.name.isEmpty else { return nil }
        if let existing = localSymbol(name.name) {
            reportDuplicate(name, first: table.symbols[existing])
            return nil
        }
        if case .stage = region.place, let existing = table.global(name.name),
            case .visible = visibility(of: existing, at: name.range.start)
        {
            reportDuplicate(name, first: table.symbols[existing])
            return nil
        }
        let index = table.add(SymbolEntry(name: name.name, role: role, kind: kind, file: fileIndex(of: region.path),
                                          range: name.range, availability: availability))
        region.scope.bind(name.name, to: index)
        return index
    }
}

/// A name used where nothing by that name was declared yet.
struct PendingName {
    var name: String
    var range: SourceRange
    var path: String
    var place: Place
    /// The closest name in sight where it was used.
    var suggestion: String?
}
