/// Finds symbols by name: an open-addressing hash table (linear probing)
/// whose slots hold an index (a symbol's, or a scope's binding's) and its
/// name's hash, not the name; a candidate is confirmed against the name
/// where the index leads.
///
/// Checking looks a name up for every use in a script, and a
/// `Dictionary<String, Int>` spent more on hashing (SipHash, through
/// `Hasher`) and probing than the checker spent on everything else it does
/// for a name. Slots of 8 bytes also keep the table small, and most probes
/// within one cache line. The hash is seeded per process (see `NameHash`), so a
/// script cannot be written to make its names collide.
struct NameIndex {
    /// 0 for an empty slot; else the name's 32-bit hash in the high half and
    /// the stored index plus one in the low half. The number of slots is a
    /// power of two, or zero before the first insertion.
    private var slots: [UInt64] = []
    /// How many slots are taken.
    private(set) var count = 0

    /// An index with room for `expected` names before it has to grow.
    init(expected: Int = 0) {
        if expected > 0 { slots = Self.emptySlots(for: expected) }
    }

    /// The index stored under `name` (whose hash is `hash`), if any;
    /// `nameAt` gives the name of a stored index.
    @inline(__always)
    func find(_ name: String, hash: UInt32, nameAt: (Int) -> String) -> Int? {
        guard count > 0 else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var position = Int(hash) & mask
            while true {
                let slot = slots[position]
                if slot == 0 { return nil }
                if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                    let index = Int(UInt32(truncatingIfNeeded: slot)) - 1
                    if nameAt(index) == name { return index }
                }
                position = (position + 1) & mask
            }
        }
    }

    /// Adds a name that is not in the index yet.
    mutating func insert(hash: UInt32, index: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        var position = Int(hash) & (slots.count - 1)
        while slots[position] != 0 { position = (position + 1) & (slots.count - 1) }
        slots[position] = Self.slot(hash: hash, index: index)
        count += 1
    }

    /// Makes the slot holding `index` (under `hash`) hold `replacement`
    /// instead, or empties it when `replacement` is nil.
    mutating func replace(hash: UInt32, index: Int, with replacement: Int?) {
        let mask = slots.count - 1
        let old = Self.slot(hash: hash, index: index)
        var position = Int(hash) & mask
        while slots[position] != old { position = (position + 1) & mask }
        if let replacement {
            slots[position] = Self.slot(hash: hash, index: replacement)
        } else {
            remove(at: position)
        }
    }

    /// The index of every symbol in the index, in no particular order.
    var indices: [Int] {
        slots.compactMap { $0 == 0 ? nil : Int(UInt32(truncatingIfNeeded: $0)) - 1 }
    }

    /// Empties a slot, moving later entries of its probe run back so every
    /// entry stays reachable from its home slot (no tombstones).
    private mutating func remove(at position: Int) {
        let mask = slots.count - 1
        var hole = position
        var next = (hole + 1) & mask
        while slots[next] != 0 {
            let home = Int(UInt32(truncatingIfNeeded: slots[next] >> 32)) & mask
            // The entry may fill the hole unless its home lies cyclically in (hole, next].
            if (next - home) & mask >= (next - hole) & mask {
                slots[hole] = slots[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        slots[hole] = 0
        count -= 1
    }

    private mutating func grow() {
        let old = slots
        slots = Self.emptySlots(for: max(8, count * 2))
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            var position = Int(UInt32(truncatingIfNeeded: slot >> 32)) & mask
            while slots[position] != 0 { position = (position + 1) & mask }
            slots[position] = slot
        }
    }

    /// Slots for `expected` names at most half full.
    private static func emptySlots(for expected: Int) -> [UInt64] {
        var capacity = 8
        while capacity < expected * 2 { capacity *= 2 }
        return [UInt64](repeating: 0, count: capacity)
    }

    private static func slot(hash: UInt32, index: Int) -> UInt64 {
        UInt64(hash) << 32 | UInt64(index + 1)
    }
}
