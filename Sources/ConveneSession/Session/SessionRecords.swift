/// A statement someone made, as typed in by the facilitator.
public struct Item: Sendable, Equatable {
    /// `i12`.
    public var id: String
    public var text: String
    /// The collection (prompt name) it answers.
    public var collection: String
    /// Where it was said: the stage and the step (`fixes#2`).
    public var stage: String
    public var step: String
    /// The role, perspective or lens it was tagged with.
    public var tag: String?
    /// The loop values in force when it was said (`problem = Access to GPs`).
    public var loop: [LoopBinding]
    public var added: Timestamp
    public var removed = false
}

/// A named group of items made while clustering.
public struct Theme: Sendable, Equatable {
    /// `t3`.
    public var id: String
    public var name: String
    /// The theme collection (`cluster … into NAME`) it belongs to.
    public var themes: String
    /// Its items, in the order they were put in.
    public var items: [String]
    public var created: Timestamp
    /// Set when merged into another theme or removed.
    public var removed = false
    public var mergedInto: String?
}

/// One ballot as recorded.
public struct BallotEntry: Sendable, Equatable {
    /// `b4`.
    public var id: String
    /// The vote's step key.
    public var vote: String
    public var voter: String?
    public var marks: OptionMarks
    public var removed = false
}

/// Everything recorded for one vote.
public struct VoteRecord: Sendable, Equatable {
    public var ballots: [String] = []
    /// Room counts per option, in the order first typed.
    public var tally: [OptionCount] = []
    /// The facilitator's order for tied options.
    public var tieOrder: [String] = []
    /// The result, once counted; cleared when a ballot changes afterwards.
    public var result: CountedResult?
}

/// A vote's result as counted: every option, best first.
public struct CountedResult: Sendable, Equatable {
    public var options: [CountedOption]
    public var ballots: Int
    public var note: String?
    public var counted: Timestamp

    public var ranking: [String] { options.map(\.id) }
    public var kept: [String] { options.filter(\.kept).map(\.id) }
}

/// Where an item sits on a grid; 1…scale on each axis.
public struct Placement: Sendable, Equatable {
    public var x: Int
    public var y: Int
}

/// An action for one idea of an action plan.
public struct ActionRecord: Sendable, Equatable {
    public var idea: String
    public var owner: String?
    public var firstStep: String?
    public var due: String?
}

/// A free note the facilitator typed.
public struct Note: Sendable, Equatable {
    /// `n2`.
    public var id: String
    public var text: String
    public var stage: String?
    public var step: String?
    public var time: Timestamp
    public var removed = false
}

/// Where the session is: a stage and one of its steps.
public struct Position: Sendable, Equatable {
    public var stage: String
    /// The step's index within the stage, from 0.
    public var index: Int
    /// The step's stable id within the stage (`fixes#2`).
    public var step: String
}
