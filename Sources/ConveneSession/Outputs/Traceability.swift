/// Follows an idea back to what people said: an idea answered a prompt asked
/// for a theme (the loop value it was entered under), and that theme holds
/// the statements people made in their own words.
struct Traceability {
    let context: OutputContext

    /// Where an idea came from.
    struct Origin {
        /// The idea's own item, when it is an item.
        var idea: Item?
        /// Themes the idea was answering or is, nearest first.
        var themes: [Theme] = []
        /// Votes that ranked the idea or its themes: the vote, the option and
        /// its rank as votes.csv shows it (`2=` when shared).
        var votes: [(vote: String, option: CountedOption, rank: String)] = []
        /// The statements at the root, in their own words.
        var statements: [Item] = []
    }

    func origin(of id: String) -> Origin {
        let state = context.state
        var origin = Origin(idea: state.items[id])
        var queue = [id]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard seen.insert(current).inserted else { continue }
            if let theme = state.themes[current] {
                if current != id { origin.themes.append(theme) }
                queue += state.items(of: current).map(\.id)
            } else if let item = state.items[current], !item.removed {
                let references = item.loop.compactMap(\.reference)
                if !references.isEmpty {
                    queue += references
                } else if current != id {
                    origin.statements.append(item)
                }
            }
        }
        if origin.statements.isEmpty, let idea = origin.idea { origin.statements = [idea] }
        for key in context.voteKeys {
            guard let result = state.votes[key]?.result else { continue }
            let ranks = result.ranks(method: state.definitions[key]?["method"]?.stringValue)
            for (option, rank) in zip(result.options, ranks) where option.id == id || origin.themes.contains(where: { $0.id == option.id }) {
                origin.votes.append((context.stepName(key), option, rank))
            }
        }
        return origin
    }
}
