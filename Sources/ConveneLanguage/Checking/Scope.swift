/// The names introduced inside blocks (`for` variables, `let`s in `for` and
/// `if` blocks, and an activity's own names), innermost first. Leaving a block
/// restores what its names hid, so each lookup is one dictionary access.
struct Scope {
    private var bindings: [String: Int] = [:]
    private var undo: [(name: String, previous: Int?)] = []
    private var marks: [Int] = []

    /// Starts a block.
    mutating func enter() { marks.append(undo.count) }

    /// Ends the innermost block, forgetting its names.
    mutating func leave() {
        let mark = marks.removeLast()
        while undo.count > mark {
            let entry = undo.removeLast()
            bindings[entry.name] = entry.previous
        }
    }

    /// Makes `name` refer to the symbol at `index` until the block ends.
    mutating func bind(_ name: String, to index: Int) {
        undo.append((name, bindings[name]))
        bindings[name] = index
    }

    /// The symbol `name` refers to in an open block.
    func lookup(_ name: String) -> Int? {
        // Most names are used outside any block: skip hashing them twice.
        bindings.isEmpty ? nil : bindings[name]
    }

    /// Every name in an open block, for suggestions.
    var names: Dictionary<String, Int>.Keys { bindings.keys }
}
