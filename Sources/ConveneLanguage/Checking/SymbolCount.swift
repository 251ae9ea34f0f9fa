/// How many symbols a program can declare at most, so the symbol table is
/// allocated once. A table that outgrows a guess doubles: every symbol is
/// copied, and for that moment the old and the new storage (three times the
/// table) are held at once, which on a large script is the peak of the whole
/// check.
///
/// The parser counts as it goes (`SyntaxFile.symbolCount`), each statement
/// and declaration as it is made, while it is still in the cache; a tree
/// made otherwise is walked. Each statement or declaration that can declare a
/// name counts one; one that turns out to declare nothing (a duplicate, an
/// activity's name declared with its body and again by its statement) only
/// leaves a slot unused.
struct SymbolCount: Sendable {
    /// Every symbol, locals included.
    private(set) var symbols = 0
    /// The workshop-wide names among them.
    private(set) var globals = 0

    init() {}

    /// The count for a set of files, from the parser's where it has one.
    init(files: [SyntaxFile]) {
        for file in files {
            if let counted = file.symbolCount {
                symbols += counted.symbols
                globals += counted.globals
            } else {
                for declaration in file.declarations { note(declaration, walkingBodies: true) }
            }
        }
    }

    /// Counts what a declaration declares itself; the statements of its body
    /// only when `walkingBodies` (the parser notes each as it parses it).
    mutating func note(_ declaration: Declaration, walkingBodies: Bool = false) {
        switch declaration.kind {
        case .workshop(let workshop):
            for item in workshop.items {
                if case .parameter = item.kind { countGlobal() }
            }
        case .stage(let stage):
            if walkingBodies { walk(stage.body) }
        case .activity(let activity):
            countGlobal()
            symbols += activity.parameters.count
            if walkingBodies { walk(activity.body) }
        case .grid, .letBinding, .invalid:
            countGlobal()
        case .importFile, .output, .breakTime, .day:
            break
        }
    }

    /// Counts what a statement declares itself, not the statements of its blocks.
    mutating func note(_ statement: Statement) {
        // Cases only, no payloads: matching them copies nothing.
        switch statement.kind {
        case .prompt, .cluster, .vote, .actions, .invalid:
            countGlobal()
        case .letBinding, .forLoop:
            symbols += 1
        case .ifElse, .say, .place, .returnValue, .expression:
            break
        }
    }

    private mutating func walk(_ block: Block) {
        for statement in block.statements {
            note(statement)
            switch statement.kind {
            case .forLoop(let loop):
                walk(loop.body)
            case .ifElse(let branch):
                walk(branch.then)
                if let otherwise = branch.otherwise { walk(otherwise) }
            default:
                break
            }
        }
    }

    private mutating func countGlobal() {
        symbols += 1
        globals += 1
    }
}
