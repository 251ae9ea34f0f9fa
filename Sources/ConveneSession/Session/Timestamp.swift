/// A moment in time: milliseconds since 1970-01-01T00:00:00Z. Written in the
/// journal as ISO 8601 in UTC (`2025-06-03T09:30:00.000Z`), converted here
/// without Foundation so reading a long journal stays fast.
public struct Timestamp: Sendable, Hashable, Comparable {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public static func < (left: Timestamp, right: Timestamp) -> Bool { left.milliseconds < right.milliseconds }

    /// A UTC date and time.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.milliseconds = seconds * 1000
    }

    /// The civil date and time at an offset from UTC.
    public func parts(utcOffsetMinutes: Int = 0) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        let shifted = milliseconds + Int64(utcOffsetMinutes) * 60_000
        let totalSeconds = Int(shifted >= 0 ? shifted / 1000 : (shifted - 999) / 1000)
        let millisecond = Int(shifted - Int64(totalSeconds) * 1000)
        let days = totalSeconds >= 0 ? totalSeconds / 86_400 : (totalSeconds - 86_399) / 86_400
        let secondOfDay = totalSeconds - days * 86_400
        let (year, month, day) = Self.civilFromDays(days)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60, millisecond)
    }

    /// `2025-06-03T09:30:00.000Z`. Written digit by digit: every journal line carries one.
    public var iso8601: String {
        let p = parts()
        guard (0...9999).contains(p.year) else {
            return "\(Self.pad(p.year, 4))-\(Self.pad(p.month))-\(Self.pad(p.day))T\(Self.pad(p.hour)):\(Self.pad(p.minute)):\(Self.pad(p.second)).\(Self.pad(p.millisecond, 3))Z"
        }
        return String(unsafeUninitializedCapacity: 24) { text in
            func put(_ value: Int, width: Int, at offset: Int) {
                var rest = value
                for index in (offset..<offset + width).reversed() {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(p.year, width: 4, at: 0)
            put(p.month, width: 2, at: 5)
            put(p.day, width: 2, at: 8)
            put(p.hour, width: 2, at: 11)
            put(p.minute, width: 2, at: 14)
            put(p.second, width: 2, at: 17)
            put(p.millisecond, width: 3, at: 20)
            text[4] = UInt8(ascii: "-")
            text[7] = UInt8(ascii: "-")
            text[10] = UInt8(ascii: "T")
            text[13] = UInt8(ascii: ":")
            text[16] = UInt8(ascii: ":")
            text[19] = UInt8(ascii: ".")
            text[23] = UInt8(ascii: "Z")
            return 24
        }
    }

    /// `09:30` in local time.
    public func clockTime(utcOffsetMinutes: Int) -> String {
        let p = parts(utcOffsetMinutes: utcOffsetMinutes)
        return "\(Self.pad(p.hour)):\(Self.pad(p.minute))"
    }

    /// `2025-06-03` in local time.
    public func date(utcOffsetMinutes: Int) -> String {
        let p = parts(utcOffsetMinutes: utcOffsetMinutes)
        return "\(Self.pad(p.year, 4))-\(Self.pad(p.month))-\(Self.pad(p.day))"
    }

    /// `20250603-0930` in local time, for folder names.
    public func compact(utcOffsetMinutes: Int) -> String {
        let p = parts(utcOffsetMinutes: utcOffsetMinutes)
        return "\(Self.pad(p.year, 4))\(Self.pad(p.month))\(Self.pad(p.day))-\(Self.pad(p.hour))\(Self.pad(p.minute))\(Self.pad(p.second))"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS(.mmm)Z`, as written by `iso8601`.
    public init?(iso8601 text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Timestamp(iso8601Bytes: $0) }) else { return nil }
        self = parsed
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS(.mmm)Z` from UTF-8 bytes.
    init?(iso8601Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var millisecond = 0
        if bytes.count == 24, bytes[19] == UInt8(ascii: ".") {
            guard let value = number(20, 3) else { return nil }
            millisecond = value
        } else if bytes.count != 20 {
            return nil
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        milliseconds += Int64(millisecond)
    }

    /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
    public static func isCalendarDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        let digits = bytes.enumerated().filter { $0.offset != 4 && $0.offset != 7 }.map(\.element)
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        let value = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) } }
        let (year, month, day) = (value(0..<4), value(5..<7), value(8..<10))
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    // Howard Hinnant's days-from-civil algorithms (proleptic Gregorian calendar).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
