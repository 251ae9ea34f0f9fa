/// Lines typed at the wrong step: refused with what the step takes, rather
/// than kept as something they are not (an item `i1=3`, a theme named `i2`)
/// or refused for the wrong reason.
extension CommandInterpreter {
    /// Refuses, at a prompt, a line that is a ballot, ids or a theme rather
    /// than something people said, which would otherwise be kept as an item.
    func refuseMisplaced(_ line: String, at prompt: PromptStep) throws(SessionError) {
        let state = session.state
        let known = { (id: String) in state.items[id] != nil || state.themes[id] != nil || state.ballots[id] != nil }
        var asked: String { "this step collects answers to “\(prompt.question)”" }
        switch LineShape.of(line, isID: known) {
        case .ballot?:
            throw SessionError("`\(line)` looks like a ballot, but \(asked)",
                               help: "ballots are typed at a vote step; type what people said here, or `:next` when done")
        case .ids?:
            throw SessionError("`\(line)` \(LineParsing.words(line).count == 1 ? "is an id" : "are ids"), not something people said, and \(asked)",
                               help: "type what people said, in their words; `:list` shows the answers so far")
        case .theme?:
            throw SessionError("`\(line)` looks like a theme, but \(asked)",
                               help: "themes are made at a cluster step; type what people said here, or `:next` when done")
        case nil:
            return
        }
    }

    /// Refuses a line typed at a break: nothing is collected there, and a
    /// line typed before `:next` is most likely meant for the next stage.
    func refuseAtBreak(_ line: String, _ pause: BreakStep) -> SessionError {
        SessionError(
            "this is the break “\(pause.title)”, where nothing is collected; `\(line)` was not kept",
            help: (pause.nextStage.map { "`:next` starts stage `\($0)`" } ?? "`:next` completes the workshop")
                + "; `:note \(line)` keeps it as a note")
    }

    /// Refuses, at a talk step, a line meant for the step before (a
    /// placement, a nudge, a ballot, ids, a theme, an answer with its tag)
    /// that would otherwise be kept as a note; `:note` still keeps it.
    func refuseMisplacedAtTalk(_ line: String) throws(SessionError) {
        let state = session.state
        let known = { (id: String) in state.items[id] != nil || state.themes[id] != nil }
        let words = LineParsing.words(line)
        let what: String?
        if let first = words.first, known(String(first)), (try? LineParsing.position(line)) != nil {
            what = "a placement on a grid"
        } else if let nudge = LineParsing.spokenNudge(line), known(nudge.id) {
            what = "a nudge on a grid"
        } else if let shape = LineShape.of(line, isID: known) {
            what = switch shape {
            case .ballot: "a ballot"
            case .ids: words.count == 1 ? "an id" : "ids"
            case .theme: "a theme"
            }
        } else if let colon = line.firstIndex(of: ":"),
                  session.model.tags.contains(where: { $0.name == line[..<colon].trimmingSpaces }) {
            what = "an answer tagged `\(line[..<colon].trimmingSpaces)`"
        } else {
            what = nil
        }
        guard let what else { return }
        throw SessionError("`\(line)` looks like \(what), but this step is talk only",
                           help: "`:back` returns to the step before; `:note \(line)` keeps it as a note")
    }

    /// A line at a clustering, `THEME NAME: ids` or a name alone, refusing
    /// ballots, bare ids and mistyped ids, which would otherwise name a theme.
    func themeLine(_ line: String) throws(SessionError) -> (name: String, ids: [String]) {
        guard case .cluster(let cluster) = session.currentStep.kind else { return LineParsing.theme(line) }
        let example = session.state.themes(in: cluster.themes).first?.id ?? "t1"
        switch LineShape.of(line, isID: { _ in true }) {
        case .ballot?:
            throw SessionError("`\(line)` looks like a ballot, but this step groups items into themes",
                               help: "type a theme as `THEME NAME: i1 i2`; ballots are typed at the vote")
        case .ids?:
            let words = LineParsing.words(line).map(String.init)
            let ids = words.joined(separator: " ")
            let areItems = words.allSatisfy { id in cluster.items.contains { $0.id == id } }
            throw SessionError("`\(line)` \(words.count == 1 ? "is an id" : "are ids"), not a theme name",
                               help: areItems
                                   ? "put items in a new theme with `THEME NAME: \(ids)`, or in one already made with `:move \(ids) to \(example)`"
                                   : "name a theme in words, e.g. `Getting there: i1 i2`; `:list` shows the items and themes here")
        case .theme?, nil:
            break
        }
        let (name, ids) = LineParsing.theme(line)
        if ids.isEmpty, let colon = line.lastIndex(of: ":") {
            let listed = LineParsing.words(line[line.index(after: colon)...])
            // Some ids and some not, or only words that start like ids (`i2x`): a list with a slip in it.
            let startsLikeID = { (word: Substring) in word.count > 1 && word.first!.isLetter && word.dropFirst().first!.isNumber }
            if listed.contains(where: LineParsing.isID) || (!listed.isEmpty && listed.allSatisfy(startsLikeID)),
               let typo = listed.first(where: { !LineParsing.isID($0) }) {
                throw SessionError("`\(typo)` is not an item's id", help: "after the colon, list the items by id: `\(name.isEmpty ? "THEME NAME" : line[..<colon].trimmingSpaces): i1 i2`")
            }
        }
        return (name, ids)
    }

    /// A line at a vote with no option in it: something said, not a ballot.
    func notABallot(_ line: String, _ vote: VoteStep) -> SessionError {
        let how = vote.rule.mode == .room
            ? "type the room's totals as `:tally \(session.tallyExample(vote))`"
            : "type each ballot as `\(vote.rule.mode == .named ? "NAME: " : "")\(session.example(vote))`"
        return SessionError("`\(line)` is not a ballot: this step is the vote `\(vote.name)` (\(VoteRuleDescription.summary(vote.rule)))",
                            help: "\(how); answers to a question are typed at its prompt")
    }
}
