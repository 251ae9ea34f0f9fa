#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last value read for each journal member that mostly repeats from one
/// line to the next (an event's type, collection, stage and step). A line
/// whose value has the same bytes gets the same `String` back, so replaying a
/// long journal does not decode and validate "item", "ideas", "gather" … once
/// per event.
struct RepeatedStrings {
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

    var type = Slot()
    var collection = Slot()
    var stage = Slot()
    var step = Slot()
    var tag = Slot()
    var vote = Slot()
}
