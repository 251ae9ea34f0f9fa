/// A workshop being run: a checked program, stepped through stage by stage,
/// with every change written to the journal before it counts.
///
/// The journal is the single source of truth. Each operation validates the
/// request, appends its events (each line `fsync`'d), and only then applies
/// them to `state`; so whatever a caller is told happened is on disk.
/// Build one with `Session.start` or `Session.resume`; drive it directly or
/// through a `CommandInterpreter`.
public final class Session {
    public let model: ProgramModel
    public let header: JournalHeader
    /// The session folder (journal, transcript, outputs).
    public let folder: String
    public let limits: EvaluationLimits
    let clock: Clock
    /// The command that starts this program, as the facilitator types it,
    /// for messages that say what to type next (`convene resume DIR`).
    public let programName: String
    let storage: JournalStorage
    let parameters: [String: Value]

    /// Every event written so far, undone ones included.
    public private(set) var records: [JournalRecord]
    /// The room's work as of the last event.
    public private(set) var state: SessionState
    /// The step the session is at.
    public internal(set) var currentStep: Step
    private var counters = IdentifierCounters()
    private var lastAction = 0

    init(
        model: ProgramModel, header: JournalHeader, folder: String, storage: JournalStorage, clock: Clock,
        limits: EvaluationLimits, parameters: [String: Value], records: [JournalRecord], placeholder: Step,
        programName: String
    ) {
        self.model = model
        self.programName = programName
        self.header = header
        self.folder = folder
        self.storage = storage
        self.clock = clock
        self.limits = limits
        self.parameters = parameters
        self.records = records
        self.state = SessionState(scriptSHA256: header.scriptSHA256)
        self.currentStep = placeholder
        var counters = IdentifierCounters()
        var lastAction = 0
        // Through a pointer, by index: a long journal's records are read in place, not copied one by one.
        records.withUnsafeBufferPointer { records in
            guard let base = records.baseAddress else { return }
            for index in records.indices {
                if let id = base[index].event.newEntityID { counters.note(id) }
                lastAction = max(lastAction, base[index].action)
            }
        }
        self.counters = counters
        self.lastAction = lastAction
        rebuildState()
    }

    /// The path of the journal file.
    public var journalPath: String { Paths.join(folder, "journal.jsonl") }

    /// Whether the last stage has been completed.
    public var isFinished: Bool { state.finished }

    /// Lets go of the journal so another run can resume the session; the
    /// session records nothing more.
    public func close() {
        storage.close()
    }

    // MARK: Writing events

    /// Appends the events of one facilitator action, each written and synced
    /// before it is applied. `undoable: false` for events `:undo` must skip.
    /// `synced: false` for bookkeeping that nothing acknowledges: it is on
    /// disk with the next event's sync (see `JournalStorage.appendWithoutSync`).
    func commit(_ events: [JournalEvent], undoable: Bool = true, synced: Bool = true) throws(SessionError) {
        guard !events.isEmpty else { return }
        let action = undoable ? lastAction + 1 : 0
        for event in events {
            let record = JournalRecord(sequence: records.count + 1, action: action, time: clock.now(), event: event)
            do {
                let line = JSONWriter.compact(JournalCoding.encode(record))
                if synced {
                    try storage.append(line: line)
                } else {
                    try storage.appendWithoutSync(line: line)
                }
            } catch {
                throw .notSaved(error)
            }
            if undoable { lastAction = action }
            records.append(record)
            counters.note(event)
            state.apply(event, at: record.time)
        }
    }

    /// The id the next item (`i`), theme (`t`), ballot (`b`) or note (`n`)
    /// gets; it is taken when the event is committed. Ids are never reused,
    /// not even after `:undo`.
    func newID(_ prefix: Character) -> String { counters.next(prefix) }

    // MARK: Replay and undo

    /// The records that still count: those of undone actions are dropped.
    static func effective(_ records: [JournalRecord]) -> [JournalRecord] {
        let undone = undoneActions(records)
        return undone.isEmpty ? records : records.filter { $0.action == 0 || !undone.contains($0.action) }
    }

    /// The actions taken back by `:undo`.
    private static func undoneActions(_ records: [JournalRecord]) -> Set<Int> {
        var undone = Set<Int>()
        records.withUnsafeBufferPointer { records in
            guard let base = records.baseAddress else { return }
            for index in records.indices {
                if let action = base[index].event.undoneAction { undone.insert(action) }
            }
        }
        return undone
    }

    /// Rebuilds the state by replaying the journal from the start.
    func rebuildState() {
        var rebuilt = SessionState(scriptSHA256: header.scriptSHA256)
        // Ids are handed out in order, so the highest ones say how large the tables
        // are; with room for a thousand more, so the next entries do not move them.
        rebuilt.reserveCapacity(
            items: counters.highest("i") + 1024, themes: counters.highest("t") + 1024, ballots: counters.highest("b") + 1024)
        let undone = Self.undoneActions(records)
        records.withUnsafeBufferPointer { records in
            guard let base = records.baseAddress else { return }
            for index in records.indices where base[index].action == 0 || !undone.contains(base[index].action) {
                rebuilt.apply(base[index].event, at: base[index].time)
            }
        }
        state = rebuilt
    }

    /// The most recent action that has not been undone, if any.
    func lastUndoableAction() -> Int? {
        var undone = Set<Int>()
        for record in records {
            if case .undone(let action) = record.event { undone.insert(action) }
        }
        return records.reversed().first { $0.action != 0 && !undone.contains($0.action) }?.action
    }

    /// The events of one action.
    func events(ofAction action: Int) -> [JournalEvent] {
        records.filter { $0.action == action }.map(\.event)
    }

    // MARK: Walking the script

    func interpreter(with state: SessionState? = nil) -> Interpreter {
        Interpreter(model: model, state: state ?? self.state, parameters: parameters, limits: limits)
    }

    /// A stage's steps up to `index` (all when nil), as the script says for
    /// the state given, then the breaks after it, each a step of its own.
    func steps(of stage: String, upTo index: Int?, state: SessionState? = nil) throws(SessionError) -> [Step] {
        let walked: [Step]
        do {
            walked = try interpreter(with: state).walk(stage: stage, upTo: index)
        } catch {
            throw SessionError(error.rendered(sources: model.program.sources), kind: .script)
        }
        // A walk that stopped at `index` did not reach the stage's end.
        if let index, walked.count > index { return walked }
        return walked + breakSteps(after: stage, from: walked.count)
    }

    /// The breaks after a stage as its steps, numbered on from `index`.
    private func breakSteps(after stage: String, from index: Int) -> [Step] {
        let next = model.stageIndex(stage).flatMap { $0 + 1 < model.stageNames.count ? model.stageNames[$0 + 1] : nil }
        return model.breaks(after: stage).enumerated().map { number, entry in
            let pause = BreakStep(title: entry.title, seconds: entry.seconds, number: number, nextStage: next)
            return Step(
                stage: stage, index: index + number, id: BreakStep.id(number: number), kind: .talk, sayings: [], loop: [],
                path: model.mainPath, range: .point(0), definition: pause.definition, pause: pause)
        }
    }

    /// Works out the step at the recorded position again (after a change to
    /// the state, an undo or a resume), by id and, failing that, by index.
    ///
    /// The stage is walked only as far as the position: a later step may read
    /// a vote that is not counted yet (`say "{v.winner}"` after `vote v`), and
    /// the live run never worked it out either. The rest of the stage is
    /// walked only when an edited script moved the step further on.
    func refreshCurrentStep() throws(SessionError) {
        guard let position = state.position else { return }
        let walked = try steps(of: position.stage, upTo: position.index)
        let byID = walked.first { $0.id == position.step }
            ?? (try? steps(of: position.stage, upTo: nil))?.first { $0.id == position.step }
        if let step = byID ?? walked.last(where: { $0.index <= position.index }) {
            currentStep = step
        }
    }
}

/// Hands out `i1`, `t1`, `b1`, `n1` … and remembers the highest used.
struct IdentifierCounters {
    /// The highest number used, by the id's ASCII prefix letter.
    private var highest = [Int](repeating: 0, count: 128)

    func next(_ prefix: Character) -> String {
        "\(prefix)\(highest(prefix) + 1)"
    }

    /// The highest number handed out with this prefix so far; 0 for none.
    func highest(_ prefix: Character) -> Int {
        highest[Self.slot(prefix)]
    }

    mutating func note(_ event: JournalEvent) {
        if let id = event.newEntityID { note(id) }
    }

    /// Reads `i12` as prefix `i`, number 12.
    mutating func note(_ id: String) {
        guard let id = EntityID(id, maximumDigits: 18) else { return }
        highest[Int(id.prefix)] = max(highest[Int(id.prefix)], id.number)
    }

    private static func slot(_ prefix: Character) -> Int {
        Int(prefix.asciiValue ?? 0) & 127
    }
}

extension JournalEvent {
    /// The id the event hands out (an item, theme, ballot or note), if any.
    /// As a property of the event, so replay reads it in place.
    var newEntityID: String? {
        switch self {
        case .itemAdded(let id, _, _, _, _, _, _), .themeCreated(let id, _, _), .ballotCast(let id, _, _, _), .noted(let id, _): id
        default: nil
        }
    }

    /// The action an `:undo` event takes back.
    var undoneAction: Int? {
        guard case .undone(let action) = self else { return nil }
        return action
    }
}
