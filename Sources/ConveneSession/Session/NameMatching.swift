import ConveneLanguage
import ConveneText

/// What a name typed at the session (a stage, a theme) stands for.
enum NameMatch<Value> {
    /// The one thing it names: by a whole name, whatever the case, or as the
    /// start of no other name.
    case found(Value)
    /// The start of more than one name: these, in order.
    case ambiguous([Value])
    /// It names nothing; what it was most likely meant for, if anything.
    case unknown(likely: [Value])
}

/// Finds what a typed name stands for among things with names, so that
/// `:goto sort-w` reaches the one stage starting so, and a name that reaches
/// nothing gets "did you mean …?" with the names it was likely meant for.
enum NameMatching {
    /// What `typed` names among `values`, each known by `names` (its name,
    /// and its label if it has one), case and accents aside (`cafe` is
    /// “Café culture”).
    static func match<Value>(_ typed: String, in values: [Value], names: (Value) -> [String]) -> NameMatch<Value> {
        let lowered = TextFolding.folded(typed)
        if let exact = values.first(where: { names($0).contains { TextFolding.folded($0) == lowered } }) {
            return .found(exact)
        }
        let starting = lowered.isEmpty ? [] : values.filter { names($0).contains { TextFolding.folded($0).hasPrefix(lowered) } }
        if starting.count == 1 { return .found(starting[0]) }
        if starting.count > 1 { return .ambiguous(starting) }
        return .unknown(likely: likely(typed, in: values, names: names))
    }

    /// What a name that names nothing was likely meant for: the things whose
    /// names hold it (`working` → `sort-working`, `sort-not-working`), else
    /// the one whose name, a word of it or its start of about that length is
    /// closest in spelling (`Carers` → the role labelled “Family carers”).
    static func likely<Value>(_ typed: String, in values: [Value], names: (Value) -> [String]) -> [Value] {
        let lowered = TextFolding.folded(typed)
        if lowered.count >= 3 {
            let holding = values.filter { names($0).contains { TextFolding.folded($0).contains(lowered) } }
            if !holding.isEmpty { return holding }
        }
        var spellings: [(text: String, value: Value)] = []
        for value in values {
            for name in names(value) {
                spellings.append((name, value))
                let words = name.split { !$0.isLetter && !$0.isNumber }
                if words.count > 1, typed.count >= 3 { spellings += words.map { (String($0), value) } }
                for length in [typed.count - 1, typed.count, typed.count + 1] where length > 1 && length < name.count {
                    spellings.append((String(name.prefix(length)), value))
                }
            }
        }
        // A word spelt exactly as typed is the likeliest; `Suggestions` passes over the name typed itself.
        if let same = spellings.first(where: { TextFolding.folded($0.text) == lowered }) { return [same.value] }
        guard let best = Suggestions.closest(to: typed, in: spellings.map(\.text)) else { return [] }
        return spellings.first { $0.text == best }.map { [$0.value] } ?? []
    }

    /// "did you mean `a`?", "did you mean `a`, `b` or `c`?", for names already quoted.
    static func didYouMean(_ quoted: [String]) -> String {
        let list = quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1] : quoted.first ?? ""
        return "did you mean \(list)?"
    }
}
