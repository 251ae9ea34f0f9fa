/// Warns about collections nothing uses: answers collected, themes made or
/// votes counted that no later statement, interpolation or output refers to.
/// Only the file being checked is warned about: an imported library's own
/// are its author's to see, when checking the library itself, not every
/// importer's on every run.
extension ProgramChecker {
    func reportUnusedCollections() {
        let checkedPath = mainFile.source.path
        for index in table.symbols.indices where table.symbols[index].isCollection && !table.symbols[index].isUsed {
            let symbol = table.symbols[index]
            guard path(of: symbol) == checkedPath else { continue }
            let what: String
            switch symbol.role {
            case .collection(.prompt): what = "collection"
            case .collection(.cluster): what = "theme collection"
            case .collection(.vote): what = "vote result"
            default: what = "action plan"
            }
            // What an activity makes is its own: only the activity, or what it returns, can use it.
            let help = table.global(symbol.name) != index
                ? "use it later in the activity, or give it back with `return` for the stage that calls it, or remove it"
                : "use it later (vote on it, cluster it, place it, go through it with `for`, or `output` it), or remove it"
            diagnostics.append(Diagnostic(
                .unusedCollection, "\(what) `\(symbol.name)` is never used",
                path: path(of: symbol), range: symbol.range, help: help))
        }
    }
}
