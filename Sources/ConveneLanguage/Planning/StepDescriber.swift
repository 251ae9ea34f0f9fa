/// What happens in a stage, as a Markdown list a facilitator can follow:
/// one item per statement, loops, branches and activities nested under the
/// line that introduces them.
struct StepDescriber {
    var program: CheckedProgram
    var text: PlanText
    var evaluator: ConstantEvaluator

    /// The list for a block of statements.
    func describe(_ statements: [Statement]) -> [String] {
        var lines: [String] = []
        append(statements, depth: 0, expanding: [], to: &lines)
        return lines
    }

    private func append(_ statements: [Statement], depth: Int, expanding: Set<String>, to lines: inout [String]) {
        for statement in statements {
            append(statement, depth: depth, expanding: expanding, to: &lines)
        }
    }

    private func append(_ statement: Statement, depth: Int, expanding: Set<String>, to lines: inout [String]) {
        func item(_ words: String) { lines.append(indentation(depth) + "- " + words) }
        func nested(_ body: [Statement]) { append(body, depth: depth + 1, expanding: expanding, to: &lines) }

        switch statement.kind {
        case .say(let words):
            item("Say: " + text.quotedOpening(words))
        case .prompt(let prompt):
            item(describe(prompt))
        case .cluster(let cluster):
            item("Cluster " + text.code(cluster.source) + " into themes `" + cluster.themes.name + "`")
        case .vote(let vote):
            item(VoteDescription(text: text, evaluator: evaluator).describe(vote))
        case .place(let place):
            item(describe(place))
        case .actions(let actions):
            item("Action plan `" + actions.name.name + "` for " + text.code(actions.ideas)
                 + ": an owner, a first step and a date for each")
        case .letBinding(let binding):
            if let call = activityCall(binding.value, expanding: expanding) {
                item(call.introduction + ", giving `" + binding.name.name + "`:")
                append(call.body, depth: depth + 1, expanding: expanding.union([call.name]), to: &lines)
            } else {
                item("Let `" + binding.name.name + "` be " + text.code(binding.value))
            }
        case .forLoop(let loop):
            item("For each `" + loop.variable.name + "` in " + text.code(loop.sequence) + ":")
            nested(loop.body.statements)
        case .ifElse(let conditional):
            appendConditional(conditional, opening: "If ", depth: depth, expanding: expanding, to: &lines)
        case .returnValue(let value):
            item("Gives back " + text.code(value))
        case .expression(let value):
            if let call = activityCall(value, expanding: expanding) {
                item(call.introduction + ":")
                append(call.body, depth: depth + 1, expanding: expanding.union([call.name]), to: &lines)
            } else {
                item("Run " + text.code(value))
            }
        case .invalid:
            break
        }
    }

    private func appendConditional(
        _ conditional: IfStatement, opening: String, depth: Int, expanding: Set<String>, to lines: inout [String]
    ) {
        lines.append(indentation(depth) + "- " + opening + text.code(conditional.condition) + ":")
        append(conditional.then.statements, depth: depth + 1, expanding: expanding, to: &lines)
        guard let otherwise = conditional.otherwise else { return }
        if conditional.isElseIf, otherwise.statements.count == 1, case .ifElse(let next) = otherwise.statements[0].kind {
            appendConditional(next, opening: "Otherwise, if ", depth: depth, expanding: expanding, to: &lines)
        } else {
            lines.append(indentation(depth) + "- Otherwise:")
            append(otherwise.statements, depth: depth + 1, expanding: expanding, to: &lines)
        }
    }

    // MARK: - Single statements

    private func describe(_ prompt: PromptStatement) -> String {
        var words = "Ask: " + text.quoted(prompt.question) + " → collects `" + prompt.collection.name + "`"
        guard let tagging = prompt.tagging else { return words }
        words += ", by " + tagging.kind.name
        if let only = tagging.only {
            words += ": " + only.map { label(of: $0.name, kind: tagging.kind.name) }.joined(separator: ", ")
        }
        return words
    }

    /// A tag's label as declared by the workshop, else its name.
    private func label(of name: String, kind: String) -> String {
        let tag = program.workshop?.tags.first { $0.kind.rawValue == kind && $0.name == name }
        guard let tag, tag.label != name else { return "`" + name + "`" }
        return PlanText.markdownEscaped(tag.label) + " (`" + name + "`)"
    }

    private func describe(_ place: PlaceStatement) -> String {
        let words = "Place " + text.code(place.items) + " on the grid "
        guard let grid = program.grids[place.grid.name] else { return words + "`" + place.grid.name + "`" }
        var parts = [
            PlanText.markdownEscaped(grid.title) + " (`" + grid.name + "`)",
            Self.axis(grid.x) + " across, " + Self.axis(grid.y) + " up, positions 1–" + String(grid.scale),
        ]
        if !grid.quadrants.isEmpty {
            parts.append("quadrants " + grid.quadrants.map { PlanText.markdownEscaped($0.label) }.joined(separator: ", "))
        }
        parts.append("the room nudges each item higher, lower, left or right")
        return words + parts.joined(separator: "; ")
    }

    private static func axis(_ axis: AxisInfo) -> String {
        PlanText.markdownEscaped(axis.label) + " (" + PlanText.markdownEscaped(axis.lowLabel)
            + " → " + PlanText.markdownEscaped(axis.highLabel) + ")"
    }

    // MARK: - Activities

    /// A call of a known activity: the line that introduces it and the body it runs.
    private struct ActivityCall {
        var name: String
        var introduction: String
        var body: [Statement]
    }

    /// An activity call, with each parameter's value (passed, or the default).
    /// Nil for anything else, and for an activity already being expanded, so a
    /// recursive script cannot make the plan endless.
    private func activityCall(_ expression: Expression, expanding: Set<String>) -> ActivityCall? {
        guard case .call(let callee, let arguments) = expression.kind,
              case .name(let name) = callee.kind,
              let activity = program.activities[name],
              !expanding.contains(name)
        else { return nil }

        var values: [String: Expression] = [:]
        var positional = arguments.filter { $0.label == nil }.map(\.value)[...]
        for parameter in activity.parameters {
            if let labelled = arguments.first(where: { $0.label?.name == parameter.name.name }) {
                values[parameter.name.name] = labelled.value
            } else if let next = positional.popFirst() {
                values[parameter.name.name] = next
            } else if let fallback = parameter.defaultValue {
                values[parameter.name.name] = fallback
            }
        }
        let settings = activity.parameters.compactMap { parameter in
            values[parameter.name.name].map { parameter.name.name + " = " + text.code($0) }
        }
        var introduction = "Activity `" + name + "`"
        if !settings.isEmpty { introduction += " with " + settings.joined(separator: ", ") }
        return ActivityCall(name: name, introduction: introduction, body: activity.body.statements)
    }
}
