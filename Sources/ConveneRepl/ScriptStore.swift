#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where `:save` keeps scripts: files on disk, or memory in tests.
public protocol ScriptStore {
    /// Whether something is already at `path`.
    func exists(_ path: String) -> Bool
    /// Writes `text` to `path` whole, or not at all.
    func write(_ text: String, to path: String) throws
}

/// Scripts saved as files, written to a temporary file and renamed into
/// place, so a failed save never leaves half a script.
public struct FileSystemScriptStore: ScriptStore {
    public init() {}

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
