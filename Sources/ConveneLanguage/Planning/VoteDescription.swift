/// A vote in words: "Dot vote on `themes`: 3 dots each, at most 1 per option,
/// anonymous, keep the top 5, ties broken by the facilitator".
struct VoteDescription {
    var text: PlanText
    var constants: PlanConstants
    var arguments: ArgumentSubstitution

    func describe(_ vote: VoteStatement) -> String {
        var method: String?
        var details: [(order: Int, words: String)] = []
        for setting in vote.settings {
            switch setting.kind {
            case .method(let name): method = name.name
            case .dots(let count): details.append((0, counted(count, one: "dot each", many: "dots each")))
            case .cap(let count): details.append((1, "at most " + number(count) + " per option"))
            case .scoreRange(let low, let high): details.append((2, "scores " + number(low) + " to " + number(high)))
            case .voters(let count): details.append((3, counted(count, one: "voter", many: "voters")))
            case .ballots(let mode): details.append((4, Self.ballots(mode.name)))
            case .keepTop(let count): details.append((5, "keep the top " + number(count)))
            case .keepAbove(let threshold): details.append((5, "keep those scoring above " + number(threshold)))
            case .keepAll: details.append((5, "keep all, ranked"))
            case .ties(let rule): details.append((6, Self.ties(rule.name)))
            }
        }
        let settings = details.sorted { $0.order < $1.order }.map(\.words)
        var line = Self.methodTitle(method) + " on " + text.code(arguments.apply(vote.options))
        if !settings.isEmpty { line += ": " + settings.joined(separator: ", ") }
        return line + "; the result is `" + vote.name.name + "`"
    }

    /// A number as worked out before the run, or the expression that gives it.
    private func number(_ written: Expression) -> String {
        let expression = arguments.apply(written)
        return switch constants.evaluate(expression) {
        case .number(let value)?: formatNumber(value) ?? text.code(expression)
        default: text.code(expression)
        }
    }

    private func counted(_ expression: Expression, one: String, many: String) -> String {
        number(expression) + " " + (constants.integer(arguments.apply(expression)) == 1 ? one : many)
    }

    static func methodTitle(_ method: String?) -> String {
        switch method {
        case "dots": "Dot vote"
        case "approval": "Approval vote"
        case "score": "Score vote"
        case "plurality": "Plurality vote (one choice each)"
        case "borda": "Ranked vote (Borda count)"
        case "irv": "Ranked vote (instant runoff)"
        case "schulze": "Ranked vote (Schulze method)"
        case "ranked-pairs": "Ranked vote (ranked pairs)"
        case "fist-of-five": "Fist-of-five vote"
        default: "Vote"
        }
    }

    static func ballots(_ mode: String) -> String {
        switch mode {
        case "named": "named ballots"
        case "anonymous": "anonymous"
        case "room": "room tallies (the facilitator types the totals)"
        default: "ballots " + mode
        }
    }

    static func ties(_ rule: String) -> String {
        switch rule {
        case "facilitator": "ties broken by the facilitator"
        case "revote": "ties settled by a revote"
        case "random": "ties broken at random"
        default: "ties: " + rule
        }
    }
}
