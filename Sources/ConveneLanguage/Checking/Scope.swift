/// The names introduced inside blocks (`for` variables, `let`s in `for` and
/// `if` blocks, and an activity's own names), innermost first. Leaving a block
/// restores what its names hid, so each lookup is one probe of a `NameIndex`.
struct Scope {
    /// One name bound in an open block.
    private struct Binding {
        var name: String
        var hash: UInt32
        var symbol: Int
        /// The binding of the same name it hides, by position in `bindings`.
        var hidden: Int?
    }

    /// Every binding of the open blocks, innermost last.
    private var bindings: [Binding] = []
    /// The visible binding of each name, by position in `bindings`.
    private var index = NameIndex()
    /// Where each open block's bindings start.
    private var marks: [Int] = []

    /// Whether no block binds any name, as for most uses of names.
    var isEmpty: Bool { bindings.isEmpty }

    /// Starts a block.
    mutating func enter() { marks.append(bindings.count) }

    /// Ends the innermost block, forgetting its names.
    mutating func leave() {
        let mark = marks.removeLast()
        while bindings.count > mark {
            let binding = bindings.removeLast()
            index.replace(hash: binding.hash, index: bindings.count, with: binding.hidden)
        }
    }

    /// Makes `name` refer to the symbol at `symbol` until the block ends.
    mutating func bind(_ name: String, to symbol: Int) {
        let hash = NameHash.of(name)
        let position = bindings.count
        let hidden = index.find(name, hash: hash, nameAt: { bindings[$0].name })
        if let hidden {
            index.replace(hash: hash, index: hidden, with: position)
        } else {
            index.insert(hash: hash, index: position)
        }
        bindings.append(Binding(name: name, hash: hash, symbol: symbol, hidden: hidden))
    }

    /// The symbol `name` refers to in an open block. `mutating` and never
    /// inlined for the reason `SymbolTable.global` is.
    @inline(never)
    mutating func lookup(_ name: String) -> Int? {
        index.find(name, hash: NameHash.of(name), nameAt: { bindings[$0].name }).map { bindings[$0].symbol }
    }

    /// The symbol of every visible name, for suggestions.
    var symbols: [Int] { index.indices.map { bindings[$0].symbol } }
}
