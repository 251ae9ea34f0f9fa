/// The workshop block and its agenda: parameters, settings, timeboxes.
extension ProgramChecker {
    /// Settles each parameter's type from what is written and its default.
    func checkParameters() {
        region.path = mainFile.source.path
        region.place = .beforeStages(order: 0)
        for item in workshop?.items ?? [] {
            guard case .parameter(let parameter) = item.kind else { continue }
            let type = checkParameter(parameter)
            guard let index = table.global(parameter.name.name), table.symbols[index].range == parameter.name.range else { continue }
            table.symbols[index].kind = type.map(ValueKind.init) ?? .unknown
            if let value = parameter.defaultValue.flatMap(constantValue(of:)) { constants[index] = value }
            parameterInfos.append(ParameterInfo(
                name: parameter.name.name, type: type ?? .text, defaultValue: parameter.defaultValue,
                help: parameter.help.flatMap(constantText(of:))))
        }
    }

    /// The parameter's type, reporting one that is unknown, missing, or at odds with the default.
    private func checkParameter(_ parameter: ParameterDeclaration) -> ParameterType? {
        let name = parameter.name.name
        var declared: ParameterType?
        if let type = parameter.type, !type.name.isEmpty {
            declared = ParameterType(rawValue: type.name)
            if declared == nil {
                report(.parameterTypeMismatch, "unknown parameter type `\(type.name)`", at: type.range,
                       notes: ["a parameter is `text`, `number`, `duration` or `bool`"],
                       help: Suggestions.didYouMean(type.name, in: ParameterType.allCases.map(\.rawValue)))
                return nil
            }
        }
        guard let value = parameter.defaultValue else {
            if parameter.type == nil {
                report(.parameterTypeMismatch, "parameter `\(name)` needs a type or a default", at: parameter.name.range,
                       help: "write `param \(name): text`, or give a default such as `param \(name) = \"…\"`")
            }
            return declared
        }
        let kind = checkExpression(value)
        guard kind != .unknown else { return declared }
        if let declared {
            if kind.unified(with: ValueKind(declared)) == nil {
                report(.parameterTypeMismatch,
                       "the default of `\(name)` is \(kind.description), but its type is \(declared.rawValue)",
                       at: value.range, help: "make the default \(ValueKind(declared).description), or change the type")
            }
            return declared
        }
        guard let inferred = kind.parameterType else {
            report(.parameterTypeMismatch,
                   "parameter `\(name)` must be text, a number, a duration or true or false, but its default is \(kind.description)",
                   at: value.range, help: "a facilitator sets a parameter when the run starts, so it holds one simple value")
            return nil
        }
        return inferred
    }

    /// Works out each top-level `let`, in order.
    func checkGlobalLets() {
        for (order, entry) in globalLets.enumerated() {
            region.path = entry.path
            region.place = .beforeStages(order: order + 1)
            let kind = checkExpression(entry.statement.value)
            guard let index = entry.symbol else { continue }
            table.symbols[index].kind = kind
            recordConstant(entry.statement.value, of: index)
        }
    }

    /// The workshop's purpose and duration, each given once.
    func checkWorkshopSettings() {
        guard let workshop else { return }
        region.path = mainFile.source.path
        region.place = .beforeStages(order: .max)
        var seen: [String: SourceRange] = [:]
        var purpose: String?
        var purposeExpression: Expression?
        for item in workshop.items {
            switch item.kind {
            case .purpose(let value):
                guard firstSetting("purpose", item.range, &seen) else { continue }
                let kind = checkExpression(value)
                if kind.unified(with: .text) == nil {
                    report(.typeMismatch, "the workshop's purpose must be text, but \(sentence(value, is: kind))",
                           at: value.range, help: "write it in quotes")
                }
                if case .text(let text)? = constantValue(of: value) { purpose = text }
                purposeExpression = value
            case .duration(let value):
                guard firstSetting("duration", item.range, &seen) else { continue }
                workshopDuration = (checkDuration(value, of: "the workshop's duration"), value.range)
            case .tag, .parameter: break
            }
        }
        workshopInfo = WorkshopInfo(
            title: constantText(of: workshop.title) ?? mainFile.source.text(in: workshop.title.range), titleLiteral: workshop.title,
            purpose: purpose, purposeExpression: purposeExpression, durationSeconds: workshopDuration?.seconds,
            tags: workshop.items.compactMap { item in
                guard case .tag(let tag) = item.kind, !tag.name.name.isEmpty else { return nil }
                return TagInfo(kind: tag.kind, name: tag.name.name,
                               label: tag.label.flatMap(constantText(of:)) ?? tag.name.name)
            },
            parameters: parameterInfos)
    }

    /// Whether a workshop setting is given for the first time, reporting a repeat.
    private func firstSetting(_ name: String, _ range: SourceRange, _ seen: inout [String: SourceRange]) -> Bool {
        if let first = seen[name] {
            report(.duplicateSetting, "the workshop's `\(name)` is given twice", at: range,
                   notes: ["it is first given at \(site(first, in: region.path))"], help: "remove one of them")
            return false
        }
        seen[name] = range
        return true
    }

    /// Checks a length of time that must be a positive duration; returns its
    /// seconds when known. `what` names it in messages, and is made only for one.
    func checkDuration(_ value: Expression, of what: @autoclosure () -> String) -> Int? {
        let kind = checkExpression(value)
        guard kind.unified(with: .duration) != nil else {
            report(.typeMismatch, "\(what()) is \(kind.description), not a duration", at: value.range,
                   help: "write a duration such as `45m`")
            return nil
        }
        guard case .duration(let seconds)? = constantValue(of: value) else { return nil }
        if seconds <= 0 {
            report(.invalidTimebox, "\(what()) must be longer than zero, but it is \(formatDuration(seconds: seconds))",
                   at: value.range, help: "write a duration such as `45m`")
            return nil
        }
        return seconds
    }

    /// The text of a string whose value is known before the run.
    func constantText(of literal: StringLiteral) -> String? {
        if let plain = literal.plainText { return plain }
        return ConstantEvaluator(names: KnownValues(checker: self, offset: literal.range.start)).text(of: literal)
    }
}
