/// What kind of value an expression has, as far as the checker can tell
/// without running the script.
public indirect enum ValueKind: Sendable, Hashable {
    case text
    case number
    case duration
    case bool
    /// `[a, b]`, `priorities.kept`: a list of values of one kind.
    case list(ValueKind)
    /// One answer collected by a prompt.
    case item
    /// One group of items made by clustering.
    case theme
    /// The items a prompt collects.
    case collection
    /// The themes a `cluster` makes.
    case themes
    /// A vote's outcome; the options it ranks are of the kind given.
    case result(ValueKind)
    /// A grid, by name, so its quadrants can be looked up.
    case grid(String)
    /// A named quarter of a grid, holding the items placed there.
    case quadrant
    /// The owners, first steps and dates an `actions` statement records.
    case actionPlan
    /// A role, perspective or lens an item was tagged with.
    case tag
    /// A reusable block of statements.
    case activity
    /// Not known before the script runs (an activity parameter, say), or
    /// already reported as wrong: never the cause of a further diagnostic.
    case unknown

    /// How the kind reads in a sentence: "`people` is \(description), not a collection".
    public var description: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .duration: "a duration"
        case .bool: "true or false"
        case .list(let element): element == .unknown ? "a list" : "a list of \(element.pluralName)"
        case .item: "an item"
        case .theme: "a theme"
        case .collection: "a collection of items"
        case .themes: "a collection of themes"
        case .result: "a vote result"
        case .grid: "a grid"
        case .quadrant: "a quadrant"
        case .actionPlan: "an action plan"
        case .tag: "a tag"
        case .activity: "an activity"
        case .unknown: "a value"
        }
    }

    /// The kind named in the plural, for "a list of themes".
    var pluralName: String {
        switch self {
        case .text: "texts"
        case .number: "numbers"
        case .duration: "durations"
        case .bool: "true/false values"
        case .list: "lists"
        case .item: "items"
        case .theme: "themes"
        case .collection, .themes: "collections"
        case .result: "vote results"
        case .grid: "grids"
        case .quadrant: "quadrants"
        case .actionPlan: "action plans"
        case .tag: "tags"
        case .activity: "activities"
        case .unknown: "values"
        }
    }

    /// The kind of each element when the value is gone through one by one
    /// (`for`, `vote on`, `cluster`, `place`, `actions for`), or nil when it
    /// is not a collection of anything.
    public var elementKind: ValueKind? {
        switch self {
        case .list(let element): element
        case .collection, .theme, .quadrant, .actionPlan: .item
        case .themes: .theme
        case .result(let options): options
        case .unknown: .unknown
        case .text, .number, .duration, .bool, .item, .grid, .tag, .activity: nil
        }
    }

    /// Whether the value can be gone through one by one.
    public var isCollection: Bool { elementKind != nil }

    /// The kind both sides share when they may stand for the same thing,
    /// `unknown` absorbing anything; nil when they cannot.
    func unified(with other: ValueKind) -> ValueKind? {
        switch (self, other) {
        case (.unknown, _): return other
        case (_, .unknown): return self
        case (.list(let a), .list(let b)): return a.unified(with: b).map { .list($0) }
        case (.result(let a), .result(let b)): return a.unified(with: b).map { .result($0) }
        case (.grid(let a), .grid(let b)): return a == b ? self : .unknown
        default: return self == other ? self : nil
        }
    }

    /// Whether the kind is one a workshop parameter may have.
    var parameterType: ParameterType? {
        switch self {
        case .text: .text
        case .number: .number
        case .duration: .duration
        case .bool: .bool
        default: nil
        }
    }

    init(_ type: ParameterType) {
        switch type {
        case .text: self = .text
        case .number: self = .number
        case .duration: self = .duration
        case .bool: self = .bool
        }
    }
}
