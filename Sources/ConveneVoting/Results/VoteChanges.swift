/// What changed between two votes on the same options.
public struct VoteChanges: Sendable, Hashable, Codable {
    /// An option's place before and after (1 is first; tied options share a place).
    public struct Move: Sendable, Hashable, Codable {
        public var option: String
        public var from: Int
        public var to: Int
    }

    /// Options that now stand higher, biggest climb first.
    public var movedUp: [Move]
    /// Options that now stand lower, biggest drop first.
    public var movedDown: [Move]
    /// Options kept now that were not kept before.
    public var newlyKept: [String]
    /// Options kept before that are not kept now.
    public var noLongerKept: [String]

    public var isEmpty: Bool { movedUp.isEmpty && movedDown.isEmpty && newlyKept.isEmpty && noLongerKept.isEmpty }

    /// One line per change, as a facilitator would say it.
    public func explanation() -> [String] {
        guard !isEmpty else { return ["Nothing changed since the last vote."] }
        var lines = movedUp.map { "\($0.option) moved up from \(ordinal($0.from)) to \(ordinal($0.to))." }
        lines += movedDown.map { "\($0.option) moved down from \(ordinal($0.from)) to \(ordinal($0.to))." }
        if !newlyKept.isEmpty { lines.append("Newly kept: \(plainList(newlyKept)).") }
        if !noLongerKept.isEmpty { lines.append("No longer kept: \(plainList(noLongerKept)).") }
        return lines
    }
}

extension VoteResult {
    /// How this result differs from an earlier vote on the same options.
    /// Options in only one of the two votes are left out of the moves.
    public func changes(since earlier: VoteResult) -> VoteChanges {
        let before = Dictionary(zip(earlier.ranking.map(\.option), earlier.places), uniquingKeysWith: min)
        let moves = zip(ranking.map(\.option), places).compactMap { option, place in
            before[option].map { VoteChanges.Move(option: option, from: $0, to: place) }
        }
        let keptBefore = Set(earlier.kept)
        let keptNow = Set(kept)
        return VoteChanges(
            movedUp: moves.filter { $0.to < $0.from }.sorted { $0.from - $0.to > $1.from - $1.to },
            movedDown: moves.filter { $0.to > $0.from }.sorted { $0.to - $0.from > $1.to - $1.from },
            newlyKept: kept.filter { !keptBefore.contains($0) },
            noLongerKept: earlier.kept.filter { !keptNow.contains($0) })
    }
}
