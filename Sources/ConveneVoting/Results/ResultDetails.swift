/// One option's place in a result.
public struct RankedOption: Sendable, Hashable, Codable {
    public var option: String
    /// What the method ranks by: dots, approvals, points, first choices, final
    /// runoff votes, average fingers, or (Condorcet methods) options beaten.
    public var score: Double
    /// True when the option shares its place with another.
    public var tied: Bool

    public init(option: String, score: Double, tied: Bool) {
        self.option = option
        self.score = score
        self.tied = tied
    }
}

/// Votes for one option (a runoff round, or ballots moved to it).
public struct OptionVotes: Sendable, Hashable, Codable {
    public var option: String
    public var votes: Int

    public init(option: String, votes: Int) {
        self.option = option
        self.votes = votes
    }
}

/// One round of an instant-runoff count.
public struct RunoffRound: Sendable, Hashable, Codable {
    /// 1 for the first round.
    public var round: Int
    /// Each continuing option's votes, most first.
    public var votes: [OptionVotes]
    /// Ballots that count for a continuing option this round.
    public var continuing: Int
    /// Ballots with no continuing choice left, so far.
    public var exhausted: Int
    /// The option holding more than half of the continuing ballots, if any.
    public var majority: String?
    /// The options eliminated at the end of this round.
    public var eliminated: [String] = []
    /// When several options tied for fewest votes: all of them.
    public var tiedForFewest: [String]?
    /// The earlier round whose votes settled that tie; nil when the tied options went out together.
    public var decidedByRound: Int?
    /// Where the eliminated options' ballots went, most first.
    public var transfers: [OptionVotes] = []
    /// Ballots of the eliminated options that had no continuing choice left.
    public var exhaustedByTransfer = 0

    public init(round: Int, votes: [OptionVotes], continuing: Int, exhausted: Int) {
        self.round = round
        self.votes = votes
        self.continuing = continuing
        self.exhausted = exhausted
    }
}

/// A pairwise victory in ranked pairs, in the order it was considered.
public struct LockedPair: Sendable, Hashable, Codable {
    public var winner: String
    public var loser: String
    /// Ballots ranking the winner above the loser.
    public var votesFor: Int
    /// Ballots ranking the loser above the winner.
    public var votesAgainst: Int
    /// Votes for minus votes against: the strength of the victory.
    public var margin: Int
    /// False when locking it would have made a cycle, so it was skipped.
    public var locked: Bool

    public init(winner: String, loser: String, votesFor: Int, votesAgainst: Int, locked: Bool) {
        self.winner = winner
        self.loser = loser
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
        self.margin = votesFor - votesAgainst
        self.locked = locked
    }
}

/// How the dots of a dot vote were spent.
public struct DotUsage: Sendable, Hashable, Codable {
    /// People who voted (ballots, or the room's `voters` for a tally), when known.
    public var people: Int?
    public var dotsPerPerson: Int?
    public var used: Int
    /// Dots people had but did not place, when known.
    public var unused: Int?

    public init(people: Int?, dotsPerPerson: Int?, used: Int) {
        self.people = people
        self.dotsPerPerson = dotsPerPerson
        self.used = used
        if let people, let dotsPerPerson { unused = people * dotsPerPerson - used }
    }
}

/// The fist-of-five check for one option.
public struct OptionConsensus: Sendable, Hashable, Codable {
    public var option: String
    /// People who showed fingers for this option.
    public var shown: Int
    /// Average fingers, to two decimals (0 when nobody showed).
    public var average: Double
    /// How many people showed 0, 1, 2, 3, 4 and 5 fingers.
    public var fingers: [Int]
    /// People showing fewer than three fingers: they must be heard.
    public var belowThree: Int
    /// Who they are, when ballots are named.
    public var mustBeHeard: [Dissent]

    public var isConsensus: Bool { shown > 0 && belowThree == 0 }

    var totalFingers: Int { fingers.enumerated().reduce(0) { $0 + $1.offset * $1.element } }

    public init(option: String, fingers: [Int], mustBeHeard: [Dissent]) {
        self.option = option
        self.fingers = fingers
        self.mustBeHeard = mustBeHeard
        shown = fingers.reduce(0, +)
        belowThree = fingers.prefix(3).reduce(0, +)
        average = 0
        if shown > 0 { average = (Double(totalFingers) / Double(shown) * 100).rounded() / 100 }
    }
}

/// One named person below three in a fist of five.
public struct Dissent: Sendable, Hashable, Codable {
    public var voter: String
    public var fingers: Int

    public init(voter: String, fingers: Int) {
        self.voter = voter
        self.fingers = fingers
    }
}
