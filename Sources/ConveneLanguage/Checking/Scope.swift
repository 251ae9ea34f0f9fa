/// The names introduced inside blocks (`for` variables, `let`s in `for` and
/// `if` blocks, and an activity's own names), innermost first. Leaving a block
/// restores what its names hid, so each lookup is one probe of a `NameIndex`.
/// A name is bound to a symbol of that name, which the lookups compare with.
struct Scope {
    private var bindings = NameIndex()
    /// Each binding's name hash, symbol, and the symbol it hid, if any.
    private var undo: [(hash: UInt32, index: Int, previous: Int?)] = []
    private var marks: [Int] = []

    /// Starts a block.
    mutating func enter() { marks.append(undo.count) }

    /// Ends the innermost block, forgetting its names.
    mutating func leave() {
        let mark = marks.removeLast()
        while undo.count > mark {
            let entry = undo.removeLast()
            bindings.replace(hash: entry.hash, index: entry.index, with: entry.previous)
        }
    }

    /// Makes the name of `symbols[index]` refer to it until the block ends.
    mutating func bind(_ index: Int, in symbols: [SymbolEntry]) {
        let name = symbols[index].name
        let hash = NameHash.of(name)
        let previous = bindings.find(name, hash: hash, in: symbols)
        if let previous {
            bindings.replace(hash: hash, index: previous, with: index)
        } else {
            bindings.insert(hash: hash, index: index)
        }
        undo.append((hash, index, previous))
    }

    /// Whether no block binds any name, as for most uses of names.
    var isEmpty: Bool { bindings.isEmpty }

    /// The symbol `name` refers to in an open block.
    func lookup(_ name: String, in symbols: [SymbolEntry]) -> Int? {
        bindings.find(name, hash: NameHash.of(name), in: symbols)
    }

    /// The symbol of every name in an open block, for suggestions.
    var indices: [Int] { bindings.indices }
}
