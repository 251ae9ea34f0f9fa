/// Every symbol declared in a program, and the workshop-wide names that reach
/// them, found through a `NameIndex` so checking stays linear in the script.
struct SymbolTable {
    /// Every symbol ever declared, globals and locals; indices stay valid.
    /// Fields are read and set in place (`table.symbols[i].isUsed = true`)
    /// so that no symbol is copied.
    var symbols: [SymbolEntry] = []
    /// Workshop-wide names: parameters, activities, grids, top-level `let`s,
    /// and the collections and `let`s of stages.
    private var globals = NameIndex()

    /// Adds a symbol without making it reachable by name (a local).
    mutating func add(_ symbol: SymbolEntry) -> Int {
        symbols.append(symbol)
        return symbols.count - 1
    }

    /// Adds a workshop-wide symbol. When the name is taken, returns the index
    /// of the symbol that has it and adds nothing.
    mutating func declareGlobal(_ symbol: SymbolEntry) -> (index: Int, existing: Int?) {
        let hash = NameHash.of(symbol.name)
        if let existing = globals.find(symbol.name, hash: hash, nameAt: { symbols[$0].name }) {
            return (existing, existing)
        }
        let index = add(symbol)
        globals.insert(hash: hash, index: index)
        return (index, nil)
    }

    /// The workshop-wide symbol named `name`, if any.
    ///
    /// `mutating` although it changes nothing, and never inlined: the checker
    /// keeps its table in a class, and a lookup made there (inlined, or
    /// through a non-mutating call) first copies out the buffers it reads,
    /// retaining and releasing each around every lookup. Here the table is
    /// reached in place, as an `inout`, which nothing else can change meanwhile.
    @inline(never)
    mutating func global(_ name: String) -> Int? {
        globals.find(name, hash: NameHash.of(name), nameAt: { symbols[$0].name })
    }

    /// Makes room for `symbols` symbols, `globals` of them workshop-wide.
    mutating func reserveCapacity(symbols: Int, globals: Int) {
        self.symbols.reserveCapacity(symbols)
        self.globals = NameIndex(expected: globals)
    }

    /// The workshop-wide symbols, for suggestions.
    var globalIndices: [Int] { globals.indices }
}
