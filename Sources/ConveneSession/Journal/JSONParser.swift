/// Why a piece of JSON could not be read, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset of the problem within the text parsed.
    public var offset: Int
    public var reason: String

    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "\(reason) at byte \(offset + 1)" }
}

/// Reads JSON (RFC 8259) from UTF-8 bytes. Written by hand rather than with
/// Foundation so that resuming from a long journal stays fast.
public enum JSONParser {
    /// Parses one complete JSON value; anything but spaces after it is an error.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer throws(JSONParseError) in
            try parse(buffer)
        }
    }

    /// Parses one complete JSON value from a buffer.
    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var reader = JSONReader(bytes: buffer)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == buffer.count else {
            throw JSONParseError(offset: reader.position, reason: "unexpected text after the value")
        }
        return value
    }
}
