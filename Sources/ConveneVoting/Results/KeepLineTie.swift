import ConveneText

/// Options that tie across the keep line: some of them fit under `keep top N`,
/// the others don't, and the tie-break rule decides which.
public struct KeepLineTie: Sendable, Hashable, Codable {
    /// The tied options, in the order they were listed.
    public var options: [String]
    /// How many of them the keep rule has room for.
    public var places: Int
    public var breakBy: TieBreak
    /// The seed of a random draw.
    public var seed: UInt64?
    /// The order decided (by the facilitator, a revote or the draw); nil while pending.
    public var order: [String]?

    public var isSettled: Bool { order != nil }
}

extension VoteResult {
    /// Options the facilitator must put in order before the vote is final.
    public var needsOrdering: [String] {
        guard let tie = tiesAtKeepLine, !tie.isSettled, tie.breakBy == .facilitator else { return [] }
        return tie.options
    }

    /// Options the room must vote on again before the vote is final.
    public var needsRevote: [String] {
        guard let tie = tiesAtKeepLine, !tie.isSettled, tie.breakBy == .revote else { return [] }
        return tie.options
    }

    /// The result once the tie at the keep line is settled: `order` names the
    /// tied options best first (the facilitator's choice, or a revote's ranking);
    /// any it leaves out follow in their listed order.
    public func resolvingTie(order: [String]) throws(BallotError) -> VoteResult {
        guard let tie = tiesAtKeepLine else {
            throw BallotError("there is no tie at the keep line to settle")
        }
        if let settled = tie.order {
            throw BallotError("the tie at the keep line is already settled: \(listed(settled))")
        }
        var seen = Set<String>()
        for option in order {
            guard tie.options.contains(option) else {
                throw BallotError(
                    "`\(option)` is not one of the tied options", help: "the tied options are \(listed(tie.options))")
            }
            guard seen.insert(option).inserted else { throw BallotError("`\(option)` is listed twice") }
        }
        guard order.count >= tie.places else {
            throw BallotError(
                "\(Plural.count(tie.places, "place")) \(tie.places == 1 ? "is" : "are") open; "
                    + "name at least \(tie.places) of \(listed(tie.options)) in order")
        }
        var result = self
        result.settleTie(order: order + tie.options.filter { !seen.contains($0) })
        return result
    }

    mutating func applyKeepRule(tiers: [[String]], ties: TieBreak, seed: UInt64) {
        switch keep {
        case .all:
            kept = ranking.map(\.option)
        case .above(let threshold):
            kept = ranking.filter { $0.score > threshold }.map(\.option)
        case .top(let places):
            for tier in tiers {
                if kept.count + tier.count <= places {
                    kept += tier
                    continue
                }
                if kept.count < places {
                    tiesAtKeepLine = KeepLineTie(options: tier, places: places - kept.count, breakBy: ties)
                }
                break
            }
        }
        if let tie = tiesAtKeepLine, ties == .random {
            var draw = SplitMix64(seed: seed)
            tiesAtKeepLine?.seed = seed
            settleTie(order: draw.shuffled(tie.options))
        }
    }

    /// Puts the tied options in `order` in the ranking and keeps as many as fit.
    mutating func settleTie(order: [String]) {
        guard let tie = tiesAtKeepLine else { return }
        tiesAtKeepLine?.order = order
        let tied = Set(order)
        let start = ranking.firstIndex { tied.contains($0.option) }!
        let entries = Dictionary(uniqueKeysWithValues: ranking[start..<start + order.count].map { ($0.option, $0) })
        ranking.replaceSubrange(start..<start + order.count, with: order.map { entries[$0]! })
        kept += order.prefix(tie.places)
    }
}

/// "`a`", "`a` and `b`", "`a`, `b` and `c`".
func listed(_ names: [String]) -> String {
    let quoted = names.map { "`\($0)`" }
    guard quoted.count > 1 else { return quoted.first ?? "nothing" }
    return quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
}
