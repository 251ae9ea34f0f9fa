/// Activity bodies, each checked once, after the activities it calls.
extension ProgramChecker {
    func checkActivity(_ index: Int) {
        let declaration = activities[index].declaration
        region = Region(path: activities[index].path)
        region.place = .activity(name: declaration.name.name)
        region.scope.enter()
        activities[index].parameterKinds = bindParameters(of: declaration)
        declareActivityNames(declaration.body)
        checkStatements(of: declaration.body)
        activities[index].returnKind = region.returnKinds.isEmpty
            ? nil
            : region.returnKinds.dropFirst().reduce(region.returnKinds[0]) { $0.unified(with: $1) ?? .unknown }
        activities[index].isChecked = true
    }

    /// Declares the parameters, each seeing the ones before it; returns their kinds.
    private func bindParameters(of activity: ActivityDeclaration) -> [ValueKind] {
        activity.parameters.map { parameter in
            let kind = parameter.defaultValue.map { checkExpression($0) } ?? .unknown
            bindLocal(parameter.name, role: .activityParameter, kind: kind)
            return kind
        }
    }

    /// Declares what the body creates (collections, and `let`s directly in
    /// it) for the whole body, so a use before the statement is told so. The
    /// two branches of an `if` may each make the same collection, as in a stage.
    private func declareActivityNames(_ body: Block) {
        var branchesOfName: [Int: [BranchStep]] = [:]
        forEachCreatedName(in: body, depth: 0, source: sources[region.path]) { name, role, end, branches in
            if let existing = localSymbol(name.name), table.symbols[existing].role == role,
               let theirs = branchesOfName[existing], Self.areExclusive(theirs, branches) {
                region.created[name.range.start] = existing
                return
            }
            guard role != .unparsed || localSymbol(name.name) == nil else { return }
            let availability: SymbolEntry.Availability = role == .unparsed ? .always : .created(stage: 0, offset: end)
            if let index = bindLocal(name, role: role, kind: Self.initialKind(of: role), availability: availability) {
                region.created[name.range.start] = index
                branchesOfName[index] = branches
                if role == .unparsed { table.symbols[index].isUsed = true }
            }
        }
    }
}
