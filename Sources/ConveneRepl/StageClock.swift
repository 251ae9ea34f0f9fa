import ConveneSession

/// How long the room has spent in each stage, read from the journal: time
/// counts while a stage is the current one and the session is not paused.
/// It reads only the records added since it last looked, so asking at every
/// prompt stays cheap however long the session is.
public struct StageClock {
    private var spent: [String: Int64] = [:]
    private var stage: String?
    private var since: Timestamp?
    private var paused = false
    private var recordsRead = 0

    public init() {}

    /// Milliseconds spent in `stage` up to `now`, after reading new records.
    public mutating func millisecondsSpent(in stage: String, records: [JournalRecord], now: Timestamp) -> Int64 {
        read(records)
        var total = spent[stage] ?? 0
        if self.stage == stage, !paused, let since {
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
            if stage != nil, !paused, let since {
                running += max(0, time.milliseconds - since.milliseconds)
            }
            since = time
            switch base[index].event {
            case .entered(let entered, _, _, _):
                addSpent(running)
                running = 0
                stage = entered
            case .paused: paused = true
            case .resumed: paused = false
            default: break
            }
        }
        addSpent(running)
        recordsRead = records.count
    }

    private mutating func addSpent(_ milliseconds: Int64) {
        guard let stage, milliseconds > 0 else { return }
        spent[stage, default: 0] += milliseconds
    }
}
