/// The keys a terminal sends as escape sequences (arrows, Home, End,
/// Ctrl-arrows, function keys), turned into the single Emacs keys libedit
/// binds to the same commands. libedit would match most sequences itself,
/// but not while the reader searches the history (Ctrl-R), which reads keys
/// one at a time; and keys it does not know (F5, Insert, Page Up) it types
/// in whole. Decoded here, every arrow works in every mode and no key ever
/// types escape text.
enum EscapeSequence {
    static let escape: UInt8 = 0x1B

    /// Whether `bytes`, which start with ESC, may still grow into a longer
    /// sequence: a lone ESC, `ESC [` and its parameters, or `ESC O`.
    static func isIncomplete(_ bytes: [UInt8]) -> Bool {
        guard bytes.count < maximumLength else { return false }
        switch bytes.count {
        case 1: return true
        case 2: return bytes[1] == UInt8(ascii: "[") || bytes[1] == UInt8(ascii: "O")
        default:
            guard bytes[1] == UInt8(ascii: "[") else { return false }
            return !isFinalByte(bytes[bytes.count - 1])
        }
    }

    /// What `bytes` (starting with ESC, complete or cut short) mean: the
    /// keys to hand the line editor, and any bytes read past the sequence,
    /// which belong to the next key (after ESC alone, Alt+key: ESC then the
    /// key, as libedit expects).
    static func decode(_ bytes: [UInt8]) -> (keys: [UInt32], rest: [UInt8]) {
        guard bytes.count >= 2 else { return ([UInt32(escape)], []) }
        switch bytes[1] {
        case UInt8(ascii: "["):
            guard bytes.count >= 3 else { return ([], []) }
            return (controlSequenceKeys(parameters: Array(bytes[2..<(bytes.count - 1)]), final: bytes[bytes.count - 1]), [])
        case UInt8(ascii: "O"):
            guard bytes.count >= 3 else { return ([], []) }
            return (cursorKey(bytes[2]).map { [$0] } ?? [], [])
        default:
            return ([UInt32(escape)], Array(bytes[1...]))
        }
    }

    /// Longer sequences are not keys a person pressed; they are dropped.
    private static let maximumLength = 16

    private static func isFinalByte(_ byte: UInt8) -> Bool { (0x40...0x7E).contains(byte) }

    /// Emacs keys for the cursor keys: Ctrl-P, Ctrl-N, Ctrl-F, Ctrl-B, Ctrl-A, Ctrl-E.
    private static func cursorKey(_ final: UInt8) -> UInt32? {
        switch final {
        case UInt8(ascii: "A"): 0x10
        case UInt8(ascii: "B"): 0x0E
        case UInt8(ascii: "C"): 0x06
        case UInt8(ascii: "D"): 0x02
        case UInt8(ascii: "H"): 0x01
        case UInt8(ascii: "F"): 0x05
        default: nil
        }
    }

    private static func controlSequenceKeys(parameters: [UInt8], final: UInt8) -> [UInt32] {
        let text = String(decoding: parameters, as: UTF8.self)
        if final == UInt8(ascii: "~") {
            switch text {
            case "1", "7": return [0x01]
            case "4", "8": return [0x05]
            // Delete: libedit binds the sequence itself, to deleting forward.
            case "3": return [UInt32(escape), UInt32(UInt8(ascii: "[")), UInt32(UInt8(ascii: "3")), UInt32(final)]
            default: return []
            }
        }
        let byWord = text.hasSuffix(";3") || text.hasSuffix(";5")
        if byWord, final == UInt8(ascii: "C") { return [UInt32(escape), UInt32(UInt8(ascii: "f"))] }
        if byWord, final == UInt8(ascii: "D") { return [UInt32(escape), UInt32(UInt8(ascii: "b"))] }
        return cursorKey(final).map { [$0] } ?? []
    }
}
