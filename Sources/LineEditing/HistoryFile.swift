#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain-text history file: one line per entry, oldest first. Every line
/// is appended once it has been handled, before the next prompt, so a
/// program that ends abruptly loses at most the line it was handling.
public struct HistoryFile: Sendable {
    public let path: String
    /// Which entered lines this file keeps (a line editor still recalls
    /// every line while it runs).
    public let keepsLine: @Sendable (String) -> Bool

    public init(path: String, keeping keepsLine: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.path = path
        self.keepsLine = keepsLine
    }

    /// The same file, keeping only the lines `filter` accepts: a user's
    /// history across workshops keeps the commands typed, not what
    /// participants said, which belongs to each session's own folder.
    public func keeping(only filter: @escaping @Sendable (String) -> Bool) -> HistoryFile {
        HistoryFile(path: path, keeping: filter)
    }

    /// The last `limit` entries in the file, oldest first; none when it does
    /// not exist. A file grown past twice `limit` is cut back to those.
    public func load(limit: Int) -> [String] {
        guard let bytes = contents() else { return [] }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        let kept = lines.suffix(limit)
        if lines.count > 2 * limit {
            replaceContents(with: Array(bytes[kept.first!.startIndex...]))
        }
        return kept.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Adds one entry at the end, creating the file (and its folder) if needed.
    public func append(_ line: String) {
        guard let appender = openForAppending() else { return }
        appender.append(line)
        appender.close()
    }

    /// Opens the file for adding entries one after another without opening
    /// it each time (the facilitator's line is acknowledged sooner); nil when
    /// it cannot be created.
    public func openForAppending() -> Appender? {
        Self.makeFolders(Self.folder(of: path))
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        return descriptor >= 0 ? Appender(descriptor: descriptor) : nil
    }

    /// A history file open for appending.
    public final class Appender {
        private var descriptor: Int32

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        /// Adds one entry at the end of the file.
        public func append(_ line: String) {
            guard descriptor >= 0 else { return }
            let bytes = Array((line + "\n").utf8)
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }

        public func close() {
            guard descriptor >= 0 else { return }
            closeDescriptor(descriptor)
            descriptor = -1
        }
    }

    /// Where a user's history for one of Convene's prompts is kept across
    /// runs: `$XDG_STATE_HOME/convene/NAME` when that variable is set, else
    /// `~/.convene_NAME`. Nil when there is no home folder.
    public static func userFile(named name: String, environment: [String: String]) -> HistoryFile? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return HistoryFile(path: state + "/convene/" + name)
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return HistoryFile(path: home + "/.convene_" + name)
    }

    /// The user's history file for a prompt, as the process's environment places it.
    public static func userFile(named name: String) -> HistoryFile? {
        var environment: [String: String] = [:]
        for variable in ["XDG_STATE_HOME", "HOME"] {
            environment[variable] = environmentVariable(variable)
        }
        return userFile(named: name, environment: environment)
    }

    // MARK: Files

    /// The file's bytes, or nil when it cannot be read.
    private func contents() -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { closeDescriptor(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Replaces the file's bytes at once: written beside it, then renamed over it.
    private func replaceContents(with bytes: [UInt8]) {
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        closeDescriptor(descriptor)
        if written == bytes.count {
            rename(temporary, path)
        } else {
            unlink(temporary)
        }
    }

    /// The folder part of a path: `a/b/c` → `a/b`; empty for a bare name.
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Creates a folder and any missing parents; failures show later, when
    /// the file cannot be opened.
    private static func makeFolders(_ folder: String) {
        guard !folder.isEmpty else { return }
        var status = stat()
        if stat(folder, &status) == 0 { return }
        makeFolders(Self.folder(of: folder))
        mkdir(folder, 0o755)
    }
}

/// `close(2)`, named apart from the methods called `close`.
private func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}
