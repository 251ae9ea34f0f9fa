import ConveneLanguage
import ConveneSession

extension LanguageRepl {
    /// The name an expression is bound to, to check and run it among the definitions.
    static let valueName = "__repl_value"
    /// The stage statements are wrapped in, to check and run them.
    static let inputStage = "__repl_input"

    /// Shows an expression's value, or what is wrong with it.
    func show(_ expression: Expression, from source: SourceFile) -> String {
        let text = source.text(in: expression.range)
        var attempt = Attempt(repl: self, input: source, inputOffset: expression.range.start, wrapped: text,
                              prefix: "let \(Self.valueName) = ", suffix: "")
        guard let program = attempt.checked() else { return attempt.report }
        let sandbox = Sandbox(program: program)
        guard case .letBinding(let binding)? = program.main.declarations.last?.kind else { return attempt.report }
        do throws(RuntimeError) {
            let value = try sandbox.evaluate(binding.value, path: program.main.source.path)
            return attempt.report + describe(value, sandbox) + "\n"
        } catch {
            return attempt.report + attempt.render(error)
        }
    }

    /// Runs statements: top-level `let`s are kept as definitions and their
    /// values shown; anything else runs as if in a stage, showing what it
    /// says and the steps it would take.
    func run(_ statements: [Statement], from source: SourceFile) -> String {
        let bindings = statements.compactMap { statement -> LetStatement? in
            if case .letBinding(let binding) = statement.kind { binding } else { nil }
        }
        if !bindings.isEmpty, bindings.count == statements.count {
            return define(bindings, from: source, statements: statements)
        }
        guard let first = statements.first, let last = statements.last else { return "" }
        let range = first.range.union(last.range)
        var attempt = Attempt(repl: self, input: source, inputOffset: range.start, wrapped: source.text(in: range),
                              prefix: "stage \(Self.inputStage) for 1m {\n", suffix: "\n}")
        guard let program = attempt.checked() else { return attempt.report }
        let sandbox = Sandbox(program: program)
        do throws(RuntimeError) {
            return attempt.report + Self.describe(try sandbox.steps(of: Self.inputStage))
        } catch {
            return attempt.report + attempt.render(error)
        }
    }

    private func define(_ bindings: [LetStatement], from source: SourceFile, statements: [Statement]) -> String {
        var placements: [(ReplDefinitions.Placement, Int)] = []
        for (binding, statement) in zip(bindings, statements) {
            placements.append((definitions.add(binding, text: source.text(in: statement.range)), statement.range.start))
        }
        let program = checkDefinitions()
        let found = problems(in: program, at: placements, typed: source)
        let renderer = DiagnosticRenderer(sources: [source])
        let kept = found.filter { $0.contains(where: \.isError) }.count
        guard kept == 0 else {
            return bindings.indices.map { index in
                Self.outcome(of: .letBinding(bindings[index]), replaced: placements[index].0.replaced,
                             errors: found[index].filter(\.isError).count)
                    + renderer.render(found[index])
            }.joined() + Self.keptNote(kept)
        }
        let sandbox = Sandbox(program: program)
        var text = renderer.render(found.flatMap { $0 })
        for binding in bindings {
            let name = Expression(.name(binding.name.name), range: binding.name.range)
            do throws(RuntimeError) {
                text += binding.name.name + " = " + describe(try sandbox.evaluate(name, path: program.main.source.path), sandbox) + "\n"
            } catch {
                text += error.rendered(sources: sources(of: program))
            }
        }
        return text
    }

    /// Whether a value is being shown at the top level or inside a list.
    func describe(_ value: Value, _ sandbox: Sandbox) -> String {
        switch value {
        case .number, .duration, .bool: return sandbox.display(value)
        case .text(let text): return quoted(text)
        case .list(let values): return "[" + values.map { describe($0, sandbox) }.joined(separator: ", ") + "]"
        case .collection(let name): return "the collection `\(name)` (its items are collected when the stage runs)"
        case .themes(let name): return "the themes `\(name)` (made when the stage runs)"
        case .result(let key): return "the vote result `\(sandbox.display(.result(key)))` (counted when the stage runs)"
        case .plan(let name): return "the action plan `\(name)`"
        case .grid(let name): return "the grid `\(name)` “\(sandbox.display(value))”"
        case let .quadrant(grid, name): return "the quadrant `\(name)` of grid `\(grid)` “\(sandbox.display(value))”"
        case .activity(let name): return "the activity `\(name)`"
        case .item(let id), .theme(let id): return id
        case .nothing: return "nothing"
        }
    }

    /// Text as a string literal: in quotes, with `\` and `"` escaped.
    private func quoted(_ text: String) -> String {
        var literal = "\""
        for character in text {
            if character == "\\" || character == "\"" { literal.append("\\") }
            literal.append(character)
        }
        return literal + "\""
    }

    /// What a run of statements said and the steps it would take.
    static func describe(_ steps: [Step]) -> String {
        var text = ""
        var collects = false
        for step in steps {
            text += step.sayings.map { $0 + "\n" }.joined()
            let summary: String? = switch step.kind {
            case .talk: nil
            case .prompt(let prompt): "asks “\(prompt.question)”, collecting `\(prompt.collection)`"
            case .cluster(let cluster): "clusters `\(cluster.source)` into themes `\(cluster.themes)`"
            case .vote(let vote): "votes on `\(vote.source)`, giving `\(vote.name)`"
            case .place(let place): "places `\(place.source)` on the grid `\(place.grid.name)`"
            case .actions(let actions): "makes the action plan `\(actions.plan)`"
            }
            if let summary {
                text += "(step: \(summary))\n"
                collects = true
            }
        }
        if collects {
            text += "Steps take what the room says: put them in a stage and rehearse it with :run STAGE.\n"
        }
        return text
    }
}

/// Typed text wrapped into the definitions to check and run it: where its
/// problems are reported, against the text as typed.
private struct Attempt {
    let repl: LanguageRepl
    let input: SourceFile
    /// Where the wrapped text starts in the input.
    let inputOffset: Int
    let script: SourceFile
    let scriptStart: Int
    private(set) var report = ""

    init(repl: LanguageRepl, input: SourceFile, inputOffset: Int, wrapped: String, prefix: String, suffix: String) {
        self.repl = repl
        self.input = input
        self.inputOffset = inputOffset
        (script, scriptStart) = repl.definitions.script(adding: wrapped, prefix: prefix, suffix: suffix)
    }

    /// The checked program, or nil (with the report filled) when the typed
    /// text has errors. Problems elsewhere in the definitions do not stop it:
    /// `:check` shows those.
    mutating func checked() -> CheckedProgram? {
        let program = ScriptChecker(loader: repl.loader).check(Parser.parse(script))
        let own = program.diagnostics.compactMap(moved).filter { !LanguageRepl.deferredCodes.contains($0.code) }
        report = DiagnosticRenderer(sources: [input]).render(own)
        return own.contains(where: \.isError) ? nil : program
    }

    /// A runtime error, shown against the typed text when it is about it.
    func render(_ error: RuntimeError) -> String {
        let located = Diagnostic(.typeMismatch, error.message, path: error.path, range: error.range, help: error.help)
        if let own = moved(located) {
            var moved = error
            moved.path = own.path
            moved.range = own.range
            return moved.rendered(sources: [input])
        }
        var elsewhere = error
        let relocated = repl.definitions.relocate(located)
        elsewhere.path = relocated.path
        elsewhere.range = relocated.range
        return elsewhere.rendered(sources: repl.definitions.sources)
    }

    /// A diagnostic about the wrapped text, moved onto the input; nil for
    /// one about anything else.
    private func moved(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard diagnostic.path == script.path, diagnostic.range.start >= scriptStart else { return nil }
        var moved = diagnostic
        let shift = inputOffset - scriptStart
        moved.path = input.path
        moved.range = SourceRange(
            start: min(input.bytes.count, diagnostic.range.start + shift),
            end: min(input.bytes.count, diagnostic.range.end + shift))
        return moved
    }
}
