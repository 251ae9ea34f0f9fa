/// The script files a language REPL may write over with `:save`: the one
/// `:load`ed, and those saved since, each with whether it checked without
/// errors when it was last read or written. Any other file already there is
/// someone else's, and a file that checks is not to be left one that does not.
struct ScriptFiles {
    /// Where `:save` writes when no file is named: the file last loaded or saved.
    private(set) var current: String?
    /// Whether each file read or written since the last `:load` checked then.
    private var checks: [String: Bool] = [:]

    /// Starts over: `:load` read `path` (nil after `:reset`).
    mutating func startOver(loading path: String?, checks: Bool) {
        current = path
        self.checks = path.map { [$0: checks] } ?? [:]
    }

    /// `:save` wrote `path`.
    mutating func wrote(_ path: String, checks: Bool) {
        current = path
        self.checks[path] = checks
    }

    /// Whether `path` was loaded or saved here, so `:save` may write over it.
    func isOwn(_ path: String) -> Bool {
        checks[path] != nil
    }

    /// Whether `path` was loaded or saved here and checked without errors then.
    func checks(_ path: String) -> Bool {
        checks[path] ?? false
    }
}
