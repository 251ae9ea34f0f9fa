#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last value read for each journal member that mostly repeats from one
/// line to the next (an event's type, collection, stage and step, and the
/// minute of its time). A line whose value has the same bytes gets the same
/// `String` back, so replaying a long journal does not decode and validate
/// "item", "ideas", "gather" … once per event.
struct RepeatedValues {
    /// One member's last value: its raw bytes (escape-free) and the string made of them.
    struct Slot {
        fileprivate var bytes: [UInt8] = []
        fileprivate var value: String?

        /// The string for `raw`: the last one when the bytes match, else `make()`, remembered.
        mutating func string(for raw: UnsafeBufferPointer<UInt8>, make: () -> String) -> String {
            if let value, bytes.count == raw.count,
               raw.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }) {
                return value
            }
            let made = make()
            // Long values (free text) rarely repeat; keeping them would only cost a copy per line.
            if raw.count <= Self.longest {
                bytes = Array(raw)
                value = made
            }
            return made
        }

        static let longest = 64
    }

    /// The minute of the last time read: `2026-11-23T17:46:`, kept as two
    /// words and a byte to compare whole, and when that minute began.
    struct Minute {
        fileprivate var prefix: (UInt64, UInt64, UInt8)?
        fileprivate var start: Int64 = 0

        /// The time `bytes` (ISO 8601, `…:SS.mmmZ`) names, working out only
        /// the seconds when the minute is the last one's.
        mutating func time(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
            guard bytes.count == 24, let base = bytes.baseAddress, base[19] == UInt8(ascii: "."), base[23] == UInt8(ascii: "Z"),
                  let seconds = Self.digits(base + 17, 2), let milliseconds = Self.digits(base + 20, 3)
            else { return Timestamp(iso8601Bytes: bytes) }
            let offset = Int64(seconds * 1000 + milliseconds)
            let minute = (Self.word(base), Self.word(base + 8), base[16])
            if let prefix, prefix == minute {
                return Timestamp(milliseconds: start + offset)
            }
            guard let time = Timestamp(iso8601Bytes: bytes) else { return nil }
            prefix = minute
            start = time.milliseconds - offset
            return time
        }

        private static func word(_ bytes: UnsafePointer<UInt8>) -> UInt64 {
            UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
        }

        private static func digits(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int? {
            var value = 0
            for index in 0..<count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
    }

    var time = Minute()
    var type = Slot()
    var collection = Slot()
    var stage = Slot()
    var step = Slot()
    var tag = Slot()
    var vote = Slot()
}
