/// Puts the bytes of a UTF-8 character back together as they arrive one at
/// a time from the terminal. A broken sequence is dropped, as libedit does.
struct UTF8Assembler {
    private var pending: [UInt8] = []
    private var expected = 0

    /// Whether some bytes of a character have arrived but not all.
    var isMidCharacter: Bool { !pending.isEmpty }

    /// Adds a byte; returns the character once it is complete.
    mutating func add(_ byte: UInt8) -> Unicode.Scalar? {
        if pending.isEmpty {
            return start(with: byte)
        }
        guard byte & 0xC0 == 0x80 else {
            pending.removeAll()
            return start(with: byte)
        }
        pending.append(byte)
        guard pending.count == expected else { return nil }
        defer { pending.removeAll() }
        return String(decoding: pending, as: UTF8.self).unicodeScalars.first
    }

    private mutating func start(with byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return nil
        }
        pending = [byte]
        return nil
    }
}
