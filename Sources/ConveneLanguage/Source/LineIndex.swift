import ConveneText

/// Where the lines of a file start, found the first time they are asked for:
/// a script that checks without a problem never needs them, and for a large
/// one they are an array of 8 bytes per line. Copies of a `SourceFile` share
/// one index.
final class LineIndex: @unchecked Sendable {
    // `@unchecked`: `starts` is only read or written while holding `lock`.
    private let lock = Lock()
    private var starts: [Int]?

    /// The offset of the first byte of every line of `bytes`; the first is 0.
    func lineStarts(of bytes: [UInt8]) -> [Int] {
        lock.withLock {
            if let starts { return starts }
            let found = bytes.withUnsafeBufferPointer(Self.findLineStarts(in:))
            starts = found
            return found
        }
    }

    /// The line breaks are counted first, so the array is allocated once at
    /// its exact size; both passes read eight bytes at a time (`ByteScan`).
    private static func findLineStarts(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let breaks = ByteScan.lineBreakCount(in: bytes)
        return [Int](unsafeUninitializedCapacity: breaks + 1) { starts, count in
            starts[0] = 0
            count = 1
            ByteScan.forEachLineBreak(in: bytes) { offset in
                starts[count] = offset + 1
                count += 1
            }
        }
    }
}
