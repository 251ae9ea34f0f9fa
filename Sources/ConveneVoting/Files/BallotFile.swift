#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Ballots collected elsewhere, read from a CSV file (RFC 4180).
///
/// The first row names the options; each further row is one ballot, with one
/// cell per option. What a cell holds depends on the method that counts it:
///
/// - ranked methods (`borda`, `irv`, `schulze`, `ranked-pairs`, `plurality`):
///   the rank, 1 for first choice; blank or 0 leaves an option unranked.
///   Plurality counts only the 1s, so a sheet with a single 1 a row works too.
/// - `dots`, `score`, `fist-of-five`: the dots, score or fingers; blank gives none.
/// - `approval`: 1 to approve, 0 or blank not to.
///
/// Empty lines are skipped. Errors name the row (1 is the header) and column.
///
///     let file = try BallotFile.read(path: "ballots.csv")
///     let result = try VoteCounter(rule: rule, options: file.options).count(file)
public struct BallotFile: Sendable {
    /// The option names from the header row.
    public let options: [String]
    let ballots: BallotMatrix
    /// The header's row number.
    let headerRow: Int
    /// Rows after the header that were empty, ascending.
    let emptyRows: [Int]

    /// How many ballots the file holds.
    public var ballotCount: Int { ballots.ballotCount }

    /// Reads a ballot file from disk, a chunk at a time.
    public static func read(path: String) throws(BallotError) -> BallotFile {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw BallotError("can't read `\(path)`: \(systemError())") }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var reader = ChunkReader(descriptor: descriptor)
        defer { reader.deallocate() }
        var scanner = CSVScanner(sink: BallotRows(expectedBytes: size))
        var first = true
        while let chunk = try reader.nextChunk(path: path) {
            try scanner.scan(skippingByteOrderMark(chunk.bytes, first: first), isLast: chunk.isLast)
            first = false
            scanner.sink.reserveForRest(afterBytes: reader.consumed)
        }
        return try scanner.sink.file()
    }

    /// Reads ballots from CSV bytes already in memory.
    public init(csv: [UInt8]) throws(BallotError) {
        var scanner = CSVScanner(sink: BallotRows(expectedBytes: csv.count))
        try csv.withUnsafeBufferPointer { (bytes) throws(BallotError) in
            try scanner.scan(skippingByteOrderMark(bytes, first: true), isLast: true)
        }
        self = try scanner.sink.file()
    }

    init(options: [String], ballots: BallotMatrix, headerRow: Int, emptyRows: [Int]) {
        self.options = options
        self.ballots = ballots
        self.headerRow = headerRow
        self.emptyRows = emptyRows
    }

    /// The file row holding ballot `index` (0 for the first ballot).
    func row(ofBallot index: Int) -> Int {
        var row = headerRow + 1 + index
        for empty in emptyRows {
            guard empty <= row else { break }
            row += 1
        }
        return row
    }
}

/// A UTF-8 byte order mark at the very start is not part of the first option's name.
private func skippingByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>, first: Bool) -> UnsafeBufferPointer<UInt8> {
    guard first, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else { return bytes }
    return UnsafeBufferPointer(rebasing: bytes[3...])
}

private func systemError() -> String {
    String(cString: strerror(errno))
}

/// Reads a file in chunks that end at a line feed (except the last), carrying
/// any partial line over to the next chunk.
private struct ChunkReader {
    static let chunkSize = 1 << 20

    let descriptor: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = ChunkReader.chunkSize
    /// Bytes in the buffer not yet handed out.
    private var filled = 0
    /// Where the bytes not yet handed out start.
    private var carried = 0
    private var atEnd = false
    /// Bytes handed out so far.
    private(set) var consumed = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = .allocate(capacity: capacity)
    }

    func deallocate() {
        buffer.deallocate()
    }

    /// The next chunk, or nil when the file has been handed out.
    mutating func nextChunk(path: String) throws(BallotError) -> (bytes: UnsafeBufferPointer<UInt8>, isLast: Bool)? {
        guard !atEnd else { return nil }
        moveCarriedToFront()
        while true {
            if filled == capacity { grow() }
            let count = read(descriptor, buffer + filled, capacity - filled)
            guard count >= 0 else { throw BallotError("can't read `\(path)`: \(systemError())") }
            if count == 0 {
                atEnd = true
                consumed += filled
                return (UnsafeBufferPointer(start: buffer, count: filled), true)
            }
            let searchFrom = filled
            filled += count
            if let lastLineFeed = lastLineFeed(from: searchFrom) {
                carried = lastLineFeed + 1
                consumed += carried
                return (UnsafeBufferPointer(start: buffer, count: carried), false)
            }
        }
    }

    private func lastLineFeed(from start: Int) -> Int? {
        var index = filled - 1
        while index >= start {
            if buffer[index] == 0x0A { return index }
            index -= 1
        }
        return nil
    }

    private mutating func moveCarriedToFront() {
        let rest = filled - carried
        if rest > 0 { memmove(buffer, buffer + carried, rest) }
        filled = rest
        carried = 0
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.initialize(from: buffer, count: filled)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }
}
