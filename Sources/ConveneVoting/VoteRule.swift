/// The voting methods Convene knows, by the names used both in scripts
/// (`method borda`) and on the command line (`convene tally --method borda`).
public enum VotingMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case dots
    case approval
    case score
    case plurality
    case borda
    case irv
    case schulze
    case rankedPairs = "ranked-pairs"
    case fistOfFive = "fist-of-five"
}

/// How a room's votes reach the tool.
public enum BallotMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// Each ballot is typed in with the voter's name.
    case named
    /// Each ballot is typed in without a name.
    case anonymous
    /// Only totals are typed (`theme-3 +7`): sticky dots or a show of hands.
    case room
}

/// Which options a vote keeps for later stages.
public enum KeepRule: Sendable, Hashable, Codable {
    /// The best N options.
    case top(Int)
    /// Every option scoring strictly more than the threshold.
    case above(Double)
    /// Every option, ranked.
    case all
}

/// What happens when options tie where it matters (across the keep line).
public enum TieBreak: String, Sendable, Hashable, CaseIterable, Codable {
    /// The facilitator decides the order.
    case facilitator
    /// The room votes again among the tied options.
    case revote
    /// A draw seeded from the session's seed, recorded so it replays identically.
    case random
}

/// Everything a script's `vote` block says about how to vote and count.
public struct VoteRule: Sendable, Hashable, Codable {
    public var method: VotingMethod
    /// Dots each person has (dot voting).
    public var dotsPerPerson: Int?
    /// The most dots one person may put on one option (dot voting).
    public var capPerOption: Int?
    /// The scores allowed (score voting), e.g. 0...5.
    public var scoreRange: ClosedRange<Int>?
    public var mode: BallotMode
    /// How many people vote, when known; room tallies are checked against it.
    public var voters: Int?
    public var keep: KeepRule
    public var ties: TieBreak

    public init(
        method: VotingMethod, dotsPerPerson: Int? = nil, capPerOption: Int? = nil,
        scoreRange: ClosedRange<Int>? = nil, mode: BallotMode = .anonymous, voters: Int? = nil,
        keep: KeepRule = .all, ties: TieBreak = .facilitator
    ) {
        self.method = method
        self.dotsPerPerson = dotsPerPerson
        self.capPerOption = capPerOption
        self.scoreRange = scoreRange
        self.mode = mode
        self.voters = voters
        self.keep = keep
        self.ties = ties
    }
}
