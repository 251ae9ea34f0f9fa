#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON shape of a result, as `convene tally --format json` prints it:
/// `method`, `options`, `ballots`, `ranking` (first place first, each
/// `{ "option", "score", "tied" }`), `keep` (`"top 2"`, `"above 3"`, `"all"`),
/// `kept`, then whatever explains this method — `tiesAtKeepLine`, `rounds`,
/// `pairwise`, `strongestPaths`, `lockedPairs`, `dots`, `consensus` — each
/// present only when it applies.
extension VoteResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case method, options, ballots, ranking, keep, kept, tiesAtKeepLine
        case rounds, pairwise, strongestPaths, lockedPairs, dots, consensus
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method, forKey: .method)
        try container.encode(options, forKey: .options)
        try container.encodeIfPresent(ballots, forKey: .ballots)
        try container.encode(ranking, forKey: .ranking)
        try container.encode(keep.spoken, forKey: .keep)
        try container.encode(kept, forKey: .kept)
        try container.encodeIfPresent(tiesAtKeepLine, forKey: .tiesAtKeepLine)
        try container.encodeIfPresent(rounds, forKey: .rounds)
        try container.encodeIfPresent(pairwise, forKey: .pairwise)
        try container.encodeIfPresent(strongestPaths, forKey: .strongestPaths)
        try container.encodeIfPresent(lockedPairs, forKey: .lockedPairs)
        try container.encodeIfPresent(dots, forKey: .dots)
        try container.encodeIfPresent(consensus, forKey: .consensus)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        method = try container.decode(VotingMethod.self, forKey: .method)
        options = try container.decode([String].self, forKey: .options)
        ballots = try container.decodeIfPresent(Int.self, forKey: .ballots)
        ranking = try container.decode([RankedOption].self, forKey: .ranking)
        let keepText = try container.decode(String.self, forKey: .keep)
        guard let keep = KeepRule(spoken: keepText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .keep, in: container, debugDescription: "`\(keepText)` is not `top N`, `above N` or `all`")
        }
        self.keep = keep
        kept = try container.decode([String].self, forKey: .kept)
        tiesAtKeepLine = try container.decodeIfPresent(KeepLineTie.self, forKey: .tiesAtKeepLine)
        rounds = try container.decodeIfPresent([RunoffRound].self, forKey: .rounds)
        pairwise = try container.decodeIfPresent([[Int]].self, forKey: .pairwise)
        strongestPaths = try container.decodeIfPresent([[Int]].self, forKey: .strongestPaths)
        lockedPairs = try container.decodeIfPresent([LockedPair].self, forKey: .lockedPairs)
        dots = try container.decodeIfPresent(DotUsage.self, forKey: .dots)
        consensus = try container.decodeIfPresent([OptionConsensus].self, forKey: .consensus)
    }

    /// The result as pretty-printed JSON with sorted keys, so the same result
    /// always prints the same bytes.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

extension KeepRule {
    /// As a script writes it: `top 2`, `above 3.5`, `all`.
    var spoken: String {
        switch self {
        case .top(let count): "top \(count)"
        case .above(let threshold): "above \(formatScore(threshold))"
        case .all: "all"
        }
    }

    init?(spoken: String) {
        let words = spoken.split(separator: " ")
        switch (words.first, words.count) {
        case ("all", 1): self = .all
        case ("top", 2): guard let count = Int(words[1]) else { return nil }; self = .top(count)
        case ("above", 2): guard let threshold = Double(words[1]) else { return nil }; self = .above(threshold)
        default: return nil
        }
    }
}

/// A score as people read it: `7`, `2.5`, `3.67`.
func formatScore(_ score: Double) -> String {
    if score == score.rounded(), abs(score) < 1e15 { return String(Int(score)) }
    return String((score * 100).rounded() / 100)
}
