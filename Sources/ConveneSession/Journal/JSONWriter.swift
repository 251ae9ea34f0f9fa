/// Writes `JSONValue`s as UTF-8 bytes: compact on one line (a journal event)
/// or indented (an output file people read).
public enum JSONWriter {
    /// The value on one line, no spaces, no line break.
    public static func compact(_ value: JSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(value, into: &bytes, indent: nil, depth: 0)
        return bytes
    }

    /// The value indented by two spaces per level, ending in a line break.
    public static func pretty(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        write(value, into: &bytes, indent: 2, depth: 0)
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, into bytes: inout [UInt8], indent: Int?, depth: Int) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): writeNumber(number, into: &bytes)
        case .string(let text): writeString(text, into: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(into: &bytes, indent: indent, depth: depth + 1)
                write(element, into: &bytes, indent: indent, depth: depth + 1)
            }
            if !values.isEmpty { newline(into: &bytes, indent: indent, depth: depth) }
            bytes.append(UInt8(ascii: "]"))
        case .object(let pairs):
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, element)) in pairs.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(into: &bytes, indent: indent, depth: depth + 1)
                writeString(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if indent != nil { bytes.append(UInt8(ascii: " ")) }
                write(element, into: &bytes, indent: indent, depth: depth + 1)
            }
            if !pairs.isEmpty { newline(into: &bytes, indent: indent, depth: depth) }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into bytes: inout [UInt8], indent: Int?, depth: Int) {
        guard let indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
    }

    private static func writeNumber(_ number: Double, into bytes: inout [UInt8]) {
        guard number.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if number.rounded() == number, abs(number) < 9.0e15 {
            bytes.append(contentsOf: String(Int(number)).utf8)
        } else {
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ writeEscaped($0, into: &bytes) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { writeEscaped($0, into: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string's bytes with what JSON needs escaped escaped; the runs between
    /// (nearly all of a text) are appended whole.
    private static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        var run = 0
        for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
            writeEscape(byte, into: &bytes)
            run = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
    }

    private static func writeEscape(_ byte: UInt8, into bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0xF)])
        }
    }
}
