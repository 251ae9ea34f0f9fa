import ConveneLanguage
import ConveneVoting

/// One thing the facilitator does in a stage: ask a prompt, cluster, take a
/// vote, place items on a grid, make an action plan, or simply talk.
/// Steps are worked out by running the stage's statements, so a prompt in a
/// `for` loop is one step per iteration.
public struct Step: Sendable {
    public var stage: String
    /// Position within the stage, from 0.
    public var index: Int
    /// Stable id within the stage: the prompt, vote, theme-collection, grid or
    /// plan name, with the loop iteration (`fixes#2`, nested `fixes#1.3`).
    public var id: String
    public var kind: StepKind
    /// `say` texts to read out when the step is reached.
    public var sayings: [String]
    /// Loop variables in force (`problem = Access to GPs`).
    public var loop: [LoopBinding]
    /// Where the statement is, for messages.
    public var path: String
    public var range: SourceRange
    /// What the step asks, as recorded in the journal.
    public var definition: JSONValue
    /// Set for a break between stages: a step with nothing to collect
    /// (`.talk`), but with its own clock, where lines typed are refused.
    public var pause: BreakStep? = nil

    /// `stage/id`, unique in the session.
    public var key: String { stage + "/" + id }

    /// Whether the step is a break between stages.
    public var isBreak: Bool { pause != nil }

    /// What the time spent here counts against: the stage's timebox, or for
    /// a break, the break's own length (under its key).
    public var clockName: String { isBreak ? key : stage }

    /// Where the step is among the places after its stage's start: 0 in
    /// the stage itself, `k + 1` at its break `k` (see `ProgramModel.headings`).
    var agendaPlace: Int { pause.map { $0.number + 1 } ?? 0 }
}

public enum StepKind: Sendable {
    /// Only `say` texts; nothing to collect.
    case talk
    case prompt(PromptStep)
    case cluster(ClusterStep)
    case vote(VoteStep)
    case place(PlaceStep)
    case actions(ActionsStep)

    /// `prompt`, `cluster` … as people call it.
    public var name: String {
        switch self {
        case .talk: "talk"
        case .prompt: "prompt"
        case .cluster: "cluster"
        case .vote: "vote"
        case .place: "place"
        case .actions: "actions"
        }
    }
}

public struct PromptStep: Sendable {
    public var collection: String
    public var question: String
    /// `by role` etc.: every item must carry one of `tags`.
    public var tagKind: TagKind?
    public var tags: [TagInfo]
}

/// Something that can be clustered, voted on, placed or planned: a theme,
/// an item, or a plain option.
public struct Entity: Sendable, Equatable {
    public var id: String
    public var label: String
}

public struct ClusterStep: Sendable {
    /// The theme collection being made.
    public var themes: String
    /// The items to group.
    public var items: [Entity]
    /// The script's words for what is clustered (`not-working`).
    public var source: String
}

public struct VoteStep: Sendable {
    public var name: String
    public var rule: VoteRule
    public var options: [Entity]
    public var source: String
}

public struct PlaceStep: Sendable {
    public var grid: GridInfo
    public var items: [Entity]
    public var source: String
}

/// A break between two stages (`break "Coffee" for 15m`), entered as a step
/// of the stage before it (`Step.pause`): the session waits there, with the
/// break's own clock, until `:next` starts the next stage. Its id is `break`
/// (`break@2` for a second break before the next stage): `break` is a
/// reserved word, so no step of the script has that id.
public struct BreakStep: Sendable {
    public var title: String
    /// Its length, in seconds.
    public var seconds: Int
    /// Which break after the stage it is, from 0.
    public var number: Int
    /// The stage `:next` starts after the break; nil after the last stage.
    public var nextStage: String?

    /// Whether an `entered` event's definition is a break's.
    public static func isBreak(_ definition: JSONValue) -> Bool {
        definition["kind"]?.stringValue == "break"
    }

    /// The step id of break `number` after a stage: `break`, `break@2` ….
    static func id(number: Int) -> String {
        number == 0 ? "break" : "break@\(number + 1)"
    }

    /// Which break after its stage a break's step id names: `break@2` → 1.
    static func number(ofID id: String) -> Int {
        id.split(separator: "@").dropFirst().first.flatMap { Int($0) }.map { $0 - 1 } ?? 0
    }

    /// What an `entered` event records of a break.
    var definition: JSONValue {
        .object([("kind", "break"), ("title", .string(title)), ("seconds", .int(seconds))])
    }
}

public struct ActionsStep: Sendable {
    public var plan: String
    public var ideas: [Entity]
    public var source: String
}
