#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cursor over JSON bytes: the pieces `JSONParser` and the journal
/// decoder build on.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    static let maximumDepth = 200

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    func fail(_ reason: String) -> JSONParseError {
        JSONParseError(offset: position, reason: reason)
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw fail("nested too deeply") }
        guard position < bytes.count else { throw fail("unexpected end of text") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected character")
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail("unexpected end of text") }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] {
            throw fail("unexpected character")
        }
        position += count
    }

    mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var pairs: [(String, JSONValue)] = []
        pairs.reserveCapacity(12)
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(pairs)
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a key") }
            let key = try string()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected `:`") }
            position += 1
            skipSpace()
            pairs.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard position < bytes.count else { throw fail("unexpected end of text") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(pairs)
            } else {
                throw fail("expected `,` or `}`")
            }
        }
    }

    mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var values: [JSONValue] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(values)
        }
        while true {
            skipSpace()
            values.append(try value(depth: depth + 1))
            skipSpace()
            guard position < bytes.count else { throw fail("unexpected end of text") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(values)
            } else {
                throw fail("expected `,` or `]`")
            }
        }
    }

    mutating func string() throws(JSONParseError) -> String {
        position += 1
        let start = position
        position = Self.plainRunEnd(in: bytes, from: start)
        guard position < bytes.count else { throw JSONParseError(offset: start - 1, reason: "unterminated string") }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            position += 1
            return text
        case UInt8(ascii: "\\"):
            return try escapedString(from: start)
        default:
            throw fail("control character in a string")
        }
    }

    /// Where the run of bytes from `start` that a string holds as they are
    /// ends: at the first quote, backslash or control character, or at the
    /// end. Looks at eight bytes at a time, as most strings have none of these.
    static func plainRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let found = Self.quoteBackslashOrControlBytes(word)
                // The lowest byte marked is always a real one: the tricks can only
                // mark too much above a byte that was found.
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return index
    }

    /// The top bit of each of a word's eight bytes that is `"`, `\` or below
    /// 0x20 (the first byte lowest): the usual bit tricks for "some byte is
    /// zero" and "some byte is less than n".
    private static func quoteBackslashOrControlBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highBits
    }

    /// The slow path, for strings holding escapes.
    mutating func escapedString(from start: Int) throws(JSONParseError) -> String {
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { throw fail("control character in a string") }
            if byte != UInt8(ascii: "\\") {
                decoded.append(byte)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { break }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "u"): decoded.append(contentsOf: String(try unicodeEscape()).utf8)
            default: throw fail("unknown escape")
            }
        }
        throw JSONParseError(offset: start - 1, reason: "unterminated string")
    }

    mutating func unicodeEscape() throws(JSONParseError) -> Character {
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                return "\u{FFFD}"
            }
            position += 2
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second) else { return "\u{FFFD}" }
            let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            return Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
        }
        return Character(Unicode.Scalar(first) ?? "\u{FFFD}")
    }

    mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("bad \\u escape")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    mutating func number() throws(JSONParseError) -> Double {
        let start = position
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var integer: Int64 = 0
        var digits = 0
        var simple = true
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            if digits < 18 {
                integer = integer * 10 + Int64(bytes[position] - UInt8(ascii: "0"))
            } else {
                simple = false
            }
            digits += 1
            position += 1
        }
        guard digits > 0 else { throw fail("expected a digit") }
        if position < bytes.count, Self.isNumberByte(bytes[position]) {
            simple = false
            while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
        }
        if simple { return Double(negative ? -integer : integer) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text) else {
            position = start
            throw fail("malformed number")
        }
        return value
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default: false
        }
    }
}

// MARK: Reading known shapes without building a JSONValue

extension JSONReader {
    /// Reads the `{` that opens an object.
    mutating func openObject() throws(JSONParseError) {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { throw fail("expected an object") }
        position += 1
    }

    /// The next member's key as raw bytes (keys never hold escapes in a
    /// journal; one that does comes back with its backslashes and so
    /// matches nothing), with its `:` read; nil at the closing `}`.
    mutating func nextKey(first: inout Bool) throws(JSONParseError) -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        guard position < bytes.count else { throw fail("unexpected end of text") }
        if bytes[position] == UInt8(ascii: "}") {
            position += 1
            return nil
        }
        if !first {
            guard bytes[position] == UInt8(ascii: ",") else { throw fail("expected `,` or `}`") }
            position += 1
            skipSpace()
        }
        first = false
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a key") }
        let start = position + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            if bytes[end] == UInt8(ascii: "\\") { end += 1 }
            end += 1
        }
        guard end < bytes.count else { throw fail("unterminated key") }
        position = end + 1
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected `:`") }
        position += 1
        skipSpace()
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Reads `expected` when the bytes at the current position are exactly
    /// those; otherwise reads nothing and returns false.
    mutating func skip(_ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let wanted = expected.baseAddress, expected.count <= bytes.count - position,
              memcmp(base + position, wanted, expected.count) == 0
        else { return false }
        position += expected.count
        return true
    }

    /// Where a string value's text lies (between its quotes), checked as
    /// `string()` checks it but left unread, and whether it holds escapes;
    /// nil for `null`.
    mutating func optionalStringSpan() throws(JSONParseError) -> (range: Range<Int>, escaped: Bool)? {
        guard position < bytes.count else { throw fail("unexpected end of text") }
        if bytes[position] == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        guard bytes[position] == UInt8(ascii: "\"") else { throw fail("expected text") }
        let start = position + 1
        let end = Self.plainRunEnd(in: bytes, from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            position = end + 1
            return (start..<end, false)
        }
        _ = try string()
        return (start..<position - 1, true)
    }

    /// A whole number.
    mutating func integer() throws(JSONParseError) -> Int {
        guard position < bytes.count else { throw fail("unexpected end of text") }
        let start = position
        // Most are a few plain digits: read those without going through `Double`.
        var end = start
        var digits = 0
        while end < bytes.count, end - start < 15, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") {
            digits = digits * 10 + Int(bytes[end] - UInt8(ascii: "0"))
            end += 1
        }
        if end > start, end < bytes.count, !Self.isNumberByte(bytes[end]) {
            position = end
            return digits
        }
        let value = try number()
        guard value.rounded() == value, abs(value) < 9.0e15 else {
            position = start
            throw fail("expected a whole number")
        }
        return Int(value)
    }

    /// A time written as an ISO 8601 string, read straight from the bytes,
    /// working out only the seconds when its minute is the last time's.
    mutating func timestamp(reusing minute: inout RepeatedValues.Minute) throws(JSONParseError) -> Timestamp {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a time") }
        let start = position + 1
        let end = Self.plainRunEnd(in: bytes, from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), let time = minute.time(UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
            throw fail("malformed time")
        }
        position = end + 1
        return time
    }

    /// Any value, for members whose shape is read later.
    mutating func anyValue() throws(JSONParseError) -> JSONValue {
        try value(depth: 1)
    }

    /// Checks that only spaces follow.
    mutating func finish() throws(JSONParseError) {
        skipSpace()
        guard position == bytes.count else { throw fail("unexpected text after the value") }
    }
}
