/// What moved between two counts of the same options: when a room votes on
/// one collection twice (before and after discussion, say), the second result
/// says how the ranking and the kept set changed since the first.
struct VoteComparison {
    /// The earlier vote's name, as shown to people.
    let earlierName: String
    let earlier: [CountedOption]
    let later: [CountedOption]

    /// Lines a facilitator reads to the room; none when nothing moved.
    func lines() -> [String] {
        let before = Dictionary(earlier.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        let wasKept = Set(earlier.filter(\.kept).map(\.id))
        var moves: [String] = []
        for (offset, option) in later.enumerated() {
            guard let from = before[option.id], from != offset + 1 else { continue }
            let direction = from > offset + 1 ? "up" : "down"
            moves.append("\(option.id) \(option.label) moved \(direction) from \(ordinal(from)) to \(ordinal(offset + 1))")
        }
        let newlyKept = later.filter { $0.kept && !wasKept.contains($0.id) }.map { "\($0.id) \($0.label)" }
        let noLongerKept = later.filter { !$0.kept && wasKept.contains($0.id) }.map { "\($0.id) \($0.label)" }
        if moves.isEmpty && newlyKept.isEmpty && noLongerKept.isEmpty {
            return ["Since `\(earlierName)`: the same ranking."]
        }
        var lines = ["Since `\(earlierName)`:"]
        lines += moves.map { "  \($0)" }
        if !newlyKept.isEmpty { lines.append("  now kept: " + newlyKept.joined(separator: ", ")) }
        if !noLongerKept.isEmpty { lines.append("  no longer kept: " + noLongerKept.joined(separator: ", ")) }
        return lines
    }

    private func ordinal(_ place: Int) -> String {
        let suffix = switch (place % 10, place % 100) {
        case (1, let h) where h != 11: "st"
        case (2, let h) where h != 12: "nd"
        case (3, let h) where h != 13: "rd"
        default: "th"
        }
        return "\(place)\(suffix)"
    }
}

extension Session {
    /// The comparison with the latest earlier count over exactly the same options, if any.
    func comparison(of options: [CountedOption], key: String, in state: SessionState) -> VoteComparison? {
        let ids = Set(options.map(\.id))
        let earlier = state.votes
            .filter { $0.key != key }
            .compactMap { entry in entry.value.result.map { (key: entry.key, result: $0) } }
            .filter { Set($0.result.options.map(\.id)) == ids }
            .max { $0.result.counted < $1.result.counted }
        return earlier.map { VoteComparison(earlierName: String($0.key.split(separator: "/").last ?? Substring($0.key)), earlier: $0.result.options, later: options) }
    }
}
