/// Hashes names for `NameIndex`: eight bytes at a time, each step a 64×64→128
/// bit multiplication folded back to 64 bits (the mixing of wyhash and
/// foldhash), a handful of instructions for a typical name where `Hasher`'s
/// SipHash takes hundreds.
///
/// The keys are seeded from `Hasher`, which the runtime seeds at random for
/// each process (unless `SWIFT_DETERMINISTIC_HASHING` is set), so which names
/// collide cannot be known in advance: a script cannot make lookups slow.
enum NameHash {
    private static let seed: (UInt64, UInt64) = {
        var hasher = Hasher()
        hasher.combine(0x636F_6E76_656E_65 as UInt64)
        let first = UInt64(UInt(bitPattern: hasher.finalize()))
        return (first | 1, (first &* 0x9E37_79B9_7F4A_7C15) ^ 0x2D35_8DCC_AA6C_78A5)
    }()

    /// The 32-bit hash of a name's UTF-8 bytes.
    static func of(_ name: String) -> UInt32 {
        if let hash = name.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        return Array(name.utf8).withUnsafeBufferPointer(hash(bytes:))
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let (key, extra) = seed
        var state = key ^ UInt64(bytes.count)
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                state = mix(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), extra)
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail = tail << 8 | UInt64(base[index]) }
            state = mix(state ^ tail, key)
        }
        let folded = mix(state, extra ^ 0xA076_1D64_78BD_642F)
        return UInt32(truncatingIfNeeded: folded ^ (folded >> 32))
    }

    /// The two halves of the full product of `a` and `b`, xored together.
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
