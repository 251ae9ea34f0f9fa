import ArgumentParser
import ConveneLanguage
import ConveneSession
import ConveneText

extension ScriptOptions {
    /// Checks a script for `run`, `resume` and `export`, printing its
    /// diagnostics, and returns it with its bytes (for its hash); fails when
    /// it has errors. `ranWith` is the hash of the script a session last ran
    /// with: its warnings were shown then, so the same script's are not
    /// shown again on every resume (`convene check` lists them).
    func runnable(_ path: String, ranWith: String? = nil) throws -> (CheckedProgram, [UInt8]) {
        let program = check(path)
        let bytes: Result<[UInt8], StorageError> = Result { () throws(StorageError) in try Paths.read(path) }
        let unchanged = ranWith != nil && (try? bytes.get()).map(SHA256.hex(of:)) == ranWith
        report(unchanged ? program.diagnostics.filter(\.isError) : program.diagnostics, sources: program.sources)
        guard program.isRunnable else {
            // A file that cannot be read has said so; it has no errors to fix.
            guard (try? bytes.get()) != nil else { throw ExitCode(ExitStatus.failure) }
            let errors = Plural.count(program.diagnostics.filter(\.isError).count, "error")
            throw CommandFailure("\(path) has \(errors); fix them and try again (`convene check \(path)`)")
        }
        do {
            return (program, try bytes.get())
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// The script of the session in `folder`: the one given with `--script`, or
/// the one the session started from, which must still be where it was.
func sessionScript(recorded: String, given: String?, folder: String, command: String) throws -> String {
    if let given { return given }
    guard Paths.exists(recorded) else {
        throw CommandFailure(
            "the session's script \(recorded) is not there any more (moved, renamed or deleted?)\n"
                + "help: say where it is now: `convene \(command) \(folder) --script PATH`")
    }
    return recorded
}

/// A problem to report on standard error before exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a session command's body, printing a `SessionError` or
/// `CommandFailure` and exiting with status 1.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as SessionError {
        printError(error.kind == .script ? error.description : "error: \(error.description)\n")
        throw ExitCode(ExitStatus.failure)
    } catch let error as CommandFailure {
        printError("error: \(error.description)\n")
        throw ExitCode(ExitStatus.failure)
    }
}
