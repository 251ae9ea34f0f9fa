@testable import ConveneLanguage

/// Checks `main` as `main.convene`, with other files it may import.
func checkScript(_ main: String, files: [String: String] = [:]) -> CheckedProgram {
    var all = files
    all["main.convene"] = main
    return ScriptChecker(loader: InMemorySourceLoader(files: all)).check(path: "main.convene")
}

/// The program's diagnostics as `convene check` prints them.
func rendered(_ program: CheckedProgram) -> String {
    DiagnosticRenderer(sources: program.sources).render(program.diagnostics)
}

/// One line per diagnostic: "line:column code message", in source order.
func summary(_ program: CheckedProgram) -> [String] {
    let sources = Dictionary(program.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    return DiagnosticRenderer.sorted(program.diagnostics).map { diagnostic in
        let location = sources[diagnostic.path].map { "\($0.location(of: diagnostic.range.start))" } ?? "?"
        return "\(location) \(diagnostic.code.rawValue) \(diagnostic.message)"
    }
}

/// The text a diagnostic's range covers.
func covered(_ diagnostic: Diagnostic, in program: CheckedProgram) -> String? {
    program.sources.first { $0.path == diagnostic.path }?.text(in: diagnostic.range)
}

/// A minimal workshop around a stage body, for tests of statements.
func workshop(_ stageBody: String, declarations: String = "", settings: String = "") -> String {
    """
    workshop "Test" {
      duration 2h
    \(settings)
    }
    \(declarations)
    stage main "Main" for 30m {
    \(stageBody)
    }
    """
}
