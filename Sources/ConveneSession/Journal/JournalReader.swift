import ConveneText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a journal could not be read.
public enum JournalReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case storage(StorageError)
    case empty(path: String)
    /// A line other than the last cannot be read: not a torn write but damage.
    case damaged(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .storage(let error): error.description
        case .empty(let path): "\(path) is empty: the session never started"
        case let .damaged(path, line, reason):
            "\(path):\(line): this journal line cannot be read (\(reason)); the \(Plural.count(line - 1, "line")) before it \(line == 2 ? "is" : "are") intact. "
                + "It is not the last line, so it is not a cut-off write: restore the folder from a backup, "
                + "or copy the journal and delete this line by hand to resume from the rest."
        }
    }
}

/// The last line of a journal, cut off part way through being written
/// (a crash or power cut during `write`). It was never acknowledged.
public struct TornLine: Sendable, Equatable {
    /// 1-based line number in the journal.
    public var line: Int
    public var bytes: [UInt8]
}

/// A journal read back: its header, every complete event, and the torn
/// last line if there was one.
public struct JournalContents: Sendable {
    public var header: JournalHeader
    public var records: [JournalRecord]
    public var torn: TornLine?
    /// How many bytes of the file are complete lines.
    public var goodLength: Int
}

extension JournalContents {
    /// The SHA-256 of the script the session last ran with: the header's,
    /// or that of the edited script it went on with.
    public var scriptSHA256: String {
        for record in records.reversed() {
            if case .scriptChanged(let sha256, _) = record.event { return sha256 }
        }
        return header.scriptSHA256
    }
}

/// Reads `journal.jsonl` and sets aside a torn last line.
public enum JournalReader {
    /// Reads a journal without changing it. The file is mapped into memory
    /// rather than copied: its pages come straight from the file cache.
    public static func read(path: String) throws(JournalReadError) -> JournalContents {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .storage(.system(path: path, operation: "read", code: errno)) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .storage(.system(path: path, operation: "read", code: errno)) }
        let size = Int(status.st_size)
        // Only the process holding the journal's lock ever cuts it shorter, and
        // only to take back a write that failed (disk full), so the mapped
        // bytes stay there while they are read.
        guard size > 0, let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != UnsafeMutableRawPointer(bitPattern: -1) else {
            let bytes: [UInt8]
            do { bytes = try Paths.read(path) } catch { throw .storage(error) }
            return try bytes.withUnsafeBufferPointer { buffer throws(JournalReadError) in try parse(buffer, path: path) }
        }
        defer { munmap(mapped, size) }
        return try parse(UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size), path: path)
    }

    /// Parses journal bytes: one JSON object per line, the first a header.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws(JournalReadError) -> JournalContents {
        guard let headerEnd = lineEnd(buffer, from: 0) else {
            if buffer.isEmpty { throw .empty(path: path) }
            throw .damaged(path: path, line: 1, reason: "the header line is incomplete")
        }
        let header: JournalHeader
        do {
            header = try JournalCoding.decodeHeader(try JSONParser.parse(UnsafeBufferPointer(rebasing: buffer[0..<headerEnd])))
        } catch {
            throw .damaged(path: path, line: 1, reason: reason(error))
        }
        var records: [JournalRecord] = []
        // With room for the events a resumed session goes on to add, so its
        // first ones do not move every record to a larger array.
        records.reserveCapacity(lineCount(buffer) + 1024)
        var torn: TornLine?
        var goodLength = headerEnd + 1
        var fields = JournalFields()
        var start = headerEnd + 1
        var number = 1
        while start < buffer.count {
            number += 1
            guard let end = lineEnd(buffer, from: start) else {
                torn = TornLine(line: number, bytes: Array(buffer[start..<buffer.count]))
                break
            }
            do {
                let record = try JournalCoding.decodeRecord(UnsafeBufferPointer(rebasing: buffer[start..<end]), fields: &fields)
                guard record.sequence == records.count + 1 else {
                    throw JournalDecodingError("event number \(record.sequence) where \(records.count + 1) was expected")
                }
                records.append(record)
                goodLength = end + 1
            } catch {
                guard end + 1 == buffer.count else { throw .damaged(path: path, line: number, reason: reason(error)) }
                torn = TornLine(line: number, bytes: Array(buffer[start..<buffer.count]))
            }
            start = end + 1
        }
        return JournalContents(header: header, records: records, torn: torn, goodLength: goodLength)
    }

    /// Why a line could not be read, in words.
    private static func reason(_ error: any Error) -> String {
        (error as? JSONParseError)?.description ?? "\(error)"
    }

    /// Where the line starting at `start` ends (its line break), or nil when
    /// no line break follows.
    private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = buffer.baseAddress, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) else {
            return nil
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// How many line breaks the bytes hold, to make room for the records at once.
    private static func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var start = 0
        while start < buffer.count, let end = lineEnd(buffer, from: start) {
            count += 1
            start = end + 1
        }
        return count
    }

    /// Moves a torn last line into `journal.torn` next to the journal (kept for
    /// inspection, appended if the file exists) and cuts the journal back to
    /// its last complete line. Returns the path the line was moved to.
    public static func setAside(_ torn: TornLine, journalPath: String, goodLength: Int) throws(StorageError) -> String {
        let tornPath = Paths.join(Paths.parent(of: journalPath), "journal.torn")
        let side = open(tornPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard side >= 0 else { throw .system(path: tornPath, operation: "open", code: errno) }
        defer { close(side) }
        var bytes = torn.bytes
        bytes.append(UInt8(ascii: "\n"))
        let wrote = bytes.withUnsafeBytes { buffer in write(side, buffer.baseAddress!, buffer.count) == buffer.count }
        guard wrote, fsync(side) == 0 else { throw .system(path: tornPath, operation: "save to", code: errno) }
        let journal = open(journalPath, O_WRONLY | O_CLOEXEC)
        guard journal >= 0 else { throw .system(path: journalPath, operation: "open", code: errno) }
        defer { close(journal) }
        guard ftruncate(journal, off_t(goodLength)) == 0, fsync(journal) == 0 else {
            throw .system(path: journalPath, operation: "repair", code: errno)
        }
        return tornPath
    }
}
