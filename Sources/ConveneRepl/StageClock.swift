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
        for record in records[recordsRead...] {
            if let stage, !paused, let since {
                spent[stage, default: 0] += max(0, record.time.milliseconds - since.milliseconds)
            }
            since = record.time
            switch record.event {
            case .entered(let entered, _, _, _): stage = entered
            case .paused: paused = true
            case .resumed: paused = false
            default: break
            }
        }
        recordsRead = records.count
    }
}
