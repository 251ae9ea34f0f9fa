import ArgumentParser
import ConveneLanguage
import Foundation

/// Options shared by every command that reads scripts.
struct ScriptOptions: ParsableArguments {
    @Option(
        name: .customLong("lib"),
        help: ArgumentHelp("A folder of shared scripts that imports may read (repeatable). Also read from CONVENE_PATH.", valueName: "dir")
    )
    var libraryRoots: [String] = []

    /// The library roots from `--lib` and the `CONVENE_PATH` environment variable.
    var allLibraryRoots: [String] {
        let fromEnvironment = ProcessInfo.processInfo.environment["CONVENE_PATH"]?
            .split(separator: ":").map(String.init) ?? []
        return libraryRoots + fromEnvironment
    }

    /// Parses and checks a script with its imports.
    func check(_ path: String) -> CheckedProgram {
        ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: allLibraryRoots)).check(path: path)
    }
}

/// Writes text to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

/// Prints a program's diagnostics to standard error, warnings included.
func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
    guard !diagnostics.isEmpty else { return }
    printError(DiagnosticRenderer(sources: sources).render(diagnostics))
}
