/// The outcome of a vote: the ranking, what the keep rule kept, and the data
/// that explains it (runoff rounds, the pairwise table, dots used, who is
/// below three).
public struct VoteResult: Sendable, Hashable {
    public var method: VotingMethod
    /// The options voted on, in the order they were listed.
    public var options: [String]
    /// Ballots counted; for a room tally, the people voting when known.
    public var ballots: Int?
    /// Every option, best first. Tied options stand next to each other, in the
    /// order they were listed unless a tie-break has ordered them.
    public var ranking: [RankedOption]
    public var keep: KeepRule
    /// The options the keep rule kept, best first. While a tie at the keep
    /// line waits for the facilitator or a revote, only the options above it.
    public var kept: [String]
    /// A tie that crosses the keep line, and how it was (or will be) settled.
    public var tiesAtKeepLine: KeepLineTie?
    /// Instant runoff: the rounds of the count.
    public var rounds: [RunoffRound]?
    /// Condorcet methods: `pairwise[a][b]` ballots rank option a above option b
    /// (indices into `options`).
    public var pairwise: [[Int]]?
    /// Schulze: `strongestPaths[a][b]`, the strength of the widest path from a to b.
    public var strongestPaths: [[Int]]?
    /// Ranked pairs: every victory in the order considered, locked or skipped.
    public var lockedPairs: [LockedPair]?
    /// Dot voting: people, dots used and unused.
    public var dots: DotUsage?
    /// Fist of five: per option, the fingers shown and who is below three.
    public var consensus: [OptionConsensus]?

    init(
        method: VotingMethod, options: [String], ballots: Int?, outcome: MethodOutcome,
        keep: KeepRule, ties: TieBreak, seed: UInt64
    ) {
        self.method = method
        self.options = options
        self.ballots = ballots
        self.keep = keep
        ranking = outcome.tiers.flatMap { tier in
            tier.map { RankedOption(option: options[$0], score: outcome.scores[$0], tied: tier.count > 1) }
        }
        kept = []
        rounds = outcome.rounds
        pairwise = outcome.pairwise
        strongestPaths = outcome.strongestPaths
        lockedPairs = outcome.lockedPairs
        dots = outcome.dots
        consensus = outcome.consensus
        applyKeepRule(tiers: outcome.tiers.map { $0.map { options[$0] } }, ties: ties, seed: seed)
    }

    /// The first place, or nil while options tie for it and no tie-break has ordered them.
    public var winner: String? {
        guard let first = ranking.first else { return nil }
        if !first.tied { return first.option }
        if let tie = tiesAtKeepLine, tie.isSettled, tie.options.contains(first.option) { return first.option }
        return nil
    }

    /// Each ranking entry's place, counted the way sports tables do (1, 2, 2, 4):
    /// tied options share the best place among them.
    public var places: [Int] {
        var places: [Int] = []
        for (index, entry) in ranking.enumerated() {
            if index > 0, entry.tied, ranking[index - 1].tied, ranking[index - 1].score == entry.score {
                places.append(places[index - 1])
            } else {
                places.append(index + 1)
            }
        }
        return places
    }
}
