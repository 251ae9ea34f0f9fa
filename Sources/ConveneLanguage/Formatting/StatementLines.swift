/// Lines for statements and vote settings.
extension LineBuilder {
    mutating func add(_ statements: [Statement]) {
        for statement in statements { add(statement) }
    }

    private mutating func add(_ statement: Statement) {
        let range = statement.range
        let write = expressions
        switch statement.kind {
        case .say(let text):
            line("say " + write.write(text), range)
        case .prompt(let prompt):
            var text = "prompt " + prompt.collection.name + " " + write.write(prompt.question)
            if let tagging = prompt.tagging {
                text += " by " + tagging.kind.name
                if let only = tagging.only { text += " [" + only.map(\.name).joined(separator: ", ") + "]" }
            }
            line(text, range)
        case .cluster(let cluster):
            line("cluster " + write.write(cluster.source) + " into " + cluster.themes.name, range)
        case .vote(let vote):
            line("vote " + vote.name.name + " on " + write.write(vote.options) + " {",
                 SourceRange(start: range.start, end: vote.bodyRange.start), .opensBlock)
            nested { builder in
                for setting in vote.settings { builder.add(setting) }
            }
            line("}", Self.closingBrace(of: vote.bodyRange), .closesBlock)
        case .place(let place):
            line("place " + write.write(place.items) + " on " + place.grid.name, range)
        case .actions(let actions):
            line("actions " + actions.name.name + " for " + write.write(actions.ideas), range)
        case .letBinding(let binding):
            line(letText(binding), range)
        case .forLoop(let loop):
            block("for " + loop.variable.name + " in " + write.write(loop.sequence), from: range.start, body: loop.body)
        case .ifElse(let conditional):
            add(conditional, header: "if ", shape: .opensBlock, from: range.start)
        case .returnValue(let value):
            line("return " + write.write(value), range)
        case .expression(let value):
            line(write.write(value), range)
        case .invalid:
            line(verbatim(range), range)
        }
    }

    /// `if … {`, then each `} else if … {` and `} else {`, then `}`.
    private mutating func add(_ conditional: IfStatement, header: String, shape: FormattedLine.Shape, from start: Int) {
        line(header + expressions.write(conditional.condition) + " {",
             SourceRange(start: start, end: conditional.then.range.start), shape)
        nested { $0.add(conditional.then.statements) }
        let thenClose = Self.closingBrace(of: conditional.then.range)
        guard let otherwise = conditional.otherwise else {
            line("}", thenClose, .closesBlock)
            return
        }
        if conditional.isElseIf, otherwise.statements.count == 1,
           case .ifElse(let next) = otherwise.statements[0].kind {
            add(next, header: "} else if ", shape: .closesAndOpens, from: thenClose.start)
            return
        }
        line("} else {", SourceRange(start: thenClose.start, end: otherwise.range.start), .closesAndOpens)
        nested { $0.add(otherwise.statements) }
        line("}", Self.closingBrace(of: otherwise.range), .closesBlock)
    }

    private mutating func add(_ setting: VoteSetting) {
        let write = expressions
        let text: String = switch setting.kind {
        case .method(let method): "method " + method.name
        case .dots(let dots): "dots " + write.write(dots)
        case .cap(let cap): "cap " + write.write(cap)
        case .scoreRange(let low, let high): "range " + write.write(low) + " to " + write.write(high)
        case .ballots(let mode): "ballots " + mode.name
        case .voters(let voters): "voters " + write.write(voters)
        case .keepTop(let count): "keep top " + write.write(count)
        case .keepAbove(let threshold): "keep above " + write.write(threshold)
        case .keepAll: "keep all"
        case .ties(let rule): "ties " + rule.name
        }
        line(text, setting.range)
    }
}
