/// CSV as RFC 4180 has it: lines end in CRLF; a field holding a comma, a
/// quote or a line break is quoted, with its quotes doubled. So an item such
/// as `She said "no, never"` comes back out of a spreadsheet as typed.
public struct CSV {
    public private(set) var text = ""

    /// A table with a header row.
    public init(header: [String]) {
        add(header)
    }

    public mutating func add(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when it must be.
    public static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
