import Foundation

/// A plain-text history file: one line per entry, oldest first. Every line
/// is appended as soon as it is entered, so nothing is lost if the program
/// ends abruptly.
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

    /// The entries in the file, oldest first; none when it does not exist.
    /// A file grown past twice `limit` is cut back to its last `limit` lines.
    public func load(limit: Int) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
        guard lines.count > 2 * limit else { return lines }
        let kept = Array(lines.suffix(limit))
        let text = kept.map { $0 + "\n" }.joined()
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return kept
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
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
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
            _ = Foundation.close(descriptor)
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
}
