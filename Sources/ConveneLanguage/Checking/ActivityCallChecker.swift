/// Calls: running an activity with arguments, and `result.top(n)`.
extension ProgramChecker {
    func checkCall(_ callee: Expression, _ arguments: [Argument], range: SourceRange, valueUsed: Bool) -> ValueKind {
        switch callee.kind {
        case .name(let name) where localSymbol(name) == nil && activityIndex[name] != nil:
            let index = activityIndex[name] ?? 0
            table.symbols[activities[index].symbol].isUsed = true
            return checkActivityCall(index, Identifier(name, range: callee.range), arguments, range: range, valueUsed: valueUsed)
        case .member(let base, let name):
            switch member(of: base, name) {
            case .method(let returns)?:
                checkTopArguments(arguments, name: name.name, range: range)
                return returns
            case .value(let kind)?:
                report(.notCallable, "`\(name.name)` is \(kind.description), not something to call", at: name.range,
                       help: "remove the `(…)`")
            case nil: break
            }
        case .invalid: break
        default:
            let kind = checkExpression(callee)
            if kind != .unknown {
                let names = activityIndex.keys
                let help = calleeName(callee).flatMap { Suggestions.didYouMean($0, in: names) }
                report(.notCallable, "\(sentence(callee, is: kind)), not an activity", at: callee.range,
                       help: help ?? "only activities can be called")
            }
        }
        for argument in arguments { checkExpression(argument.value) }
        return .unknown
    }

    private func calleeName(_ callee: Expression) -> String? {
        if case .name(let name) = callee.kind { name } else { nil }
    }

    /// `priorities.top(3)`: one number.
    private func checkTopArguments(_ arguments: [Argument], name: String, range: SourceRange) {
        for argument in arguments {
            let kind = checkExpression(argument.value)
            if kind.unified(with: .number) == nil {
                report(.typeMismatch, "`\(name)` takes a number, but \(sentence(argument.value, is: kind))",
                       at: argument.value.range)
            }
        }
        if arguments.count != 1 || arguments[0].label != nil {
            report(.argumentMismatch, "`\(name)` takes one number: how many options to take", at: range,
                   help: "write `\(name)(3)`")
        }
    }

    private func checkActivityCall(
        _ index: Int, _ name: Identifier, _ arguments: [Argument], range: SourceRange, valueUsed: Bool
    ) -> ValueKind {
        guard region.place.mayCallActivities else {
            report(.activityOutsideStage, "activity `\(name.name)` can only run inside a stage", at: name.range,
                   help: "call it from a stage's body, where the room is there to take part")
            for argument in arguments { checkExpression(argument.value) }
            return .unknown
        }
        if case .activity(let caller) = region.place {
            calls.append(CallEdge(caller: caller, callee: name.name, path: region.path, range: name.range))
        }
        matchArguments(arguments, to: index, name: name.name, range: range)
        checkTagging(ofCalled: index, name: name)
        let returnKind = activities[index].returnKind
        if activities[index].isChecked, returnKind == nil, valueUsed {
            report(.typeMismatch, "activity `\(name.name)` gives back no value", at: range,
                   help: "add a `return` to `\(name.name)`, or call it on a line of its own")
        }
        return returnKind ?? .unknown
    }

    /// Positional arguments first, in order, then labelled ones by name;
    /// parameters without a default must be given.
    private func matchArguments(_ arguments: [Argument], to activity: Int, name: String, range: SourceRange) {
        let parameters = activities[activity].declaration.parameters
        var given = [SourceRange?](repeating: nil, count: parameters.count)
        var position = 0
        var sawLabel = false
        for argument in arguments {
            let kind = checkExpression(argument.value)
            guard let slot = slot(for: argument, in: parameters, next: &position, sawLabel: &sawLabel, name: name)
            else { continue }
            if let first = given[slot] {
                report(.argumentMismatch, "`\(parameters[slot].name.name)` is given twice", at: argument.value.range,
                       notes: ["it is first given at \(site(first, in: region.path))"], help: "remove one of them")
                continue
            }
            given[slot] = argument.value.range
            checkArgumentKind(kind, argument.value, slot: slot, activity: activity, name: name)
        }
        guard parameters.indices.contains(where: { given[$0] == nil && parameters[$0].defaultValue == nil }) else { return }
        let missing = parameters.indices.filter { given[$0] == nil && parameters[$0].defaultValue == nil }
            .map { parameters[$0].name.name }
        let list = missing.map { "`\($0)`" }.joined(separator: ", ")
        report(.argumentMismatch,
               "activity `\(name)` needs \(missing.count == 1 ? "an argument" : "arguments") for \(list)",
               at: range, help: "write `\(name)(\(missing.map { "\($0): …" }.joined(separator: ", ")))`")
    }

    /// The parameter an argument goes to, reporting it when there is none.
    private func slot(
        for argument: Argument, in parameters: [ActivityParameter], next position: inout Int, sawLabel: inout Bool,
        name: String
    ) -> Int? {
        guard let label = argument.label else {
            if sawLabel {
                report(.argumentMismatch, "an unlabelled argument cannot follow a labelled one", at: argument.value.range,
                       help: "put unlabelled arguments first, or label this one")
                return nil
            }
            guard position < parameters.count else {
                let count = parameters.count
                report(.argumentMismatch,
                       "activity `\(name)` takes \(count) argument\(count == 1 ? "" : "s"), but more are given",
                       at: argument.value.range, help: "remove the extra argument")
                return nil
            }
            position += 1
            return position - 1
        }
        sawLabel = true
        if let index = parameters.firstIndex(where: { $0.name.name == label.name }) { return index }
        let names = parameters.map(\.name.name)
        report(.argumentMismatch, "activity `\(name)` has no parameter `\(label.name)`", at: label.range,
               notes: [names.isEmpty ? "it takes no arguments"
                   : "its parameters are \(names.map { "`\($0)`" }.joined(separator: ", "))"],
               help: Suggestions.didYouMean(label.name, in: names))
        return nil
    }

    /// An argument must be of the kind of its parameter's default, when it has one.
    private func checkArgumentKind(_ kind: ValueKind, _ value: Expression, slot: Int, activity: Int, name: String) {
        guard slot < activities[activity].parameterKinds.count else { return }
        let expected = activities[activity].parameterKinds[slot]
        guard expected.unified(with: kind) == nil else { return }
        let parameter = activities[activity].declaration.parameters[slot].name.name
        report(.typeMismatch,
               "`\(parameter)` of `\(name)` is \(expected.description), like its default, but \(sentence(value, is: kind))",
               at: value.range)
    }
}
