import ConveneLanguage
import ConveneText

extension LanguageRepl {
    /// Keeps declarations typed at the prompt and says what became of each:
    /// defined, or kept with errors (a stage may name a grid defined later),
    /// with the problems the checker finds in it.
    func define(_ declarations: [Declaration], from source: SourceFile) -> String {
        var placements: [(ReplDefinitions.Placement, Declaration)] = []
        for declaration in declarations {
            placements.append((definitions.add(declaration, from: source), declaration))
        }
        let found = problems(in: checkDefinitions(), at: placements.map { ($0.0, $0.1.range.start) }, typed: source)
        let renderer = DiagnosticRenderer(sources: [source])
        var text = ""
        var kept = 0
        for ((placement, declaration), diagnostics) in zip(placements, found) {
            let errors = diagnostics.filter(\.isError).count
            if errors > 0 { kept += 1 }
            text += Self.outcome(of: declaration.kind, replaced: placement.replaced, errors: errors)
                + renderer.render(diagnostics)
        }
        return text + Self.keptNote(kept)
    }

    /// The first line said about a declaration just typed: that it was
    /// defined, or that it was kept with errors, which follow.
    static func outcome(of kind: DeclarationKind, replaced: Bool, errors: Int) -> String {
        guard errors > 0, let noun = noun(of: kind) else { return describeDefinition(kind, replaced: replaced) + "\n" }
        return "Kept \(noun)" + (replaced ? " in place of the earlier one" : "") + ", with \(Plural.count(errors, "error")):\n"
    }

    /// How to go on after declarations were kept with errors.
    static func keptNote(_ kept: Int) -> String {
        switch kept {
        case 0: ""
        case 1: "Type it again to replace it; :check lists every problem.\n"
        default: "Type each again to replace it; :check lists every problem.\n"
        }
    }

    /// Checks everything defined so far as one script.
    func checkDefinitions() -> CheckedProgram {
        let script = definitions.script
        let checked = ScriptChecker(loader: loader).check(Parser.parse(script))
        var program = checked
        program.diagnostics = checked.diagnostics.map(definitions.relocate)
        return program
    }

    /// The sources relocated diagnostics point into, with imports.
    func sources(of program: CheckedProgram) -> [SourceFile] {
        definitions.sources + program.imports.map(\.source)
    }

    /// The checker's findings inside each of the declarations just typed,
    /// moved onto the text as typed. A script being built at the prompt often
    /// has no workshop yet and collections not used yet: those are only
    /// reported by `:check`.
    func problems(
        in program: CheckedProgram, at placements: [(ReplDefinitions.Placement, Int)], typed source: SourceFile
    ) -> [[Diagnostic]] {
        var found: [[Diagnostic]] = placements.map { _ in [] }
        for diagnostic in program.diagnostics where !Self.deferredCodes.contains(diagnostic.code) {
            guard let index = placements.firstIndex(where: { placement, _ in
                placement.path == diagnostic.path && placement.range.start <= diagnostic.range.start
                    && diagnostic.range.start <= placement.range.end
            }) else { continue }
            let (placement, typedStart) = placements[index]
            var moved = diagnostic
            let shift = typedStart - placement.range.start
            moved.path = source.path
            moved.range = SourceRange(start: diagnostic.range.start + shift, end: diagnostic.range.end + shift)
            found[index].append(moved)
        }
        return found
    }

    /// Diagnostics left to `:check` while a script is being built up.
    static let deferredCodes: Set<DiagnosticCode> = [.missingWorkshop, .unusedCollection, .timeboxesOverrun]

    /// What a declaration defines, as a sentence names it: "stage `gather`".
    static func noun(of kind: DeclarationKind) -> String? {
        switch kind {
        case .workshop(let workshop): "the workshop “\(workshop.title.plainText ?? "…")”"
        case .stage(let stage): "stage `\(stage.name.name)`"
        case .activity(let activity): "activity `\(activity.name.name)`"
        case .grid(let grid): "grid `\(grid.name.name)`"
        case .letBinding(let binding): "`\(binding.name.name)`"
        case .importFile(let file): "the import of “\(file.path.plainText ?? "…")”"
        case .output(let output): "the output “\(output.path.plainText ?? "…")”"
        case .breakTime(let pause): "the break “\(pause.title.plainText ?? "…")”"
        case .day(let day): "the day “\(day.title.plainText ?? "…")”"
        case .invalid: nil
        }
    }

    static func describeDefinition(_ kind: DeclarationKind, replaced: Bool) -> String {
        let verb = replaced ? "Replaced" : "Defined"
        switch kind {
        case .workshop(let workshop):
            return "\(verb) the workshop “\(workshop.title.plainText ?? "…")”."
        case .stage(let stage):
            return "\(verb) stage `\(stage.name.name)`."
        case .activity(let activity):
            return "\(verb) activity `\(activity.name.name)`."
        case .grid(let grid):
            return "\(verb) grid `\(grid.name.name)`."
        case .letBinding(let binding):
            return "\(verb) `\(binding.name.name)`."
        case .importFile(let file):
            return "Imported “\(file.path.plainText ?? "…")”."
        case .output(let output):
            return "Added output “\(output.path.plainText ?? "…")”."
        case .breakTime(let pause):
            return "Added the break “\(pause.title.plainText ?? "…")”."
        case .day(let day):
            return "Added the day “\(day.title.plainText ?? "…")”."
        case .invalid:
            return "Nothing defined."
        }
    }
}
