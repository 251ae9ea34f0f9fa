#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files only inside the session folder. A path from a script is
/// checked twice: as text (no absolute path, no `..`), and again while
/// writing, one folder at a time with `O_NOFOLLOW`, so a symbolic link
/// planted in the folder cannot lead a write outside it.
public struct ConfinedWriter {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// Why a relative path may not be written, or nil when it is fine.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "`\(path)` is an absolute path; outputs go inside the session folder" }
        if path.contains("\\") { return "`\(path)` contains a backslash; use `/` between folders" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains("..") { return "`\(path)` climbs out of the session folder with `..`" }
        if parts.isEmpty || parts.allSatisfy({ $0 == "." }) { return "`\(path)` names no file" }
        if path.utf8.contains(0) { return "`\(path)` contains a NUL byte" }
        return nil
    }

    /// Writes `text` to `path` (relative to the folder), replacing the file
    /// atomically: a reader never sees half a file.
    public func write(_ text: String, to path: String) throws(StorageError) {
        let shown = Paths.join(folder, path)
        if let problem = Self.problem(with: path) {
            throw StorageError(path: shown, operation: "write", reason: problem)
        }
        var directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw .system(path: folder, operation: "open the session folder", code: errno) }
        defer { close(directory) }
        let parts = path.split(separator: "/").filter { $0 != "." }.map(String.init)
        for part in parts.dropLast() {
            if mkdirat(directory, part, 0o755) != 0, errno != EEXIST {
                throw .system(path: shown, operation: "create a folder for", code: errno)
            }
            let next = openat(directory, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                let code = errno
                if code == ELOOP || code == ENOTDIR {
                    throw StorageError(path: shown, operation: "write", reason: "`\(part)` is a symbolic link or a file, not a folder inside the session folder")
                }
                throw .system(path: shown, operation: "open a folder for", code: code)
            }
            if directory >= 0, directory != next {
                close(directory)
            }
            directory = next
        }
        let name = parts.last!
        let temporary = ".\(name).partial"
        let fd = openat(directory, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system(path: shown, operation: "write", code: errno) }
        let bytes = Array(text.utf8)
        var written = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if let failure {
            unlinkat(directory, temporary, 0)
            throw .system(path: shown, operation: "write", code: failure)
        }
        guard renameat(directory, temporary, directory, name) == 0 else {
            let code = errno
            unlinkat(directory, temporary, 0)
            throw .system(path: shown, operation: "write", code: code)
        }
    }
}
