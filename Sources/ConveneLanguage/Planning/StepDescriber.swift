/// What happens in a stage, as a Markdown list a facilitator can follow:
/// one item per statement, loops, branches and activities nested under the
/// line that introduces them.
struct StepDescriber {
    var program: CheckedProgram
    var text: PlanText
    var constants: PlanConstants
    /// The globals whose values are written into what is said and asked.
    var known: [String: ConstantValue] = [:]

    /// Where a statement is being described.
    private struct Context {
        var depth = 0
        /// The activities being expanded, so a recursive script cannot make the plan endless.
        var expanding: Set<String> = []
        var arguments = ArgumentSubstitution()

        func nested() -> Context {
            var copy = self
            copy.depth += 1
            return copy
        }
    }

    /// The list for a block of statements.
    func describe(_ statements: [Statement]) -> [String] {
        var lines: [String] = []
        var context = Context()
        context.arguments.known = known
        append(statements, in: context, to: &lines)
        return lines
    }

    private func append(_ statements: [Statement], in context: Context, to lines: inout [String]) {
        var context = context
        for statement in statements {
            append(statement, in: context, to: &lines)
            if case .letBinding(let binding) = statement.kind {
                context.arguments = context.arguments.hiding(binding.name.name)
            }
        }
    }

    private func append(_ statement: Statement, in context: Context, to lines: inout [String]) {
        func item(_ words: String) { lines.append(indentation(context.depth) + "- " + words) }
        let arguments = context.arguments
        let code = { (expression: Expression) in text.code(arguments.apply(expression)) }

        switch statement.kind {
        case .say(let words):
            item("Say: " + text.quoted(arguments.applySpoken(words)))
        case .prompt(let prompt):
            item(describe(prompt, arguments: arguments))
        case .cluster(let cluster):
            item("Cluster " + code(cluster.source) + " into themes `" + cluster.themes.name + "`")
        case .vote(let vote):
            item(VoteDescription(text: text, constants: constants, arguments: arguments).describe(vote))
        case .place(let place):
            item(describe(place, arguments: arguments))
        case .actions(let actions):
            item("Action plan `" + actions.name.name + "` for " + code(actions.ideas)
                 + ": an owner, a first step and a date for each")
        case .letBinding(let binding):
            if let call = activityCall(binding.value, in: context) {
                item(call.introduction + ", giving `" + binding.name.name + "`:")
                append(call.body, in: call.context, to: &lines)
            } else {
                item("Let `" + binding.name.name + "` be " + code(binding.value))
            }
        case .forLoop(let loop):
            item("For each `" + loop.variable.name + "` in " + code(loop.sequence) + ":")
            var body = context.nested()
            body.arguments = arguments.hiding(loop.variable.name)
            append(loop.body.statements, in: body, to: &lines)
        case .ifElse(let conditional):
            appendConditional(conditional, opening: "If ", in: context, to: &lines)
        case .returnValue(let value):
            item("Gives back " + code(value))
        case .expression(let value):
            if let call = activityCall(value, in: context) {
                item(call.introduction + ":")
                append(call.body, in: call.context, to: &lines)
            } else {
                item("Run " + code(value))
            }
        case .invalid:
            break
        }
    }

    private func appendConditional(_ conditional: IfStatement, opening: String, in context: Context, to lines: inout [String]) {
        let condition = text.code(context.arguments.apply(conditional.condition))
        lines.append(indentation(context.depth) + "- " + opening + condition + ":")
        append(conditional.then.statements, in: context.nested(), to: &lines)
        guard let otherwise = conditional.otherwise else { return }
        if conditional.isElseIf, otherwise.statements.count == 1, case .ifElse(let next) = otherwise.statements[0].kind {
            appendConditional(next, opening: "Otherwise, if ", in: context, to: &lines)
        } else {
            lines.append(indentation(context.depth) + "- Otherwise:")
            append(otherwise.statements, in: context.nested(), to: &lines)
        }
    }

    // MARK: - Single statements

    private func describe(_ prompt: PromptStatement, arguments: ArgumentSubstitution) -> String {
        var words = "Ask: " + text.quoted(arguments.applySpoken(prompt.question)) + " → collects `" + prompt.collection.name + "`"
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

    private func describe(_ place: PlaceStatement, arguments: ArgumentSubstitution) -> String {
        let words = "Place " + text.code(arguments.apply(place.items)) + " on the grid "
        guard let grid = program.grids[place.grid.name] else { return words + "`" + place.grid.name + "`" }
        var parts = [
            Self.axis(grid.x) + " across, " + Self.axis(grid.y) + " up, positions 1–" + String(grid.scale),
        ]
        if !grid.quadrants.isEmpty {
            parts.append("quadrants " + grid.quadrants.map { PlanText.markdownEscaped($0.label) }.joined(separator: ", "))
        }
        parts.append("the room nudges each item higher, lower, left or right")
        return words + "“" + PlanText.markdownEscaped(grid.title) + "” (`" + grid.name + "`): " + parts.joined(separator: "; ")
    }

    private static func axis(_ axis: AxisInfo) -> String {
        PlanText.markdownEscaped(axis.label) + " (" + PlanText.markdownEscaped(axis.lowLabel)
            + " → " + PlanText.markdownEscaped(axis.highLabel) + ")"
    }

    // MARK: - Activities

    /// A call of a known activity: the line that introduces it, the body it
    /// runs, and the context to describe that body in.
    private struct ActivityCall {
        var introduction: String
        var body: [Statement]
        var context: Context
    }

    /// An activity call, with each parameter bound to its argument or default,
    /// and its value when the plan knows it. Nil for anything else, and for
    /// an activity already being expanded.
    private func activityCall(_ expression: Expression, in context: Context) -> ActivityCall? {
        guard case .call(let callee, let arguments) = expression.kind,
              case .name(let name) = callee.kind,
              let activity = program.activities[name],
              !context.expanding.contains(name)
        else { return nil }

        var bindings: [String: Expression] = [:]
        var values = known
        var positional = arguments.filter { $0.label == nil }.map(\.value)[...]
        for parameter in activity.parameters {
            let parameterName = parameter.name.name
            if let labelled = arguments.first(where: { $0.label?.name == parameterName }) {
                bindings[parameterName] = context.arguments.apply(labelled.value)
                values[parameterName] = context.arguments.value(of: labelled.value)
            } else if let next = positional.popFirst() {
                bindings[parameterName] = context.arguments.apply(next)
                values[parameterName] = context.arguments.value(of: next)
            } else if let fallback = parameter.defaultValue {
                bindings[parameterName] = fallback
                values[parameterName] = ArgumentSubstitution(known: known).value(of: fallback)
            } else {
                values[parameterName] = nil
            }
        }
        let settings = activity.parameters.compactMap { parameter in
            bindings[parameter.name.name].map { parameter.name.name + " = " + text.code($0) }
        }
        var introduction = "Activity `" + name + "`"
        if !settings.isEmpty { introduction += " with " + settings.joined(separator: ", ") }

        var body = context.nested()
        body.expanding.insert(name)
        body.arguments = ArgumentSubstitution(bindings: bindings, known: values)
        return ActivityCall(introduction: introduction, body: activity.body.statements, context: body)
    }
}
