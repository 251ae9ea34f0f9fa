/// The two branches of an `if` never both run, so each may make a collection,
/// vote or plan of the same name (`actions plans for …` in both): the
/// session makes it once, from whichever branch runs.
extension ProgramChecker {
    /// One `if` on the way to a statement: where the `if` starts, and which branch (0 then, 1 else).
    struct BranchStep: Equatable {
        var ifStart: Int
        var branch: Int
    }

    /// Checks the branches of an `if`, each knowing which branch it is.
    func checkBranches(of branch: IfStatement, at start: Int) {
        region.branches.append(BranchStep(ifStart: start, branch: 0))
        checkNestedBlock(branch.then)
        region.branches.removeLast()
        guard let otherwise = branch.otherwise else { return }
        region.branches.append(BranchStep(ifStart: start, branch: 1))
        checkNestedBlock(otherwise)
        region.branches.removeLast()
    }

    /// The workshop-wide symbol of this name made in the other branch of an
    /// `if` the current statement is in, when it is the same sort of thing.
    func madeInOtherBranch(_ name: String, role: SymbolEntry.Role) -> Int? {
        // Outside any `if` there is no other branch: skip the lookup.
        guard !region.branches.isEmpty, let existing = table.global(name), table.symbols[existing].role == role,
              let theirs = branchesOfSymbol[existing] else { return nil }
        return Self.areExclusive(theirs, region.branches) ? existing : nil
    }

    /// Whether statements in these branches never both run: where their
    /// paths first part, they are the two branches of one `if`.
    static func areExclusive(_ theirs: [BranchStep], _ ours: [BranchStep]) -> Bool {
        for (their, our) in zip(theirs, ours) where their != our {
            return their.ifStart == our.ifStart
        }
        return false
    }

    /// Remembers the branches a symbol was made in.
    func noteBranches(of symbol: Int?) {
        guard let symbol, !region.branches.isEmpty else { return }
        branchesOfSymbol[symbol] = region.branches
    }
}
