import ConveneLanguage

/// How to start or resume a session, beyond the script itself.
public struct SessionEnvironment {
    public var clock: Clock
    public var limits: EvaluationLimits
    /// Opens the journal for appending; the default is a real `JournalFile`.
    public var openJournal: (String) throws(StorageError) -> JournalStorage
    /// The command that starts this program, as the facilitator would type
    /// it, for messages that say what to type next (`convene resume DIR`).
    public var programName: String

    public init(
        clock: Clock = SystemClock(), limits: EvaluationLimits = .standard,
        openJournal: @escaping (String) throws(StorageError) -> JournalStorage = { path throws(StorageError) in try JournalFile(path: path) },
        programName: String = "convene"
    ) {
        self.clock = clock
        self.limits = limits
        self.openJournal = openJournal
        self.programName = programName
    }
}

/// What a resume found and did, to tell the facilitator.
public struct ResumeNotice: Sendable, Equatable {
    /// A cut-off last journal line that was moved aside.
    public var tornLine: TornNotice?
    /// The script changed; these are the differences in what already ran (empty when none matter).
    public var scriptChanges: [String]
    public var scriptChanged: Bool
    /// When the stage the session was at is gone from the edited script: that
    /// stage, and the stage the session carries on at.
    public var relocated: (from: String, to: String)?

    public static func == (left: ResumeNotice, right: ResumeNotice) -> Bool {
        left.tornLine == right.tornLine && left.scriptChanges == right.scriptChanges && left.scriptChanged == right.scriptChanged
            && left.relocated?.from == right.relocated?.from && left.relocated?.to == right.relocated?.to
    }
}

/// A torn journal line set aside: which line, how long, and where it went.
public struct TornNotice: Sendable, Equatable {
    public var line: Int
    public var bytes: Int
    public var movedTo: String

    public init(line: Int, bytes: Int, movedTo: String) {
        self.line = line
        self.bytes = bytes
        self.movedTo = movedTo
    }
}

extension Session {
    /// Starts a new session of a checked program in `folder`, which must not
    /// already hold a journal. `scriptPath` is recorded so `resume` can find
    /// the script again; `scriptBytes` are hashed to notice later edits.
    public static func start(
        program: CheckedProgram, scriptPath: String, scriptBytes: [UInt8], folder: String,
        parameters: [ParameterSetting], seed: UInt64, environment: SessionEnvironment = SessionEnvironment()
    ) throws(SessionError) -> Session {
        let model = try runnableModel(program)
        let (values, recorded) = try ParameterBinding.bind(parameters, model: model, limits: environment.limits)
        try ParameterCounts(model: model, settings: parameters, values: values, limits: environment.limits).check()
        let first = model.stageNames[0]
        let opening: Step
        let title: String
        do {
            let interpreter = Interpreter(model: model, state: SessionState(scriptSHA256: ""), parameters: values, limits: environment.limits)
            opening = try interpreter.walk(stage: first, upTo: 0)[0]
            if let literal = model.program.workshop?.titleLiteral {
                title = interpreter.display(try interpreter.evaluateStandalone(Expression(.string(literal), range: literal.range), path: model.mainPath))
            } else {
                title = model.title
            }
        } catch {
            throw SessionError(error.rendered(sources: program.sources), kind: .script)
        }
        let journalPath = Paths.join(folder, "journal.jsonl")
        try checkFolderIsFree(folder, journalPath: journalPath, programName: environment.programName)
        do {
            try Paths.makeDirectories(folder)
        } catch {
            throw SessionError("cannot create the session folder: \(error.description)", help: "choose another folder with `--out DIR`")
        }
        let header = JournalHeader(
            scriptPath: scriptPath, scriptSHA256: SHA256.hex(of: scriptBytes), title: title, seed: seed,
            parameters: recorded, utcOffsetMinutes: environment.clock.utcOffsetMinutes, started: environment.clock.now())
        let storage: JournalStorage
        do {
            storage = try environment.openJournal(journalPath)
            try storage.append(line: JSONWriter.compact(JournalCoding.encode(header)))
        } catch {
            throw SessionError("cannot start the session: \(error.description)", help: "choose another folder with `--out DIR`")
        }
        let session = Session(
            model: model, header: header, folder: folder, storage: storage, clock: environment.clock,
            limits: environment.limits, parameters: values, records: [], placeholder: opening,
            programName: environment.programName)
        try session.commit([.entered(stage: first, index: 0, step: opening.id, definition: opening.definition)], undoable: false)
        return session
    }

    /// A new session needs a folder of its own: a new one, or an empty one.
    /// Its outputs would overwrite files of the same names (`report.md` …)
    /// in a folder that holds something else, and a session already there
    /// is continued with `resume`, not started again.
    private static func checkFolderIsFree(_ folder: String, journalPath: String, programName: String) throws(SessionError) {
        guard !Paths.exists(journalPath) else {
            throw SessionError("\(folder) already holds a session", help: "continue it with `\(programName) resume \(folder)`, or choose another folder with `--out DIR`")
        }
        guard Paths.isDirectory(folder), let names = Paths.contents(of: folder), !names.isEmpty else { return }
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " …" : "")
        throw SessionError(
            "\(folder) is not empty (it holds \(shown)) and is not a Convene session; "
                + "the session's outputs (report.md, items.csv …) would overwrite files there",
            help: "choose a new or empty folder with `--out DIR`")
    }

    /// Reads a session folder's journal, moving a torn last line aside.
    public static func readJournal(folder: String) throws(SessionError) -> (JournalContents, ResumeNotice) {
        let journalPath = Paths.join(folder, "journal.jsonl")
        guard Paths.exists(journalPath) else {
            throw SessionError(
                "\(folder) holds no session (there is no journal.jsonl)",
                help: "name the folder a session was started in (`--out DIR`, or one under sessions/)")
        }
        var contents: JournalContents
        do {
            contents = try JournalReader.read(path: journalPath)
        } catch {
            throw SessionError(error.description)
        }
        var notice = ResumeNotice(tornLine: nil, scriptChanges: [], scriptChanged: false)
        if let torn = contents.torn {
            do {
                let movedTo = try JournalReader.setAside(torn, journalPath: journalPath, goodLength: contents.goodLength)
                notice.tornLine = TornNotice(line: torn.line, bytes: torn.bytes.count, movedTo: movedTo)
                contents.torn = nil
            } catch {
                throw SessionError("the journal's last line is cut off, and setting it aside failed: \(error.description)")
            }
        }
        return (contents, notice)
    }

    /// Continues a session from its journal, exactly where it stopped. When the
    /// script changed since, the session goes on only if what already ran is
    /// unchanged, or if `acceptChanges` is set.
    public static func resume(
        journal: consuming JournalContents, notice: ResumeNotice, folder: String, program: CheckedProgram, scriptBytes: [UInt8],
        acceptChanges: Bool = false, environment: SessionEnvironment = SessionEnvironment()
    ) throws(SessionError) -> (Session, ResumeNotice) {
        let model = try runnableModel(program)
        let header = journal.header
        let declared = Set((program.workshop?.parameters ?? []).map(\.name))
        let (values, _) = try ParameterBinding.bind(header.parameters.filter { declared.contains($0.name) }, model: model, limits: environment.limits)
        let storage: JournalStorage
        do {
            storage = try environment.openJournal(Paths.join(folder, "journal.jsonl"))
        } catch {
            throw SessionError("cannot reopen the journal: \(error.description)")
        }
        let first = model.stageNames[0]
        let session = Session(
            model: model, header: header, folder: folder, storage: storage, clock: environment.clock,
            limits: environment.limits, parameters: values, records: Self.records(of: consume journal), placeholder: placeholderStep(first),
            programName: environment.programName)
        var notice = notice
        let position = session.state.position
        let relocating = position == nil || model.stages[position!.stage] == nil
        // Worked out before anything is written, so a resume that cannot go on leaves the journal as it was.
        if !relocating { try session.refreshCurrentStep() }
        let sha = SHA256.hex(of: scriptBytes)
        if sha != session.state.scriptSHA256 {
            notice.scriptChanged = true
            notice.scriptChanges = ScriptCompatibility.changes(session: session)
            if !notice.scriptChanges.isEmpty, !acceptChanges {
                throw incompatible(notice.scriptChanges, folder: folder, scriptPath: header.scriptPath, programName: environment.programName)
            }
            try session.commit([.scriptChanged(sha256: sha, changes: notice.scriptChanges)], undoable: false)
        }
        // Written at once but synced with the next event, before anything typed
        // is acknowledged: the facilitator's prompt does not wait for the disk.
        try session.commit([.resumed], undoable: false, synced: false)
        if relocating {
            // The stage it stopped in is gone from the edited script: carry on at the first stage not yet run.
            let target = model.stageNames.first { !session.state.enteredStages.contains($0) } ?? model.stageNames[model.stageNames.count - 1]
            let steps = try session.steps(of: position == nil ? first : target, upTo: 0)
            try session.commit([.entered(stage: steps[0].stage, index: 0, step: steps[0].id, definition: steps[0].definition)], undoable: false)
            if let position { notice.relocated = (position.stage, steps[0].stage) }
            try session.refreshCurrentStep()
        }
        return (session, notice)
    }

    /// The journal's records, taking them over: the session appends to them
    /// at once, which would copy every record were the journal still holding them.
    private static func records(of journal: consuming JournalContents) -> [JournalRecord] {
        journal.records
    }

    private static func incompatible(_ changes: [String], folder: String, scriptPath: String, programName: String) -> SessionError {
        var message = "the script \(scriptPath) changed since this session ran, in parts already run:\n"
        for change in changes { message += "  - \(change)\n" }
        message += "The journal is untouched; nothing is lost."
        return SessionError(
            message,
            help: "undo those edits to the script and resume again; or resume anyway with "
                + "`\(programName) resume \(folder) --accept-changes` (what was recorded stays as it was); "
                + "or write the outputs as they stand with `\(programName) export \(folder)`")
    }

    private static func runnableModel(_ program: CheckedProgram) throws(SessionError) -> ProgramModel {
        guard program.isRunnable else {
            let renderer = DiagnosticRenderer(sources: program.sources)
            throw SessionError("the script has errors:\n" + renderer.render(program.diagnostics.filter(\.isError)), kind: .script)
        }
        let model = ProgramModel(program)
        guard !model.stageNames.isEmpty else {
            throw SessionError("the script has no stages to run", help: "add a `stage NAME \"Title\" for 20m { … }`")
        }
        return model
    }

    /// A stand-in until the first step is worked out.
    private static func placeholderStep(_ stage: String) -> Step {
        Step(stage: stage, index: 0, id: "talk", kind: .talk, sayings: [], loop: [], path: "", range: .point(0), definition: .null)
    }
}
