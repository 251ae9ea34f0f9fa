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
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw fail("control character in a string") }
            position += 1
        }
        throw JSONParseError(offset: start - 1, reason: "unterminated string")
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

    /// A string value, or nil for `null`.
    mutating func optionalString() throws(JSONParseError) -> String? {
        guard position < bytes.count else { throw fail("unexpected end of text") }
        if bytes[position] == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        guard bytes[position] == UInt8(ascii: "\"") else { throw fail("expected text") }
        return try string()
    }

    /// A string value, or nil for `null`, reusing the slot's last string
    /// when the bytes are the same.
    mutating func optionalString(reusing slot: inout RepeatedValues.Slot) throws(JSONParseError) -> String? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return try optionalString() }
        let start = position + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return try string() }
        position = end + 1
        return slot.string(for: UnsafeBufferPointer(rebasing: bytes[start..<end])) { [bytes] in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// A whole number.
    mutating func integer() throws(JSONParseError) -> Int {
        guard position < bytes.count else { throw fail("unexpected end of text") }
        let start = position
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
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < bytes.count, let time = minute.time(UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
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
