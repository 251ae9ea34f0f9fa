import ArgumentParser
import ConveneLanguage
import ConveneText
import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options shared by every command that reads scripts.
struct ScriptOptions: ParsableArguments {
    @Option(
        name: .customLong("lib"),
        help: ArgumentHelp("A folder of shared scripts that imports may read (repeatable). Also read from CONVENE_PATH.", valueName: "dir")
    )
    var libraryRoots: [String] = []

    /// The library roots from `--lib` and the `CONVENE_PATH` environment variable.
    var allLibraryRoots: [String] {
        let fromEnvironment = getenv("CONVENE_PATH").map { String(cString: $0).split(separator: ":").map(String.init) } ?? []
        return libraryRoots + fromEnvironment
    }

    /// Parses and checks a script with its imports.
    func check(_ path: String) -> CheckedProgram {
        ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: allLibraryRoots)).check(path: path)
    }
}

/// Writes text to standard error.
func printError(_ text: String) {
    writeAll(text, to: STDERR_FILENO)
}

/// Writes all of `text` to a file descriptor, unbuffered.
func writeAll(_ text: String, to descriptor: Int32) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { buffer in
        var written = 0
        while written < buffer.count {
            let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return }
            written += result
        }
    }
}

/// Prints a program's diagnostics to standard error, warnings included.
func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
    guard !diagnostics.isEmpty else { return }
    // At a terminal, the messages and help fold at spaces; the quoted source stays whole.
    let width = isatty(STDERR_FILENO) == 1 ? Terminal.columns : nil
    printError(ProseFolding.fold(DiagnosticRenderer(sources: sources).render(diagnostics), width: width))
}
