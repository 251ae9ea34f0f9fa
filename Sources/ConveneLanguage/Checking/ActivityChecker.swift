/// Activity bodies: each is checked once, before its first call needs to
/// know what it gives back.
extension ProgramChecker {
    /// Checks an activity unless that is done or under way (a call back into
    /// an activity being checked is a recursion, reported separately).
    func ensureChecked(activity name: String) {
        guard var info = activities[name], info.state == .unchecked else { return }
        info.state = .checking
        activities[name] = info
        let saved = region
        region = Region(path: info.path)
        region.place = .activity(name: name)
        region.scope.enter()
        info.parameterKinds = bindParameters(of: info.declaration)
        declareActivityNames(info.declaration.body)
        checkStatements(of: info.declaration.body)
        info.returnKind = region.returnKinds.isEmpty ? nil : region.returnKinds.dropFirst().reduce(region.returnKinds[0]) {
            $0.unified(with: $1) ?? .unknown
        }
        info.state = .checked
        activities[name] = info
        region = saved
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
    /// it) for the whole body, so a use before the statement is told so.
    private func declareActivityNames(_ body: Block) {
        forEachCreatedName(in: body, depth: 0) { name, role, end in
            if let index = bindLocal(name, role: role, kind: Self.initialKind(of: role),
                                     availability: .created(stage: 0, offset: end)) {
                region.created[name.range.start] = index
            }
        }
    }
}
