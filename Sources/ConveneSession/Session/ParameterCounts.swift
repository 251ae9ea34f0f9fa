import ConveneLanguage

/// Checks, when a run starts, the parameters set on the command line that
/// a vote uses as a count: the dots each person has, the cap, the voters,
/// how many options are kept, the ends of a score range. `convene check`
/// checks these numbers as the script writes them (defaults included); a
/// value given with `--param` is only known now, and a vote that cannot
/// take it would stop the room at that vote hours later.
struct ParameterCounts {
    let model: ProgramModel
    /// The parameters set on the command line, by name, as typed.
    let given: [String: String]
    let values: [String: Value]
    let limits: EvaluationLimits

    /// The parameters as set on the command line; of two settings of one name, the last counts.
    init(model: ProgramModel, settings: [ParameterSetting], values: [String: Value], limits: EvaluationLimits) {
        self.model = model
        self.given = Dictionary(settings.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        self.values = values
        self.limits = limits
    }

    /// One vote setting that uses a given parameter.
    private struct Use {
        var expression: Expression
        var parameters: [String]
        var setting: CountSetting
        var vote: String
        var path: String
    }

    /// What a vote's number is, and the least it may be.
    private enum CountSetting {
        case dots, cap, voters, keepTop, rangeEnd

        var role: String {
            switch self {
            case .dots: "the number of dots each person has"
            case .cap: "the most dots one option can take"
            case .voters: "the number of people voting"
            case .keepTop: "the number of options kept"
            case .rangeEnd: "an end of the score range"
            }
        }

        var least: Int { self == .rangeEnd ? 0 : 1 }
    }

    /// Throws for the first use of a given parameter that no vote could take.
    func check() throws(SessionError) {
        guard !given.isEmpty else { return }
        var uses: [Use] = []
        for name in model.stageNames {
            guard let stage = model.stages[name] else { continue }
            collect(stage.body, shadowed: [], path: model.mainPath, into: &uses)
        }
        for activity in model.program.activities.values.sorted(by: { $0.name.name < $1.name.name }) {
            collect(activity.body, shadowed: Set(activity.parameters.map(\.name.name)),
                    path: model.activityPaths[activity.name.name] ?? model.mainPath, into: &uses)
        }
        for use in uses { try check(use) }
    }

    private func check(_ use: Use) throws(SessionError) {
        let interpreter = Interpreter(model: model, state: SessionState(scriptSHA256: ""), parameters: values, limits: limits)
        // A setting that also uses a loop variable or a `let` is only known when its stage runs.
        guard let value = try? interpreter.evaluateStandalone(use.expression, path: use.path) else { return }
        let number: Double? = if case .number(let number) = value { number } else { nil }
        if let number, number.rounded() == number, number >= Double(use.setting.least), number < 1_000_000 { return }
        let settings = use.parameters.map { "--param \($0)=\(given[$0] ?? "")" }.joined(separator: " ")
        let requirement = switch number {
        case nil: "a number"
        case let number? where number.rounded() != number: "a whole number"
        case let number? where number < Double(use.setting.least): "at least \(use.setting.least)"
        default: "below 1000000"
        }
        let site = "\(use.path):\(location(of: use.expression, in: use.path))"
        if case .name(let name) = use.expression.kind {
            throw SessionError(
                "\(settings): \(name) must be \(requirement), as it is \(use.setting.role) in vote `\(use.vote)` (\(site))",
                help: "give a whole number of \(use.setting.least) or more" + defaultExample(of: name))
        }
        throw SessionError(
            "\(settings): `\(interpreter.sourceText(use.expression.range))` comes to \(interpreter.display(value)), "
                + "and \(use.setting.role) in vote `\(use.vote)` must be \(requirement) (\(site))",
            help: "give values that make it a whole number of \(use.setting.least) or more")
    }

    /// ", such as the default: --param in-room=30".
    private func defaultExample(of name: String) -> String {
        guard let parameter = model.program.workshop?.parameters.first(where: { $0.name == name }),
              let expression = parameter.defaultValue,
              case .number(let number)? = try? Interpreter(
                  model: model, state: SessionState(scriptSHA256: ""), parameters: [:], limits: limits
              ).evaluateStandalone(expression, path: model.mainPath)
        else { return "" }
        return ", such as the default: --param \(name)=\(ValueFormat.number(number))"
    }

    private func location(of expression: Expression, in path: String) -> String {
        model.program.sources.first { $0.path == path }.map { $0.location(of: expression.range.start).description } ?? "?"
    }

    // MARK: Finding the uses

    /// The vote settings in a block that use a given parameter not hidden by a
    /// `let`, a `for` variable or an activity's own parameter of that name.
    private func collect(_ block: Block, shadowed: Set<String>, path: String, into uses: inout [Use]) {
        var shadowed = shadowed
        for statement in block.statements {
            switch statement.kind {
            case .vote(let vote):
                for (expression, setting) in counts(of: vote) {
                    let parameters = names(in: expression).filter { given[$0] != nil && !shadowed.contains($0) }
                    guard !parameters.isEmpty else { continue }
                    uses.append(Use(expression: expression, parameters: parameters, setting: setting, vote: vote.name.name, path: path))
                }
            case .letBinding(let binding):
                shadowed.insert(binding.name.name)
            case .forLoop(let loop):
                collect(loop.body, shadowed: shadowed.union([loop.variable.name]), path: path, into: &uses)
            case .ifElse(let branch):
                collect(branch.then, shadowed: shadowed, path: path, into: &uses)
                if let otherwise = branch.otherwise { collect(otherwise, shadowed: shadowed, path: path, into: &uses) }
            default:
                break
            }
        }
    }

    private func counts(of vote: VoteStatement) -> [(Expression, CountSetting)] {
        vote.settings.flatMap { setting -> [(Expression, CountSetting)] in
            switch setting.kind {
            case .dots(let expression): [(expression, .dots)]
            case .cap(let expression): [(expression, .cap)]
            case .voters(let expression): [(expression, .voters)]
            case .keepTop(let expression): [(expression, .keepTop)]
            case let .scoreRange(low, high): [(low, .rangeEnd), (high, .rangeEnd)]
            case .method, .ballots, .keepAbove, .keepAll, .ties: []
            }
        }
    }

    /// Every name an expression reads, in order, each once.
    private func names(in expression: Expression) -> [String] {
        var found: [String] = []
        func visit(_ expression: Expression) {
            switch expression.kind {
            case .name(let name): if !found.contains(name) { found.append(name) }
            case .list(let elements): elements.forEach(visit)
            case .member(let base, _): visit(base)
            case let .call(callee, arguments):
                visit(callee)
                arguments.forEach { visit($0.value) }
            case let .index(base, index):
                visit(base)
                visit(index)
            case .unary(_, let operand): visit(operand)
            case let .binary(_, left, right):
                visit(left)
                visit(right)
            case .string(let literal):
                for case .interpolation(let inner) in literal.segments { visit(inner) }
            case .number, .duration, .boolean, .invalid: break
            }
        }
        visit(expression)
        return found
    }
}
