/// The first line of every journal: what was run, with what, and how to
/// tell whether the script has changed since.
public struct JournalHeader: Sendable, Equatable {
    public static let format = "convene-journal"
    /// Bumped whenever an event's meaning or shape changes.
    public static let currentVersion = 1

    public var version: Int
    /// The script as given on the command line.
    public var scriptPath: String
    /// SHA-256 of the script's bytes, hex.
    public var scriptSHA256: String
    /// The workshop's title when the session started.
    public var title: String
    /// The seed for random tie-breaks.
    public var seed: UInt64
    /// Parameters as the facilitator set them, by name (`--param focus=carers`).
    public var parameters: [ParameterSetting]
    /// The local time zone's offset when the session started, for the transcript.
    public var utcOffsetMinutes: Int
    /// When the session started.
    public var started: Timestamp

    public init(
        version: Int = JournalHeader.currentVersion, scriptPath: String, scriptSHA256: String, title: String,
        seed: UInt64, parameters: [ParameterSetting], utcOffsetMinutes: Int, started: Timestamp
    ) {
        self.version = version
        self.scriptPath = scriptPath
        self.scriptSHA256 = scriptSHA256
        self.title = title
        self.seed = seed
        self.parameters = parameters
        self.utcOffsetMinutes = utcOffsetMinutes
        self.started = started
    }
}

/// A parameter's value as typed (`focus=carers`).
public struct ParameterSetting: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// One line of the journal after the header.
public struct JournalRecord: Sendable, Equatable {
    /// 1, 2, 3 … in the order written.
    public var sequence: Int
    /// The facilitator's action this event belongs to; `:undo` takes back a
    /// whole action. 0 for events that cannot be undone (pause, resume).
    public var action: Int
    public var time: Timestamp
    public var event: JournalEvent

    public init(sequence: Int, action: Int, time: Timestamp, event: JournalEvent) {
        self.sequence = sequence
        self.action = action
        self.time = time
        self.event = event
    }
}

/// The value of a loop variable when an item was entered inside a `for`
/// loop: what it showed as, and the id of the theme or item it was.
public struct LoopBinding: Sendable, Equatable {
    public var variable: String
    public var text: String
    /// `t3`, `i12` …, when the value was a theme or an item.
    public var reference: String?

    public init(variable: String, text: String, reference: String?) {
        self.variable = variable
        self.text = text
        self.reference = reference
    }
}

/// A ballot's marks with options named by their ids (`t3`, `i12`).
public enum OptionMarks: Sendable, Equatable {
    /// Dots or scores per option, in the order typed.
    case points([OptionCount])
    case approvals([String])
    /// Best first.
    case ranking([String])
    case choice(String)
}

/// An option and a number: dots, a score, or a room count.
public struct OptionCount: Sendable, Equatable {
    public var option: String
    public var count: Int
    public init(option: String, count: Int) {
        self.option = option
        self.count = count
    }
}

/// One option of a vote as it was counted.
public struct CountedOption: Sendable, Equatable {
    public var id: String
    public var label: String
    public var score: Double
    public var kept: Bool
    public init(id: String, label: String, score: Double, kept: Bool) {
        self.id = id
        self.label = label
        self.score = score
        self.kept = kept
    }
}

/// What happened, one event per line.
public enum JournalEvent: Sendable, Equatable {
    /// The session moved to a step. `definition` is what the step asked,
    /// kept so a resume can tell whether the script changed under it.
    case entered(stage: String, index: Int, step: String, definition: JSONValue)
    case itemAdded(id: String, collection: String, stage: String, step: String, text: String, tag: String?, loop: [LoopBinding])
    case itemEdited(id: String, text: String, tag: String?)
    /// An item, theme, ballot or note taken away.
    case removed(id: String)
    /// A theme in the theme collection `themes`.
    case themeCreated(id: String, name: String, themes: String)
    case themeRenamed(id: String, name: String)
    case itemsMoved(items: [String], theme: String)
    case themesMerged(from: String, into: String)
    case ballotCast(id: String, vote: String, voter: String?, marks: OptionMarks)
    case tallyRecorded(vote: String, counts: [OptionCount])
    /// The facilitator's order for options that tied.
    case tiesOrdered(vote: String, order: [String])
    /// The result as counted when the vote was closed, ranked best first.
    case voteCounted(vote: String, options: [CountedOption], ballots: Int, note: String?)
    /// A counted vote open again, to be counted at its step: a change to its
    /// options left a count only the facilitator can settle (a tie at the keep line).
    case voteReopened(vote: String, reason: String)
    case placed(grid: String, item: String, x: Int, y: Int, how: String)
    case actionSet(plan: String, idea: String, owner: String?, firstStep: String?, due: String?)
    case noted(id: String, text: String)
    case paused(reason: String?)
    case resumed
    /// Takes back every event of an earlier action.
    case undone(action: Int)
    case finished
    /// The script was edited between runs; the session went on with the new one.
    case scriptChanged(sha256: String, changes: [String])
}
