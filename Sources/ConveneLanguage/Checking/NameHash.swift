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
        if let base = bytes.baseAddress, bytes.count > 0 {
            let raw = UnsafeRawPointer(base)
            let count = bytes.count
            while count - offset > 8 {
                state = mix(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), extra)
                offset += 8
            }
            // The last 1–8 bytes, read in at most two loads (overlapping ones
            // when there are more than four), as wyhash does.
            let tail: UInt64
            switch count - offset {
            case 8:
                tail = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            case 4...7:
                let low = UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                tail = high << 32 | low
            default:
                let rest = count - offset
                tail = UInt64(base[offset]) << 16 | UInt64(base[offset + rest / 2]) << 8 | UInt64(base[count - 1])
            }
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
