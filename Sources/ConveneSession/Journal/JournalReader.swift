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
    /// Reads a journal without changing it.
    public static func read(path: String) throws(JournalReadError) -> JournalContents {
        let bytes: [UInt8]
        do { bytes = try Paths.read(path) } catch { throw .storage(error) }
        return try bytes.withUnsafeBufferPointer { buffer throws(JournalReadError) in try parse(buffer, path: path) }
    }

    /// Parses journal bytes: one JSON object per line, the first a header.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws(JournalReadError) -> JournalContents {
        let lines = lineRanges(buffer)
        let start = lines.last.map { $0.upperBound + 1 } ?? 0
        let unterminated = start < buffer.count ? start..<buffer.count : nil
        var header: JournalHeader?
        var records: [JournalRecord] = []
        records.reserveCapacity(lines.count)
        var torn: TornLine?
        var goodLength = 0
        var repeated = RepeatedValues()
        for (index, range) in lines.enumerated() {
            let isLast = index == lines.count - 1 && unterminated == nil
            do {
                let line = UnsafeBufferPointer(rebasing: buffer[range])
                if header == nil {
                    header = try JournalCoding.decodeHeader(try JSONParser.parse(line))
                } else {
                    let record = try JournalCoding.decodeRecord(line, repeated: &repeated)
                    guard record.sequence == records.count + 1 else {
                        throw JournalDecodingError("event number \(record.sequence) where \(records.count + 1) was expected")
                    }
                    records.append(record)
                }
                goodLength = range.upperBound + 1
            } catch let error {
                let reason = (error as? JSONParseError)?.description ?? "\(error)"
                guard isLast, header != nil else {
                    throw .damaged(path: path, line: index + 1, reason: reason)
                }
                torn = TornLine(line: index + 1, bytes: Array(buffer[range.lowerBound..<buffer.count]))
            }
        }
        if let unterminated {
            torn = TornLine(line: lines.count + 1, bytes: Array(buffer[unterminated]))
        }
        guard let header else {
            if let torn { throw .damaged(path: path, line: torn.line, reason: "the header line is incomplete") }
            throw .empty(path: path)
        }
        return JournalContents(header: header, records: records, torn: torn, goodLength: goodLength)
    }

    /// The ranges of the complete lines, without their line breaks.
    private static func lineRanges(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = buffer.baseAddress else { return [] }
        var lines: [Range<Int>] = []
        var start = 0
        while start < buffer.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            lines.append(start..<end)
            start = end + 1
        }
        return lines
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
