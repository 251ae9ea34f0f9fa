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

    /// The tag a mistyped name most likely meant, comparing it with whole
    /// names and with name starts of about the same length (`famly` → `family-carer`).
    public static func closest(to typed: String, in tags: [TagInfo]) -> TagInfo? {
        var candidates: [(text: String, tag: TagInfo)] = []
        for tag in tags {
            candidates.append((tag.name, tag))
            for length in [typed.count - 1, typed.count, typed.count + 1] where length > 1 && length < tag.name.count {
                candidates.append((String(tag.name.prefix(length)), tag))
            }
        }
        guard let best = Suggestions.closest(to: typed, in: candidates.map(\.text)) else { return nil }
        return candidates.first { $0.text == best }?.tag
    }

    /// `roles`, `perspectives`, `lenses`.
    public static func plural(_ kind: TagKind) -> String {
        kind == .lens ? "lenses" : kind.rawValue + "s"
    }
}
