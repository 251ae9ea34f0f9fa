#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem reading or writing a session's files, in words a facilitator
/// can act on.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// What was being done: "save to", "open", "read" …
    public var operation: String
    /// The system's reason (`No space left on device`).
    public var reason: String

    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// An error from the C library's `errno`.
    public static func system(path: String, operation: String, code: Int32 = errno) -> StorageError {
        StorageError(path: path, operation: operation, reason: String(cString: strerror(code)))
    }

    public var description: String { "could not \(operation) \(path): \(reason)" }
}

/// Where journal lines go. The session appends through this protocol so a
/// test can stand in a disk that fills up.
public protocol JournalStorage: AnyObject {
    /// Appends one line (without its line break) and returns only once the
    /// line is on disk. On failure nothing of the line is left behind.
    func append(line: [UInt8]) throws(StorageError)

    /// Appends one line without waiting for the disk: it is on disk once the
    /// next `append` returns, as the sync of a file takes all its lines. For
    /// bookkeeping lines only, that nobody typed and nothing acknowledges.
    func appendWithoutSync(line: [UInt8]) throws(StorageError)

    /// Lets go of the journal (and its lock); later appends fail.
    func close()
}

extension JournalStorage {
    /// A storage that cannot put the sync off syncs at once.
    public func appendWithoutSync(line: [UInt8]) throws(StorageError) {
        try append(line: line)
    }
}

/// An append-only journal file: every line is written with one `write` and
/// `fsync`'d before `append` returns (a line given to `appendWithoutSync`,
/// by the next `append` or on closing), so an acknowledged event survives a
/// crash or a power cut.
public final class JournalFile: JournalStorage {
    public let path: String
    private var descriptor: Int32
    private var size: off_t
    /// False while a line written without a sync is not yet known to be on disk.
    private var isSynced = true

    /// Opens (creating if needed) the journal at `path` for appending.
    public init(path: String) throws(StorageError) {
        self.path = path
        let existed = access(path, F_OK) == 0
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system(path: path, operation: "open the journal", code: errno) }
        // One writer at a time: a second `convene resume` of the same folder
        // would interleave its events with this one's.
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            _ = systemClose(fd)
            if code == EWOULDBLOCK {
                throw StorageError(path: path, operation: "open the journal", reason: "another convene is running this session; finish that one first")
            }
            throw .system(path: path, operation: "lock the journal", code: code)
        }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let code = errno
            _ = systemClose(fd)
            throw .system(path: path, operation: "open the journal", code: code)
        }
        descriptor = fd
        size = status.st_size
        if !existed { try Self.syncDirectory(containing: path) }
    }

    deinit { close() }

    public func close() {
        guard descriptor >= 0 else { return }
        if !isSynced { _ = fsync(descriptor) }
        // Unlocked explicitly: a child process started at this moment holds
        // a copy of the descriptor until it execs, and with it the lock.
        _ = flock(descriptor, LOCK_UN)
        _ = systemClose(descriptor)
        descriptor = -1
    }

    public func append(line: [UInt8]) throws(StorageError) {
        try appendLine(line, sync: true)
    }

    public func appendWithoutSync(line: [UInt8]) throws(StorageError) {
        try appendLine(line, sync: false)
    }

    private func appendLine(_ line: [UInt8], sync: Bool) throws(StorageError) {
        guard descriptor >= 0 else {
            throw StorageError(path: path, operation: "save to", reason: "the session was closed; resume it to go on")
        }
        var bytes = line
        bytes.append(UInt8(ascii: "\n"))
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            guard sync else { return nil }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failure {
            // Cut back to the last complete line so the next append starts clean.
            _ = ftruncate(descriptor, size)
            _ = fsync(descriptor)
            throw .system(path: path, operation: "save to", code: failure)
        }
        size += off_t(bytes.count)
        isSynced = sync
    }

    /// Makes a new file's directory entry durable, so the file itself survives a power cut.
    static func syncDirectory(containing path: String) throws(StorageError) {
        let directory = Paths.parent(of: path)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .system(path: directory, operation: "open", code: errno) }
        defer { _ = systemClose(fd) }
        guard fsync(fd) == 0 else { throw .system(path: directory, operation: "sync", code: errno) }
    }
}
