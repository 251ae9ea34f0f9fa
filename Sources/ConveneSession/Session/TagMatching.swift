import ConveneLanguage

/// How a typed tag (`fam:`) is matched to a declared role, perspective or
/// lens: its name or label in any case, or the start of its name.
public enum TagMatching {
    /// The full name or label, ignoring case.
    public static func isExactly(_ typed: String, _ tag: TagInfo) -> Bool {
        let lowered = typed.lowercased()
        return tag.name.lowercased() == lowered || tag.label.lowercased() == lowered
    }

    /// The full name or label, or the start of the name.
    public static func matches(_ typed: String, _ tag: TagInfo) -> Bool {
        isExactly(typed, tag) || (!typed.isEmpty && tag.name.lowercased().hasPrefix(typed.lowercased()))
    }

    /// The tags a name that is none of them was likely meant for, by name
    /// or label: `famly` → `family-carer`, `Carers` → the one labelled “Family carers”.
    public static func likely(_ typed: String, in tags: [TagInfo]) -> [TagInfo] {
        NameMatching.likely(typed, in: tags) { [$0.name, $0.label] }
    }

    /// `roles`, `perspectives`, `lenses`.
    public static func plural(_ kind: TagKind) -> String {
        kind == .lens ? "lenses" : kind.rawValue + "s"
    }
}
