#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the person started this program, for messages that tell them what to
/// type next (`convene resume DIR`): `convene` when that is what their shell
/// finds, and otherwise the path they started it by. `swift run convene`
/// starts the program from inside `.build`, where a bare `convene` is not
/// found, so a pause told them to type a command that did not work.
enum ProgramName {
    static var asTyped: String {
        guard let started = CommandLine.arguments.first, started.contains("/") else { return "convene" }
        if let found = onPath("convene"), let a = realPath(found), let b = realPath(started), a == b { return "convene" }
        return started
    }

    /// Where the shell would find a program named `name`.
    private static func onPath(_ name: String) -> String? {
        guard let path = getenv("PATH") else { return nil }
        for folder in String(cString: path).split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
