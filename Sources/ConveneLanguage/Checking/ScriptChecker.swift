/// Parses and checks a script with everything it imports: the one entry
/// point `convene check`, `plan` and `run` use.
///
///     let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: roots))
///         .check(path: "retro.convene")
///     print(DiagnosticRenderer(sources: program.sources).render(program.diagnostics))
///
/// Syntax and semantic mistakes are reported together: parts of the tree the
/// parser could not read are skipped without further complaint.
public struct ScriptChecker: Sendable {
    /// Where the main script and its imports come from.
    public var loader: any SourceLoader

    public init(loader: any SourceLoader) {
        self.loader = loader
    }

    /// Reads, parses and checks the script at `path`. A file that cannot be
    /// read gives a program with one diagnostic saying why.
    public func check(path: String) -> CheckedProgram {
        let loader = loader.forScript(at: path)
        let source: SourceFile
        do {
            source = try loader.load(path)
        } catch {
            return Self.unreadable(path: path, error)
        }
        return check(Parser.parse(source), loader: loader)
    }

    /// Checks a script that is already parsed; its imports are found relative
    /// to its path.
    public func check(_ parsed: ParsedFile) -> CheckedProgram {
        check(parsed, loader: loader.forScript(at: parsed.syntax.source.path))
    }

    private func check(_ parsed: ParsedFile, loader: any SourceLoader) -> CheckedProgram {
        var resolver = ImportResolver(loader: loader) { source in
            let parsed = Parser.parse(source)
            return (parsed.syntax, parsed.diagnostics)
        }
        resolver.resolve(main: parsed.syntax)
        let syntaxDiagnostics = parsed.diagnostics + resolver.diagnostics
        let checker = ProgramChecker(
            main: parsed.syntax, imports: resolver.files,
            warnsAboutUnused: !syntaxDiagnostics.contains(where: \.isError))
        checker.unimported = resolver.unimported
        var program = checker.run()
        program.diagnostics = syntaxDiagnostics + program.diagnostics
        return program
    }

    private static func unreadable(path: String, _ error: any Error) -> CheckedProgram {
        let reason: String
        switch error as? SourceLoadError {
        case .notFound?: reason = "there is no such file"
        case .unreadable(_, let why)?: reason = why
        case .outsideLibrary?: reason = "it is outside the folders scripts may read"
        case nil: reason = "\(error)"
        }
        let diagnostic = Diagnostic(
            .importNotFound, "cannot read `\(path)`: \(reason)", path: path, range: .point(0),
            help: "check the path and that the file is readable")
        let empty = SyntaxFile(source: SourceFile(path: path, bytes: []), declarations: [], comments: [])
        return CheckedProgram(
            main: empty, imports: [], workshop: nil, agenda: [], activities: [:], grids: [:], globals: [],
            outputs: [], diagnostics: [diagnostic])
    }
}
