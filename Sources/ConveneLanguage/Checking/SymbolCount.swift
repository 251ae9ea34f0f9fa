/// How many symbols a program can declare at most, counted from its syntax
/// before checking, so the symbol table is allocated once. A table that
/// outgrows a guess doubles: every symbol is copied, and for that moment the
/// old and the new storage (three times the table) are held at once, which on
/// a large script is the peak of the whole check.
///
/// Each statement or declaration that can declare a name counts one; one that
/// turns out to declare nothing (a duplicate, an activity's name declared with
/// its body and again by its statement) only leaves a slot unused.
struct SymbolCount {
    /// Every symbol, locals included.
    private(set) var symbols = 0
    /// The workshop-wide names among them.
    private(set) var globals = 0

    init(files: [SyntaxFile]) {
        for file in files {
            for declaration in file.declarations { count(declaration) }
        }
    }

    private mutating func count(_ declaration: Declaration) {
        switch declaration.kind {
        case .workshop(let workshop):
            for item in workshop.items {
                if case .parameter = item.kind { countGlobal() }
            }
        case .stage(let stage):
            count(stage.body)
        case .activity(let activity):
            countGlobal()
            symbols += activity.parameters.count
            count(activity.body)
        case .grid, .letBinding, .invalid:
            countGlobal()
        case .importFile, .output, .breakTime, .day:
            break
        }
    }

    private mutating func count(_ block: Block) {
        for statement in block.statements {
            switch statement.kind {
            case .prompt, .cluster, .vote, .actions, .invalid:
                countGlobal()
            case .letBinding:
                symbols += 1
            case .forLoop(let loop):
                symbols += 1
                count(loop.body)
            case .ifElse(let branch):
                count(branch.then)
                if let otherwise = branch.otherwise { count(otherwise) }
            case .say, .place, .returnValue, .expression:
                break
            }
        }
    }

    private mutating func countGlobal() {
        symbols += 1
        globals += 1
    }
}
