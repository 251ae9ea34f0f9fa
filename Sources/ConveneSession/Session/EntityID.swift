/// An id as the session hands them out, `i12`, `t3`, `b4`, `n2`: a letter
/// and a number, read straight from the id's bytes.
struct EntityID {
    /// The letter, as a byte.
    var prefix: UInt8
    var number: Int

    /// Reads an id of an ASCII letter and at most `maximumDigits` digits; nil for any other text.
    init?(_ id: String, maximumDigits: Int) {
        // A native string hands over its bytes at once; walking the UTF-8 view costs far more.
        let parsed = id.utf8.withContiguousStorageIfAvailable { Self.parse($0, maximumDigits: maximumDigits) }
            ?? Self.parse(Array(id.utf8), maximumDigits: maximumDigits)
        guard let parsed else { return nil }
        self = parsed
    }

    private init(prefix: UInt8, number: Int) {
        self.prefix = prefix
        self.number = number
    }

    private static func parse(_ bytes: some Collection<UInt8>, maximumDigits: Int) -> EntityID? {
        guard let prefix = bytes.first, prefix < 128, bytes.count > 1, bytes.count <= maximumDigits + 1 else { return nil }
        var number = 0
        for byte in bytes.dropFirst() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return EntityID(prefix: prefix, number: number)
    }
}
