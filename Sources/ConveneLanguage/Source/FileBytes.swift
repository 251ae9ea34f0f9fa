#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into a byte array with POSIX calls: the bytes are read
/// straight into the array's storage, so a script is held once, not first in
/// a `Data` and then copied.
enum FileBytes {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        case notFound
        case isFolder
        /// Larger than `SourceFile.maximumSize`.
        case tooLarge
        case unreadable(reason: String)
    }

    /// The file's bytes. Files that do not say their size (pipes, devices)
    /// are read until their end.
    static func contents(ofFile path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(errno) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .isFolder }
        if Int(status.st_size) > SourceFile.maximumSize { throw .tooLarge }
        // One byte beyond the stated size, so a file read to its end needs no second buffer.
        let expected = max(0, Int(status.st_size)) + 1
        var readError: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let got = read(descriptor, buffer.baseAddress! + count, expected - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return
                } else if errno != EINTR {
                    readError = errno
                    return
                }
            }
        }
        if readError != 0 { throw failure(readError) }
        if bytes.count == expected { try readRest(of: descriptor, into: &bytes) }
        return bytes
    }

    /// Appends what is left of a file that turned out longer than it said.
    private static func readRest(of descriptor: Int32, into bytes: inout [UInt8]) throws(Failure) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got > 0 {
                bytes.append(contentsOf: chunk[..<got])
                if bytes.count > SourceFile.maximumSize { throw .tooLarge }
            } else if got == 0 {
                return
            } else if errno != EINTR {
                throw failure(errno)
            }
        }
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        case EACCES, EPERM: .unreadable(reason: "permission denied")
        case EISDIR: .isFolder
        default: .unreadable(reason: String(cString: strerror(code)))
        }
    }
}
