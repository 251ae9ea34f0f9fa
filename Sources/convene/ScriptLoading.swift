import ConveneLanguage
import ConveneSession

/// Reads and checks a script for `run`, `resume` and `export`, printing its
/// diagnostics; fails when it has errors.
struct ScriptLoading {
    /// Folders imports may also come from (`--library`).
    var libraryRoots: [String]

    /// The checked program and the script's bytes (for its hash).
    func load(_ path: String) throws -> (CheckedProgram, [UInt8]) {
        let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: libraryRoots)).check(path: path)
        if !program.diagnostics.isEmpty {
            StandardError.write(DiagnosticRenderer(sources: program.sources).render(program.diagnostics))
        }
        guard program.isRunnable else { throw CommandFailure("\(path) has errors; fix them and try again (`convene check \(path)`)") }
        do {
            return (program, try Paths.read(path))
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure already explained to the user; exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
