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

    /// `stage/id`, unique in the session.
    public var key: String { stage + "/" + id }
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

public struct ActionsStep: Sendable {
    public var plan: String
    public var ideas: [Entity]
    public var source: String
}
