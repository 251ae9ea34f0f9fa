/// A script's text as the lexer reads it: raw UTF-8 bytes plus the offsets
/// where lines start, so any byte offset can be turned into a line and column.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics (as the user typed it).
    public let path: String
    /// The largest script, in bytes: offsets into it must fit a `SourceRange`.
    public static let maximumSize = Int(UInt32.max)

    /// The file's bytes. Invalid UTF-8 is kept as is and reported by the lexer.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of every line; `lineStarts[0] == 0`.
    /// Found on first use (see `LineIndex`), so read it once rather than in a loop.
    public var lineStarts: [Int] { lineIndex.lineStarts(of: bytes) }
    private let lineIndex = LineIndex()

    /// Creates a source file from raw bytes, at most `maximumSize` of them.
    public init(path: String, bytes: [UInt8]) {
        precondition(bytes.count <= Self.maximumSize, "a script is at most 4 GiB")
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The 1-based line and column of a byte offset. Columns count Unicode
    /// characters, not bytes, so a caret lines up under `café` correctly.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let lineStarts = lineStarts
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let prefix = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        return SourceLocation(line: low + 1, column: prefix.count + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        let lineStarts = lineStarts
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text covered by a range.
    public func text(in range: SourceRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A half-open range of byte offsets into a `SourceFile`.
///
/// Every node of a syntax tree, token and diagnostic holds one, so the offsets
/// are stored in 32 bits (8 bytes a range rather than 16): a script is at
/// most `SourceFile.maximumSize` bytes, which `FileBytes` enforces.
public struct SourceRange: Sendable, Hashable {
    private var storedStart: UInt32
    private var storedEnd: UInt32

    /// Offset of the first byte.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(newValue) }
    }

    /// Offset just past the last byte.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(newValue) }
    }

    /// Creates a range; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        storedStart = UInt32(start)
        storedEnd = UInt32(max(start, end))
    }

    /// The smallest range covering both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// An empty range at an offset, for "expected … here" diagnostics.
    public static func point(_ offset: Int) -> SourceRange {
        SourceRange(start: offset, end: offset)
    }
}

/// A 1-based line and column, as shown to people.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
