#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session gets the time from. Injected so a run is reproducible:
/// tests use `SteppingClock`, the command line uses `SystemClock`.
public protocol Clock: AnyObject {
    /// The current time.
    func now() -> Timestamp
    /// Minutes east of UTC for showing local times in the transcript.
    var utcOffsetMinutes: Int { get }
}

/// The machine's real clock in its local time zone.
public final class SystemClock: Clock {
    public let utcOffsetMinutes: Int

    public init() {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        utcOffsetMinutes = Int(parts.tm_gmtoff) / 60
    }

    public func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(milliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}

/// A clock that starts at a fixed time and moves on by a fixed amount each
/// time it is read, so a scripted run gets the same times on every machine.
public final class SteppingClock: Clock {
    private var current: Timestamp
    private let stepMilliseconds: Int64
    public let utcOffsetMinutes: Int

    public init(start: Timestamp, stepSeconds: Int = 30, utcOffsetMinutes: Int = 0) {
        self.current = start
        self.stepMilliseconds = Int64(stepSeconds) * 1000
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    public func now() -> Timestamp {
        defer { current = Timestamp(milliseconds: current.milliseconds + stepMilliseconds) }
        return current
    }
}
