/// One person's ballot. Options are referred to by their index in the vote's option list.
public struct Ballot: Sendable, Hashable, Codable {
    /// The voter's name on a named ballot; nil when anonymous.
    public var voter: String?
    public var marks: BallotMarks

    public init(voter: String? = nil, marks: BallotMarks) {
        self.voter = voter
        self.marks = marks
    }
}

/// What a ballot says, in the form its method asks for.
public enum BallotMarks: Sendable, Hashable, Codable {
    /// Dots or scores per option (dots, score, fist-of-five).
    case points([Int: Int])
    /// The options approved of (approval).
    case approvals(Set<Int>)
    /// Options best first; unlisted options are unranked (borda, irv, schulze, ranked-pairs).
    case ranking([Int])
    /// The one option chosen (plurality).
    case choice(Int)
}

/// Room mode: only the totals per option, as the facilitator counts them.
public struct RoomTally: Sendable, Hashable, Codable {
    /// Option index to dots or hands counted.
    public var counts: [Int: Int]
    public init(counts: [Int: Int]) { self.counts = counts }
}
