/// The first pass: every workshop-wide name is declared before any body is
/// checked, so a use can tell "not declared" from "declared later".
extension ProgramChecker {
    /// Declares a file's activities, grids and top-level `let`s, and, for the
    /// main file, its workshop's parameters and tags.
    func declareTopLevel(of file: SyntaxFile, isMain: Bool) {
        region.path = file.source.path
        for declaration in file.declarations {
            switch declaration.kind {
            case .activity(let activity): declareActivity(activity)
            case .grid(let grid): declareGrid(grid)
            case .letBinding(let binding):
                let symbol = declareGlobal(binding.name, role: .topLevelLet, kind: .unknown,
                                           availability: .globalOrder(globalLets.count))
                globalLets.append((binding, file.source.path, symbol))
            case .workshop(let block) where isMain: declareWorkshop(block, range: declaration.range)
            case .invalid:
                if let (_, name) = RecoveredName.declared(in: declaration.range, of: file.source) {
                    declareUnparsed(name)
                }
            case .importFile, .workshop, .stage, .output, .breakTime, .day: break
            }
        }
    }

    /// Declares a workshop-wide name, reporting it when it is taken.
    @discardableResult
    func declareGlobal(
        _ name: Identifier, role: SymbolEntry.Role, kind: ValueKind, availability: SymbolEntry.Availability
    ) -> Int? {
        guard !name.name.isEmpty else { return nil }
        let symbol = SymbolEntry(name: name.name, role: role, kind: kind, file: fileIndex(of: region.path),
                                 range: name.range, availability: availability)
        let (index, existing) = table.declareGlobal(symbol)
        if let existing {
            reportDuplicate(name, first: table.symbols[existing])
            return nil
        }
        return index
    }

    /// Declares a name recovered from code that failed to parse, unless it
    /// is taken; it is usable everywhere, so it raises no further complaint.
    func declareUnparsed(_ name: Identifier) {
        guard table.global(name.name) == nil else { return }
        var symbol = SymbolEntry(name: name.name, role: .unparsed, kind: .unknown, file: fileIndex(of: region.path),
                                 range: name.range, availability: .always)
        symbol.isUsed = true
        _ = table.declareGlobal(symbol)
    }

    private func declareActivity(_ activity: ActivityDeclaration) {
        guard let symbol = declareGlobal(activity.name, role: .activity, kind: .activity, availability: .always) else {
            return
        }
        activityIndex[activity.name.name] = activities.count
        activities.append(ActivityInfo(declaration: activity, path: region.path, symbol: symbol))
    }

    private func declareGrid(_ grid: GridDeclaration) {
        guard declareGlobal(grid.name, role: .grid, kind: .grid(grid.name.name), availability: .always) != nil
        else { return }
        gridDeclarations.append((grid, region.path))
        var names: [String] = []
        for item in grid.items {
            // A quadrant named twice is reported by the grid's own check; its members list it once.
            if case .quadrant(let quadrant) = item.kind, !names.contains(quadrant.name.name) { names.append(quadrant.name.name) }
        }
        quadrantNames[grid.name.name] = names
    }

    private func declareWorkshop(_ block: WorkshopDeclaration, range: SourceRange) {
        guard workshop == nil else {
            report(.duplicateWorkshop, "a script has one workshop, and this is a second",
                   at: SourceRange(start: range.start, end: block.title.range.end),
                   notes: ["the first workshop is at \(site(firstWorkshopRange, in: mainFile.source.path))"],
                   help: "move its stages into the first workshop, or make it a separate script")
            return
        }
        workshop = block
        firstWorkshopRange = block.title.range
        for item in block.items {
            switch item.kind {
            case .parameter(let parameter):
                declareGlobal(parameter.name, role: .parameter, kind: .unknown, availability: .always)
            case .tag(let tag): declareTag(tag)
            case .purpose, .duration: break
            }
        }
    }

    private func declareTag(_ tag: TagDeclaration) {
        guard !tag.name.name.isEmpty else { return }
        if let first = tags[tag.name.name] {
            report(.duplicateName, "`\(tag.name.name)` is already defined", at: tag.name.range,
                   notes: ["`\(tag.name.name)` was first defined as a \(first.kind.rawValue) at \(site(first.name.range, in: mainFile.source.path))"],
                   help: "rename one of them")
            return
        }
        tags[tag.name.name] = tag
        tagNames[tag.kind, default: []].append(tag.name.name)
    }

    /// Reports a stage name used before; stage names are ids a journal refers to.
    func declareStageName(_ name: Identifier) {
        guard !name.name.isEmpty else { return }
        if let first = stageNames[name.name] {
            report(.duplicateName, "stage `\(name.name)` is already defined", at: name.range,
                   notes: ["the first stage `\(name.name)` is at \(site(first, in: region.path))"],
                   help: "give each stage its own name: a session's journal refers to stages by name")
        } else {
            stageNames[name.name] = name.range
        }
    }

    /// Calls `visit` for every name an activity's body creates for the rest
    /// of the body: collections at any depth, and `let`s directly in the body
    /// (also those of statements that failed to parse, as `.unparsed`), with
    /// the `if` branches the name is made in.
    func forEachCreatedName(
        in block: Block, depth: Int, branches: [BranchStep] = [], source: SourceFile?,
        _ visit: (Identifier, SymbolEntry.Role, _ end: Int, _ branches: [BranchStep]) -> Void
    ) {
        for statement in block.statements {
            let end = statement.range.end
            switch statement.kind {
            case .prompt(let prompt): visit(prompt.collection, .collection(.prompt), end, branches)
            case .cluster(let cluster): visit(cluster.themes, .collection(.cluster), end, branches)
            case .vote(let vote): visit(vote.name, .collection(.vote), end, branches)
            case .actions(let actions): visit(actions.name, .collection(.actions), end, branches)
            case .letBinding(let binding) where depth == 0: visit(binding.name, .stageLet, end, branches)
            case .forLoop(let loop):
                forEachCreatedName(in: loop.body, depth: depth + 1, branches: branches, source: source, visit)
            case .ifElse(let branch):
                let start = statement.range.start
                forEachCreatedName(
                    in: branch.then, depth: depth + 1, branches: branches + [BranchStep(ifStart: start, branch: 0)],
                    source: source, visit)
                if let otherwise = branch.otherwise {
                    forEachCreatedName(
                        in: otherwise, depth: depth + 1, branches: branches + [BranchStep(ifStart: start, branch: 1)],
                        source: source, visit)
                }
            case .invalid:
                guard let source, let (keyword, name) = RecoveredName.declared(in: statement.range, of: source),
                    keyword != .let || depth == 0
                else { continue }
                visit(name, .unparsed, end, branches)
            case .say, .place, .letBinding, .returnValue, .expression: break
            }
        }
    }

    /// The kind a created name has before its statement is checked.
    static func initialKind(of role: SymbolEntry.Role) -> ValueKind {
        switch role {
        case .collection(.prompt): .collection
        case .collection(.cluster): .themes
        case .collection(.vote): .result(.unknown)
        case .collection(.actions): .actionPlan
        default: .unknown
        }
    }
}
