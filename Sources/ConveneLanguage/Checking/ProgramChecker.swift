/// Checks a main file together with the files it imports: names, kinds,
/// workshop rules, votes, grids and outputs. Its parts live in extensions,
/// one concern per file; this file holds the shared state and the order in
/// which the parts run.
final class ProgramChecker {
    /// The state that belongs to the body being checked.
    struct Region {
        var scope = Scope()
        var place: Place = .beforeStages(order: 0)
        /// The file the code being checked is in.
        var path: String
        /// How deep inside `for` and `if` blocks the current statement is.
        var blockDepth = 0
        /// The names an activity's statements create, declared before its
        /// body is checked, by the offset of the creating name, so each
        /// statement finds its own.
        var created: [Int: Int] = [:]
        /// The kinds the current activity returns.
        var returnKinds: [ValueKind] = []
        /// The `if` branches the statement being checked is in, outermost first.
        var branches: [BranchStep] = []
    }

    /// What is known about an activity.
    struct ActivityInfo {
        var declaration: ActivityDeclaration
        var path: String
        /// The activity's symbol, marked used when it is called.
        var symbol: Int
        /// Whether its body is checked, so that calls know what it gives back
        /// (not yet, for a call that leads back to itself).
        var isChecked = false
        /// The kind of each parameter: its default's kind, or unknown.
        var parameterKinds: [ValueKind] = []
        /// What a call gives back; nil when the activity has no `return`.
        var returnKind: ValueKind?
        /// Prompts in a library's activity tagged by a kind of tag this
        /// workshop does not declare: an error where the activity is called.
        var untaggablePrompts: [UntaggablePrompt] = []
    }

    /// A prompt tagged `by KIND` in a library, and where it is.
    struct UntaggablePrompt {
        var kind: TagKind
        var path: String
        var range: SourceRange
    }

    /// A call from one activity's body to another activity.
    struct CallEdge {
        var caller: String
        var callee: String
        var path: String
        var range: SourceRange
    }

    let mainFile: SyntaxFile
    let importedFiles: [SyntaxFile]
    let sources: [String: SourceFile]
    /// The path of each file symbols are declared in (`SymbolEntry.file`).
    private(set) var filePaths: [String] = []
    /// The last file looked up in `filePaths`: symbols are declared file by file.
    private var lastFile: (path: String, index: Int32)?
    /// The names of the stages checked so far, in running order (a symbol's
    /// availability holds its stage's index).
    var stageOrder: [String] = []
    /// False when the files had syntax errors: a statement lost to one would
    /// make a collection look unused.
    let warnsAboutUnused: Bool

    var diagnostics: [Diagnostic] = []
    /// Imports that could not be read, by importing file: an unknown name may be declared in one.
    var unimported: [String: [String]] = [:]
    var table = SymbolTable()
    var region: Region
    /// Known values of symbols, by symbol index.
    var constants: [Int: ConstantValue] = [:]
    /// The symbols in `constants` whose value is the same whatever the
    /// facilitator sets with `--param`: not a parameter (which holds its
    /// default there), nor a `let` worked out from one.
    var parameterFreeConstants: Set<Int> = []

    var workshop: WorkshopDeclaration?
    var firstWorkshopRange = SourceRange.point(0)
    var workshopInfo: WorkshopInfo?
    var parameterInfos: [ParameterInfo] = []
    /// The workshop's duration in seconds (when known) and where it is written.
    var workshopDuration: (seconds: Int?, range: SourceRange)?
    /// Declared roles, perspectives and lenses, by name.
    var tags: [String: TagDeclaration] = [:]
    /// Tag names of each kind, in declaration order.
    var tagNames: [TagKind: [String]] = [:]
    var stageNames: [String: SourceRange] = [:]
    /// The first `let` of each name made directly in a stage, which ends with
    /// its stage: to explain a use of it after that stage. Gathered only when
    /// a name is not found, so a script without mistakes never pays for it.
    lazy var stageLets = collectStageLets()
    /// Every activity, in declaration order, and where each is by name.
    var activities: [ActivityInfo] = []
    var activityIndex: [String: Int] = [:]
    var gridDeclarations: [(declaration: GridDeclaration, path: String)] = []
    /// Quadrant names of each grid, as declared, for member typing.
    var quadrantNames: [String: [String]] = [:]
    var grids: [String: GridInfo] = [:]
    /// Top-level `let`s in evaluation order, with their symbols.
    var globalLets: [(statement: LetStatement, path: String, symbol: Int?)] = []
    var calls: [CallEdge] = []
    /// The `if` branches each workshop-wide symbol made inside one was made in.
    var branchesOfSymbol: [Int: [BranchStep]] = [:]
    var agenda: [AgendaEntry] = []
    /// Names not found where they were used; reported at the end, when it is
    /// known whether a later stage creates them.
    var pendingNames: [PendingName] = []
    /// Made once `self` exists (its closures refer to it), then used in
    /// place: a `lazy` property would copy it out and back for every vote.
    var voteRuleChecker: VoteRuleChecker!

    init(main: SyntaxFile, imports: [SyntaxFile], warnsAboutUnused: Bool) {
        mainFile = main
        importedFiles = imports
        var sources: [String: SourceFile] = [main.source.path: main.source]
        for file in imports { sources[file.source.path] = file.source }
        self.sources = sources
        self.warnsAboutUnused = warnsAboutUnused
        region = Region(path: main.source.path)
        // Growing the tables as they fill would copy every symbol and rehash
        // every name several times.
        let count = SymbolCount(files: imports + [main])
        table.reserveCapacity(symbols: count.symbols, globals: count.globals)
        voteRuleChecker = makeVoteRuleChecker()
    }

    /// Runs every check, in the order values become known.
    func run() -> CheckedProgram {
        for file in importedFiles { declareTopLevel(of: file, isMain: false) }
        declareTopLevel(of: mainFile, isMain: true)
        checkParameters()
        checkGlobalLets()
        checkWorkshopSettings()
        checkGrids()
        for index in activityCheckingOrder() { checkActivity(index) }
        checkAgenda()
        let outputs = checkOutputs()
        reportPendingNames()
        reportRecursion()
        if warnsAboutUnused { reportUnusedCollections() }
        var declarations: [String: ActivityDeclaration] = [:]
        for activity in activities { declarations[activity.declaration.name.name] = activity.declaration }
        return CheckedProgram(
            main: mainFile, imports: importedFiles, workshop: workshopInfo, agenda: agenda, activities: declarations,
            grids: grids, globals: globalLets.map(\.statement), outputs: outputs, diagnostics: diagnostics)
    }

    /// The index in `filePaths` of a file's path.
    func fileIndex(of path: String) -> Int32 {
        if let lastFile, lastFile.path == path { return lastFile.index }
        let index = filePaths.firstIndex(of: path) ?? filePaths.count
        if index == filePaths.count { filePaths.append(path) }
        lastFile = (path, Int32(index))
        return Int32(index)
    }

    /// The path of the file a symbol is declared in.
    func path(of symbol: SymbolEntry) -> String { filePaths[Int(symbol.file)] }

    /// The name of the stage that makes a workshop-wide symbol (a collection,
    /// vote or plan of a stage), for messages.
    func stageName(of symbol: SymbolEntry) -> String {
        guard case .created(let stage, _) = symbol.availability, stage < stageOrder.count else { return "?" }
        return stageOrder[stage]
    }

    // MARK: - Reporting

    /// Reports a diagnostic in the file being checked.
    func report(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, notes: [String] = [], help: String? = nil
    ) {
        diagnostics.append(Diagnostic(code, message, path: region.path, range: range, notes: notes, help: help))
    }

    /// "line 12", or "lib/warm-ups.convene:12" when the place is in another file.
    func site(_ range: SourceRange, in path: String) -> String {
        let line = sources[path]?.location(of: range.start).line ?? 0
        return path == region.path ? "line \(line)" : "\(path):\(line)"
    }

    /// Reports a name declared where another symbol already has it.
    func reportDuplicate(_ name: Identifier, first: SymbolEntry) {
        report(
            .duplicateName, "`\(name.name)` is already defined", at: name.range,
            notes: ["`\(name.name)` was first defined as \(first.roleDescription) at \(site(first.range, in: path(of: first)))"],
            help: "rename one of them")
    }

    /// The source text of a short name or member chain (`priorities.kept`), to
    /// name it in a message; nil for anything longer.
    func quoted(_ expression: Expression) -> String? {
        switch expression.kind {
        case .name, .member:
            guard let text = sources[region.path]?.text(in: expression.range),
                text.utf8.count <= 40, !text.utf8.contains(UInt8(ascii: "\n"))
            else { return nil }
            return "`\(text)`"
        default:
            return nil
        }
    }

    /// "`people` is a number" or "this is a number".
    func sentence(_ expression: Expression, is kind: ValueKind) -> String {
        "\(quoted(expression) ?? "this") is \(kind.description)"
    }

    /// The quadrants of a grid, for member typing.
    func quadrants(of grid: String) -> [String] { quadrantNames[grid] ?? [] }
}
