/// Finds the next byte that matters in a run of text eight bytes at a time,
/// in a `UInt64` (SWAR): text inside strings and comments is most of a
/// script, and nearly all of its bytes are ones the lexer only steps over.
/// Swift's `SIMD16` types are not lowered to vector instructions here, and a
/// byte-at-a-time loop is about four times slower than this.
enum ByteScan {
    /// The index of the first byte at or after `start` and before `end` that is
    /// one of `"` `\` `{` `}` or a line break, or is not ASCII; `end` if none is.
    static func stringSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        scan(bytes, from: start, to: end, nonASCII: true) { word in
            has(word, UInt8(ascii: "\"")) | has(word, UInt8(ascii: "\\")) | has(word, UInt8(ascii: "{"))
                | has(word, UInt8(ascii: "}")) | has(word, UInt8(ascii: "\n"))
        } isMatch: { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "{")
                || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\n") || byte >= 0x80
        }
    }

    /// The index of the first `\` `{` `}` `\r` or `\n` at or after `start` and
    /// before `end`, or `end`: the bytes where a string literal's decoded text
    /// can differ from its source.
    static func literalSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        scan(bytes, from: start, to: end, nonASCII: false) { word in
            has(word, UInt8(ascii: "\\")) | has(word, UInt8(ascii: "{")) | has(word, UInt8(ascii: "}"))
                | has(word, UInt8(ascii: "\r")) | has(word, UInt8(ascii: "\n"))
        } isMatch: { byte in
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
    }

    /// The index of the first line break or non-ASCII byte at or after
    /// `start` and before `end`, or `end`.
    static func lineBreakOrNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        scan(bytes, from: start, to: end, nonASCII: true) { word in
            has(word, UInt8(ascii: "\n"))
        } isMatch: { byte in
            byte == UInt8(ascii: "\n") || byte >= 0x80
        }
    }

    /// The high bit of each byte of `word` that equals `byte` (ASCII),
    /// exactly (no borrow between bytes), for counting and listing them.
    @inline(__always)
    static func exactMatches(of byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ (UInt64(byte) &* ones)
        let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((difference & lowSevenBits) &+ lowSevenBits) | difference | lowSevenBits)
    }

    /// How many bytes from `start` to `end` equal `byte` (ASCII).
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var index = start
        while index + 8 <= end {
            let found = exactMatches(of: byte, in: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            // One bit per byte: summing the bytes by multiplication is cheaper
            // than `nonzeroBitCount`, which without POPCNT is a long sequence.
            count += Int(((found >> 7) &* ones) >> 56)
            index += 8
        }
        while index < end {
            if base[index] == byte { count += 1 }
            index += 1
        }
        return count
    }

    /// Calls `body` with the index of every line break, in order.
    @inline(__always)
    static func forEachLineBreak(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            var found = exactMatches(of: UInt8(ascii: "\n"), in: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            while found != 0 {
                body(index + found.trailingZeroBitCount / 8)
                found &= found &- 1
            }
            index += 8
        }
        while index < bytes.count {
            if base[index] == UInt8(ascii: "\n") { body(index) }
            index += 1
        }
    }

    /// How many line breaks there are.
    static func lineBreakCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        count(of: UInt8(ascii: "\n"), in: bytes, from: 0, to: bytes.count)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that equals `byte` (ASCII). Bits
    /// above the lowest match may be set spuriously, so only the lowest is used.
    @inline(__always)
    private static func has(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (UInt64(byte) &* ones)
        return (difference &- ones) & ~difference & highBits
    }

    @inline(__always)
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, nonASCII: Bool,
        matches: (UInt64) -> UInt64, isMatch: (UInt8) -> Bool
    ) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found = matches(word) | (nonASCII ? word & highBits : 0)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end, !isMatch(base[index]) { index += 1 }
        return index
    }
}
