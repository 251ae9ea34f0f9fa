import ConveneLanguage

/// Everything the outputs are made from: the program, the journal and the
/// state it replays to. A running session hands one over; `convene export`
/// builds one straight from a session folder.
public struct SessionSnapshot {
    public var model: ProgramModel
    public var header: JournalHeader
    public var records: [JournalRecord]
    public var state: SessionState
    public var folder: String
    var parameters: [String: Value]
    var limits: EvaluationLimits

    /// An interpreter over the final state, for evaluating output subjects.
    func interpreter() -> Interpreter {
        Interpreter(model: model, state: state, parameters: parameters, limits: limits)
    }
}

extension Session {
    /// The session as it stands, for writing outputs.
    public var snapshot: SessionSnapshot {
        SessionSnapshot(model: model, header: header, records: records, state: state, folder: folder, parameters: parameters, limits: limits)
    }
}

extension SessionSnapshot {
    /// Replays a journal without reopening it for writing, for `convene export`.
    public static func replay(
        journal: JournalContents, folder: String, program: CheckedProgram, limits: EvaluationLimits = .standard
    ) throws(SessionError) -> SessionSnapshot {
        let model = ProgramModel(program)
        let declared = Set((program.workshop?.parameters ?? []).map(\.name))
        let (values, _) = try ParameterBinding.bind(journal.header.parameters.filter { declared.contains($0.name) }, model: model, limits: limits)
        var state = SessionState(scriptSHA256: journal.header.scriptSHA256)
        for record in Session.effective(journal.records) { state.apply(record.event, at: record.time) }
        return SessionSnapshot(
            model: model, header: journal.header, records: journal.records, state: state, folder: folder, parameters: values, limits: limits)
    }
}
