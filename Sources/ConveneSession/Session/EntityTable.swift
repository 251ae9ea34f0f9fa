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
        var utf8 = id.utf8.makeIterator()
        guard let first = utf8.next(), first == prefixByte else { return nil }
        var number = 0
        var digits = 0
        while let byte = utf8.next() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 7 else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? number : nil
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
            grow(to: index)
            storage[index] = newValue
        }
    }

    /// Makes room for `index`; ids come in order, so this is almost always one more slot.
    private mutating func grow(to index: Int) {
        while storage.count <= index { storage.append(nil) }
    }

    /// Every entry, in id order.
    public var values: [Value] { storage.compactMap { $0 } }
}
