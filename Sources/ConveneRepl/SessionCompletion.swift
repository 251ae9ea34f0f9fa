import ConveneSession

/// What Tab can complete while a workshop runs: commands, stage names,
/// theme names and the ids of items, themes and options, depending on the
/// command being typed. Terminal-free: the terminal layer asks it.
public struct SessionCompletion {
    public let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// The words that could stand where the cursor is, given the words
    /// before it (the last one possibly half typed).
    public func candidates(before text: String) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let endsInSpace = text.last?.isWhitespace ?? true
        let before = endsInSpace ? words : Array(words.dropLast())
        guard let command = before.first else {
            return text.hasPrefix(":") || words.isEmpty ? Self.commandNames : answerWords
        }
        guard command.hasPrefix(":"), let spec = CommandCatalog.command(named: String(command.dropFirst())) else {
            return laterAnswerWords(text)
        }
        let arguments = before.count - 1
        switch spec.name {
        case "help":
            return arguments == 0 ? CommandCatalog.commands.map(\.name) + ["all"] : []
        case "goto":
            return arguments == 0 ? session.model.stageNames : []
        // Theme names may be several words: what follows `to` or `into` is
        // all theme name, and the completion matches past its spaces.
        case "move":
            return before.contains("to") ? themeWords : entityIDs
        case "merge":
            return before.contains("into") ? themeWords : themeWords + (arguments > 0 ? ["into"] : [])
        case "rename":
            return before.contains("to") ? [] : themeWords + (arguments > 0 ? ["to"] : [])
        case "nudge":
            return arguments == 0 ? entityIDs : (arguments == 1 ? ["higher", "lower", "left", "right"] : [])
        case "edit":
            return arguments == 0 ? entityIDs : (arguments == 1 ? currentText(of: before[1]) : [])
        case "remove", "place", "higher", "lower", "left", "right", "owner", "step", "due", "action":
            return arguments == 0 ? entityIDs : []
        case "vote", "tally", "order":
            return entityIDs
        default:
            return []
        }
    }

    /// What an id stands for, to show beside it when Tab lists ids: an
    /// item's text or a theme's name; nil for any other word.
    public func description(of word: String) -> String? {
        let state = session.state
        if let item = state.items[word] { return item.text }
        if let theme = state.themes[word] { return theme.name }
        return nil
    }

    /// An item's words as they stand (after its tag, as `:edit` takes it),
    /// for Tab after `:edit ID`, so a typo is mended without typing it all again.
    private func currentText(of id: String) -> [String] {
        guard let item = session.state.items[id], !item.removed else { return [] }
        return [(item.tag.map { $0 + ": " } ?? "") + item.text]
    }

    /// Every command as typed, `:next` first.
    public static var commandNames: [String] {
        CommandCatalog.commands.map { ":" + $0.name }
    }

    /// Theme names (as one word each, when they are one word) and theme ids.
    private var themeWords: [String] {
        let state = session.state
        let themes = state.themeOrder.compactMap { state.themes[$0] }.filter { !$0.removed }
        return themes.map(\.name) + themes.map(\.id)
    }

    /// The ids the current step works on (items to place, options to vote
    /// on …), or every item and theme.
    private var entityIDs: [String] {
        let entities: [Entity]
        switch session.currentStep.kind {
        case .cluster(let cluster): entities = cluster.items
        case .vote(let vote): entities = vote.options
        case .place(let place): entities = place.items
        case .actions(let actions): entities = actions.ideas
        case .talk, .prompt: entities = []
        }
        if !entities.isEmpty { return entities.map(\.id) }
        let state = session.state
        return state.itemOrder.filter { state.items[$0]?.removed == false }
            + state.themeOrder.filter { state.themes[$0]?.removed == false }
    }

    /// What can follow the first word of an answer: the rest of a theme's
    /// name, then the items to put in it (`Transport: i3 i`); more options
    /// on a ballot.
    private func laterAnswerWords(_ text: String) -> [String] {
        switch session.currentStep.kind {
        case .cluster: return text.contains(":") ? entityIDs : themeWords
        case .vote, .place, .actions: return entityIDs
        case .prompt, .talk: return []
        }
    }

    /// What an answer line can start with: theme names while clustering,
    /// option ids while voting, the tags of a tagged prompt.
    private var answerWords: [String] {
        switch session.currentStep.kind {
        case .prompt(let prompt): return prompt.tags.map { $0.name + ":" }
        case .cluster: return themeWords
        case .vote, .place, .actions: return entityIDs
        case .talk: return []
        }
    }
}
