/// Every symbol declared in a program, and the names that reach them. Names
/// are looked up in dictionaries so checking stays linear in the script.
struct SymbolTable {
    /// Every symbol ever declared, globals and locals; indices stay valid.
    /// Fields are read and set in place (`table.symbols[i].isUsed = true`)
    /// so that no symbol is copied.
    var symbols: [SymbolEntry] = []
    /// Workshop-wide names: parameters, activities, grids, top-level `let`s,
    /// and the collections and `let`s of stages.
    private(set) var globals: [String: Int] = [:]

    /// Adds a symbol without making it reachable by name (a local).
    mutating func add(_ symbol: SymbolEntry) -> Int {
        symbols.append(symbol)
        return symbols.count - 1
    }

    /// Adds a workshop-wide symbol. When the name is taken, returns the index
    /// of the symbol that has it and adds nothing.
    mutating func declareGlobal(_ symbol: SymbolEntry) -> (index: Int, existing: Int?) {
        if let existing = globals[symbol.name] { return (existing, existing) }
        let index = add(symbol)
        globals[symbol.name] = index
        return (index, nil)
    }

    func global(_ name: String) -> Int? { globals[name] }

    /// Makes room for `symbols` symbols, `globals` of them workshop-wide.
    mutating func reserveCapacity(symbols: Int, globals: Int) {
        self.symbols.reserveCapacity(symbols)
        self.globals.reserveCapacity(globals)
    }

    /// The workshop-wide names, for suggestions.
    var globalNames: Dictionary<String, Int>.Keys { globals.keys }
}
