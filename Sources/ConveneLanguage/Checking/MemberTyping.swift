/// What `value.name` gives, per the members table in Documentation/Language.md.
enum Member: Equatable {
    /// A plain value such as `themes.count`.
    case value(ValueKind)
    /// A member that must be called, such as `priorities.top(3)`: it takes
    /// one number and gives the kind shown.
    case method(returns: ValueKind)
}

extension ValueKind {
    /// The member `name` of a value of this kind, or nil when it has none.
    /// `quadrants` lists a grid's quadrant names.
    func member(_ name: String, quadrants: (String) -> [String]) -> Member? {
        switch self {
        case .grid(let grid):
            if name == "items" { return .value(.list(.item)) }
            return quadrants(grid).contains(name) ? .value(.quadrant) : nil
        case .result(let options):
            return name == "top" ? .method(returns: .list(options)) : fixedMember(name).map(Member.value)
        default:
            return fixedMember(name).map(Member.value)
        }
    }

    /// Every member name, for "did you mean" and for listing what exists.
    func memberNames(quadrants: (String) -> [String]) -> [String] {
        switch self {
        case .grid(let grid): quadrants(grid) + ["items"]
        default: fixedMemberNames
        }
    }

    /// The members that do not depend on a grid's quadrants or on `top(n)`,
    /// as a switch so that typing a member allocates nothing.
    private func fixedMember(_ name: String) -> ValueKind? {
        switch (self, name) {
        case (.collection, "items"), (.theme, "items"), (.quadrant, "items"), (.actionPlan, "items"): .list(.item)
        case (.themes, "items"): .list(.theme)
        case (.collection, "count"), (.themes, "count"), (.theme, "count"), (.result, "count"),
            (.quadrant, "count"), (.actionPlan, "count"), (.list, "count"), (.text, "count"):
            .number
        case (.collection, "text"), (.item, "text"), (.item, "id"), (.theme, "name"), (.theme, "text"), (.theme, "id"),
            (.quadrant, "name"),
            (.text, "upper"), (.text, "lower"):
            .text
        case (.item, "tag"): .tag
        case (.item, "theme"): .theme
        case (.result(let options), "kept"), (.result(let options), "ranking"): .list(options)
        case (.result(let options), "winner"): options
        case (.list(let element), "first"), (.list(let element), "last"): element
        default: nil
        }
    }

    private var fixedMemberNames: [String] {
        switch self {
        case .collection: ["items", "count", "text"]
        case .themes: ["items", "count"]
        case .theme: ["name", "text", "id", "items", "count"]
        case .item: ["text", "id", "tag", "theme"]
        case .result: ["kept", "ranking", "winner", "top", "count"]
        case .quadrant: ["items", "count", "name"]
        case .actionPlan: ["items", "count"]
        case .list: ["count", "first", "last"]
        case .text: ["count", "upper", "lower"]
        case .number, .duration, .bool, .grid, .tag, .activity, .unknown: []
        }
    }
}
