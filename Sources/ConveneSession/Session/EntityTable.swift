/// Items, themes or ballots by id (`i12`, `t3`, `b4`). Ids are a letter and
/// a number handed out in order, so the table is an array indexed by the
/// number: replaying a long journal does no hashing. Ids beyond ten million
/// (never handed out by a session) are not in any table.
public struct EntityTable<Value: Sendable>: Sendable {
    /// The letter every id in the table starts with.
    public let prefix: Character
    /// `prefix` as a byte, so looking an id up reads no `Character`.
    private let prefixByte: UInt8?
    private var storage: [Value?] = []

    public init(prefix: Character) {
        self.prefix = prefix
        self.prefixByte = prefix.asciiValue
    }

    /// The number of an id of this table, or nil for any other text.
    private func index(of id: String) -> Int? {
        guard let id = EntityID(id, maximumDigits: 7), id.prefix == prefixByte else { return nil }
        return id.number
    }

    public subscript(id: String) -> Value? {
        get {
            guard let index = index(of: id), index < storage.count else { return nil }
            return storage[index]
        }
        _modify {
            guard let index = index(of: id) else {
                var ignored: Value?
                yield &ignored
                return
            }
            grow(to: index)
            yield &storage[index]
        }
        set {
            guard let index = index(of: id) else { return }
            // Ids come in order: a new one is almost always the next slot.
            if index == storage.count {
                storage.append(newValue)
                return
            }
            grow(to: index)
            storage[index] = newValue
        }
    }

    /// Makes room for ids numbered below `count` at once.
    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(min(count, 10_000_000))
    }

    /// Makes room for `index`; ids come in order, so this is almost always one more slot.
    private mutating func grow(to index: Int) {
        while storage.count <= index { storage.append(nil) }
    }

    /// Every entry, in id order.
    public var values: [Value] { storage.compactMap { $0 } }
}
