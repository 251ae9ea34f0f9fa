/// A time on the clock, to the second, as an agenda shows it (`09:30`).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds in a day: times wrap around at midnight.
    public static let secondsPerDay = 86_400

    /// Seconds since midnight, in `0..<secondsPerDay`.
    public let secondsSinceMidnight: Int

    /// A time from its parts, each clamped to the clock: hour 0…23, minute and second 0…59.
    public init(hour: Int, minute: Int, second: Int = 0) {
        let hour = min(max(hour, 0), 23)
        let minute = min(max(minute, 0), 59)
        let second = min(max(second, 0), 59)
        secondsSinceMidnight = hour * 3_600 + minute * 60 + second
    }

    /// Reads `9:30` or `09:30` (24-hour clock). Nil for anything else, such as
    /// `930`, `9.30`, `24:00` or `9:5`.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2,
              (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              hour < 24, minute < 60
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { secondsSinceMidnight / 3_600 }
    public var minute: Int { secondsSinceMidnight % 3_600 / 60 }
    public var second: Int { secondsSinceMidnight % 60 }

    /// The time a number of seconds later (or earlier, when negative), wrapping past midnight.
    public func adding(seconds: Int) -> TimeOfDay {
        let wrapped = (secondsSinceMidnight + seconds % Self.secondsPerDay + Self.secondsPerDay) % Self.secondsPerDay
        return TimeOfDay(hour: wrapped / 3_600, minute: wrapped % 3_600 / 60, second: wrapped % 60)
    }

    /// `09:30`, or `09:30:15` when the seconds are not zero.
    public var description: String {
        let clock = twoDigits(hour) + ":" + twoDigits(minute)
        return second == 0 ? clock : clock + ":" + twoDigits(second)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
