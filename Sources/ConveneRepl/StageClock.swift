import ConveneSession

/// How long the room has spent in each stage, and in each break, read from
/// the journal: time counts while a stage (or a break) is the current one
/// and the session is not paused. A break's time is its own, under its
/// step's key (`gather/break`, see `Step.clockName`), so a stage's clock
/// does not run during the break before or after it. It reads only the
/// records added since it last looked, so asking at every prompt stays
/// cheap however long the session is.
public struct StageClock {
    private var spent: [String: Int64] = [:]
    /// The clock name of the stage or break the session is at.
    private var current: String?
    private var since: Timestamp?
    private var paused = false
    private var recordsRead = 0

    public init() {}

    /// Milliseconds spent in a stage, or a break (by `Step.clockName`), up
    /// to `now`, after reading new records.
    public mutating func millisecondsSpent(in name: String, records: [JournalRecord], now: Timestamp) -> Int64 {
        read(records)
        var total = spent[name] ?? 0
        if current == name, !paused, let since {
            total += max(0, now.milliseconds - since.milliseconds)
        }
        return total
    }

    private mutating func read(_ records: [JournalRecord]) {
        guard recordsRead < records.count else { return }
        records.withUnsafeBufferPointer { read($0) }
    }

    /// Reads through a pointer, by index, so no record is copied.
    private mutating func read(_ records: UnsafeBufferPointer<JournalRecord>) {
        guard let base = records.baseAddress else { return }
        // The current stage's time adds up here and goes into `spent` when
        // the stage changes, not once per record.
        var running: Int64 = 0
        for index in recordsRead..<records.count {
            let time = base[index].time
            if current != nil, !paused, let since {
                running += max(0, time.milliseconds - since.milliseconds)
            }
            since = time
            switch base[index].event {
            case .entered(let stage, _, let step, let definition):
                addSpent(running)
                running = 0
                current = BreakStep.isBreak(definition) ? stage + "/" + step : stage
            case .paused: paused = true
            case .resumed: paused = false
            default: break
            }
        }
        addSpent(running)
        recordsRead = records.count
    }

    private mutating func addSpent(_ milliseconds: Int64) {
        guard let current, milliseconds > 0 else { return }
        spent[current, default: 0] += milliseconds
    }
}
