import ConveneLanguage

extension LanguageRepl {
    /// Keeps declarations typed at the prompt and says what was defined,
    /// with any problem the checker finds in them.
    func define(_ declarations: [Declaration], from source: SourceFile) -> String {
        var placements: [(ReplDefinitions.Placement, Declaration)] = []
        for declaration in declarations {
            placements.append((definitions.add(declaration, from: source), declaration))
        }
        let program = checkDefinitions()
        var text = ""
        for (placement, declaration) in placements {
            text += Self.describeDefinition(declaration.kind, replaced: placement.replaced) + "\n"
        }
        return text + Self.withKeptNote(problems(in: program, at: placements.map { ($0.0, $0.1.range.start) }, typed: source))
    }

    /// Definitions with errors are kept (a stage may name a grid defined
    /// later); the problems are followed by a word on how to fix them.
    static func withKeptNote(_ problems: String) -> String {
        guard problems.contains(": error: ") else { return problems }
        return problems + "Kept as typed; type it again to replace it (:check lists every problem).\n"
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

    /// The checker's findings inside the declarations just typed, shown
    /// against the text as typed. A script being built at the prompt often
    /// has no workshop yet and collections not used yet: those are only
    /// reported by `:check`.
    func problems(
        in program: CheckedProgram, at placements: [(ReplDefinitions.Placement, Int)], typed source: SourceFile
    ) -> String {
        var found: [Diagnostic] = []
        for diagnostic in program.diagnostics where !Self.deferredCodes.contains(diagnostic.code) {
            guard let (placement, typedStart) = placements.first(where: { placement, _ in
                placement.path == diagnostic.path && placement.range.start <= diagnostic.range.start
                    && diagnostic.range.start <= placement.range.end
            }) else { continue }
            var moved = diagnostic
            let shift = typedStart - placement.range.start
            moved.path = source.path
            moved.range = SourceRange(start: diagnostic.range.start + shift, end: diagnostic.range.end + shift)
            found.append(moved)
        }
        return DiagnosticRenderer(sources: [source]).render(found)
    }

    /// Diagnostics left to `:check` while a script is being built up.
    static let deferredCodes: Set<DiagnosticCode> = [.missingWorkshop, .unusedCollection, .timeboxesOverrun]

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
