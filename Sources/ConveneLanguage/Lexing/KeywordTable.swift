/// Recognises reserved words straight from the source bytes, without making a `String`.
enum KeywordTable {
    /// Keywords by first letter, each packed big-endian into a `UInt64` (all are 2–8 ASCII letters).
    private static let buckets: [[(packed: UInt64, keyword: Keyword)]] = {
        var buckets = Array(repeating: [(packed: UInt64, keyword: Keyword)](), count: 26)
        for keyword in Keyword.allCases {
            let utf8 = Array(keyword.rawValue.utf8)
            buckets[Int(utf8[0] - UInt8(ascii: "a"))].append((pack(utf8[...]), keyword))
        }
        return buckets
    }()

    private static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for byte in bytes { packed = packed << 8 | UInt64(byte) }
        return packed
    }

    /// The keyword spelled by `bytes[start..<stop]`, if it is one.
    static func keyword(in bytes: [UInt8], from start: Int, to stop: Int) -> Keyword? {
        let length = stop - start
        guard length >= 2, length <= 8 else { return nil }
        let first = bytes[start]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
        let packed = pack(bytes[start..<stop])
        for entry in buckets[Int(first - UInt8(ascii: "a"))] where entry.packed == packed {
            return entry.keyword
        }
        return nil
    }
}
