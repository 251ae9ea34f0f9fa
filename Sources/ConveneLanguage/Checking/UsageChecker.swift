/// Warns about collections nothing uses: answers collected, themes made or
/// votes counted that no later statement, interpolation or output refers to.
extension ProgramChecker {
    func reportUnusedCollections() {
        for symbol in table.symbols where symbol.isCollection && !symbol.isUsed {
            let what: String
            switch symbol.role {
            case .collection(.prompt): what = "collection"
            case .collection(.cluster): what = "theme collection"
            case .collection(.vote): what = "vote result"
            default: what = "action plan"
            }
            diagnostics.append(Diagnostic(
                .unusedCollection, "\(what) `\(symbol.name)` is never used",
                path: path(of: symbol), range: symbol.range,
                help: "use it later (vote on it, cluster it, place it, go through it with `for`, or `output` it), or remove it"))
        }
    }
}
