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
            case .importFile, .workshop, .stage, .output, .breakTime, .day, .invalid: break
            }
        }
    }

    /// Declares a workshop-wide name, reporting it when it is taken.
    @discardableResult
    func declareGlobal(
        _ name: Identifier, role: SymbolEntry.Role, kind: ValueKind, availability: SymbolEntry.Availability,
        stage: String? = nil
    ) -> Int? {
        guard !name.name.isEmpty else { return nil }
        let symbol = SymbolEntry(name: name.name, role: role, kind: kind, path: region.path, range: name.range,
                            availability: availability, stageName: stage)
        let (index, existing) = table.declareGlobal(symbol)
        if let existing {
            reportDuplicate(name, first: table[existing])
            return nil
        }
        return index
    }

    private func declareActivity(_ activity: ActivityDeclaration) {
        guard declareGlobal(activity.name, role: .activity, kind: .activity, availability: .always) != nil else { return }
        activities[activity.name.name] = ActivityInfo(declaration: activity, path: region.path)
        activityOrder.append(activity.name.name)
    }

    private func declareGrid(_ grid: GridDeclaration) {
        guard declareGlobal(grid.name, role: .grid, kind: .grid(grid.name.name), availability: .always) != nil
        else { return }
        gridDeclarations.append((grid, region.path))
        quadrantNames[grid.name.name] = grid.items.compactMap { item in
            if case .quadrant(let quadrant) = item.kind { quadrant.name.name } else { nil }
        }
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

    /// Declares stage names, and the collections and `let`s each stage makes,
    /// which every later stage may use.
    func declareStageNames() {
        region.path = mainFile.source.path
        var stageIndex = 0
        for declaration in mainFile.declarations {
            guard case .stage(let stage) = declaration.kind else { continue }
            if !stage.name.name.isEmpty {
                if let first = stageNames[stage.name.name] {
                    report(.duplicateName, "stage `\(stage.name.name)` is already defined", at: stage.name.range,
                           notes: ["the first stage `\(stage.name.name)` is at \(site(first, in: region.path))"],
                           help: "give each stage its own name: a session's journal refers to stages by name")
                } else {
                    stageNames[stage.name.name] = stage.name.range
                }
            }
            forEachCreatedName(in: stage.body, depth: 0) { name, role, end in
                let availability = SymbolEntry.Availability.created(stage: stageIndex, offset: end)
                if let index = declareGlobal(name, role: role, kind: Self.initialKind(of: role),
                                             availability: availability, stage: stage.name.name) {
                    stageCreated[name.range.start] = index
                }
            }
            stageIndex += 1
        }
    }

    /// Calls `visit` for every name a body creates for the rest of the body:
    /// collections at any depth, and `let`s directly in the body.
    func forEachCreatedName(
        in block: Block, depth: Int, _ visit: (Identifier, SymbolEntry.Role, _ end: Int) -> Void
    ) {
        for statement in block.statements {
            let end = statement.range.end
            switch statement.kind {
            case .prompt(let prompt): visit(prompt.collection, .collection(.prompt), end)
            case .cluster(let cluster): visit(cluster.themes, .collection(.cluster), end)
            case .vote(let vote): visit(vote.name, .collection(.vote), end)
            case .actions(let actions): visit(actions.name, .collection(.actions), end)
            case .letBinding(let binding) where depth == 0: visit(binding.name, .stageLet, end)
            case .forLoop(let loop): forEachCreatedName(in: loop.body, depth: depth + 1, visit)
            case .ifElse(let branch):
                forEachCreatedName(in: branch.then, depth: depth + 1, visit)
                if let otherwise = branch.otherwise { forEachCreatedName(in: otherwise, depth: depth + 1, visit) }
            case .say, .place, .letBinding, .returnValue, .expression, .invalid: break
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
