/// A value while a script runs. Things the room made (items, themes, vote
/// results, grid quadrants) are references into the session's state, so a
/// value always shows what the room has now, not when it was computed.
public enum Value: Sendable, Equatable {
    case number(Double)
    /// A duration in seconds.
    case duration(Int)
    case text(String)
    case bool(Bool)
    case list([Value])
    /// An item, by id (`i12`).
    case item(String)
    /// A theme, by id (`t3`).
    case theme(String)
    /// The items a prompt collected, by collection name.
    case collection(String)
    /// The themes a `cluster` made, by theme-collection name.
    case themes(String)
    /// A vote's result, by the vote's step key (`choose/priorities`).
    case result(String)
    case grid(String)
    case quadrant(grid: String, name: String)
    /// An action plan, by name.
    case plan(String)
    case activity(String)
    /// What an activity without `return` gives back.
    case nothing

    /// What the value is called in an error message ("a number", "a theme").
    public var kindDescription: String {
        switch self {
        case .number: "a number"
        case .duration: "a duration"
        case .text: "text"
        case .bool: "true or false"
        case .list: "a list"
        case .item: "an item"
        case .theme: "a theme"
        case .collection: "a collection of items"
        case .themes: "a collection of themes"
        case .result: "a vote result"
        case .grid: "a grid"
        case .quadrant: "a grid quadrant"
        case .plan: "an action plan"
        case .activity: "an activity"
        case .nothing: "nothing"
        }
    }

    /// The id of the item or theme this value is, if it is one.
    public var entityID: String? {
        switch self {
        case .item(let id), .theme(let id): id
        default: nil
        }
    }
}

/// Formatting of plain values as people read them.
public enum ValueFormat {
    /// `3`, `2.5`.
    public static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `1h30m`, `45m`, `2d`, `0m`.
    public static func duration(_ seconds: Int) -> String {
        if seconds == 0 { return "0m" }
        var rest = abs(seconds)
        var text = seconds < 0 ? "-" : ""
        for (unit, size) in [("w", 604_800), ("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }
}
