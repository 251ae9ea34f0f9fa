/// Lines for statements and vote settings.
extension LineBuilder {
    mutating func add(_ statements: [Statement]) {
        for statement in statements { add(statement) }
    }

    private mutating func add(_ statement: Statement) {
        let range = statement.range
        switch statement.kind {
        case .say(let text):
            line(range) { "say " + $0.write(text) }
        case .prompt(let prompt):
            line(range) { write in
                var text = "prompt " + prompt.collection.name + " " + write.write(prompt.question)
                if let tagging = prompt.tagging {
                    text += " by " + tagging.kind.name
                    if let only = tagging.only { text += " [" + only.map(\.name).joined(separator: ", ") + "]" }
                }
                return text
            }
        case .cluster(let cluster):
            line(range) { "cluster " + $0.write(cluster.source) + " into " + cluster.themes.name }
        case .vote(let vote):
            line(SourceRange(start: range.start, end: vote.bodyRange.start), .opensBlock) {
                "vote " + vote.name.name + " on " + $0.write(vote.options) + " {"
            }
            nested { builder in
                for setting in vote.settings { builder.add(setting) }
            }
            closingLine(vote.bodyRange)
        case .place(let place):
            line(range) { "place " + $0.write(place.items) + " on " + place.grid.name }
        case .actions(let actions):
            line(range) { "actions " + actions.name.name + " for " + $0.write(actions.ideas) }
        case .letBinding(let binding):
            line(range) { Self.letText(binding, $0) }
        case .forLoop(let loop):
            block(from: range.start, body: loop.body) { "for " + loop.variable.name + " in " + $0.write(loop.sequence) }
        case .ifElse(let conditional):
            add(conditional, keyword: "if ", shape: .opensBlock, from: range.start)
        case .returnValue(let value):
            line(range) { "return " + $0.write(value) }
        case .expression(let value):
            line(range) { $0.write(value) }
        case .invalid:
            let text = verbatim(range)
            line(range) { _ in FormattedCode(text) }
        }
    }

    /// `if … {`, then each `} else if … {` and `} else {`, then `}`.
    private mutating func add(_ conditional: IfStatement, keyword: String, shape: FormattedLine.Shape, from start: Int) {
        line(SourceRange(start: start, end: conditional.then.range.start), shape) {
            keyword + $0.write(conditional.condition) + " {"
        }
        nested { $0.add(conditional.then.statements) }
        let thenClose = Self.closingBrace(of: conditional.then.range)
        guard let otherwise = conditional.otherwise else {
            closingLine(conditional.then.range)
            return
        }
        if conditional.isElseIf, otherwise.statements.count == 1,
           case .ifElse(let next) = otherwise.statements[0].kind {
            add(next, keyword: "} else if ", shape: .closesAndOpens, from: thenClose.start)
            return
        }
        line(SourceRange(start: thenClose.start, end: otherwise.range.start), .closesAndOpens) { _ in "} else {" }
        nested { $0.add(otherwise.statements) }
        closingLine(otherwise.range)
    }

    private mutating func add(_ setting: VoteSetting) {
        line(setting.range) { write in
            switch setting.kind {
            case .method(let method): FormattedCode("method " + method.name)
            case .dots(let dots): "dots " + write.write(dots)
            case .cap(let cap): "cap " + write.write(cap)
            case .scoreRange(let low, let high): "range " + write.write(low) + " to " + write.write(high)
            case .ballots(let mode): FormattedCode("ballots " + mode.name)
            case .voters(let voters): "voters " + write.write(voters)
            case .keepTop(let count): "keep top " + write.write(count)
            case .keepAbove(let threshold): "keep above " + write.write(threshold)
            case .keepAll: "keep all"
            case .ties(let rule): FormattedCode("ties " + rule.name)
            }
        }
    }
}
