import ConveneLanguage

/// Runs parts of a checked program with no session behind it: no room,
/// nothing collected yet. The language REPL uses it to show what an
/// expression is worth and what a stage would say and ask, with the same
/// interpreter `convene run` uses.
public struct Sandbox {
    public let model: ProgramModel
    public let limits: EvaluationLimits
    /// Workshop parameters that have a default, at their defaults.
    public let parameters: [String: Value]

    public init(program: CheckedProgram, limits: EvaluationLimits = .standard) {
        let model = ProgramModel(program)
        var parameters: [String: Value] = [:]
        for parameter in program.workshop?.parameters ?? [] {
            guard let defaultValue = parameter.defaultValue else { continue }
            let interpreter = Interpreter(model: model, state: SessionState(scriptSHA256: ""), parameters: parameters, limits: limits)
            if let value = try? interpreter.evaluateStandalone(defaultValue, path: model.mainPath) {
                parameters[parameter.name] = value
            }
        }
        self.model = model
        self.limits = limits
        self.parameters = parameters
    }

    /// The value of an expression written in the file at `path`.
    public func evaluate(_ expression: Expression, path: String) throws(RuntimeError) -> Value {
        try interpreter().evaluateStandalone(expression, path: path)
    }

    /// The steps a stage would take with nothing collected yet, each with
    /// the `say` texts read out before it.
    public func steps(of stage: String) throws(RuntimeError) -> [Step] {
        try interpreter().walk(stage: stage, upTo: nil)
    }

    /// A value as a script's text would show it (`{value}` in a string).
    public func display(_ value: Value) -> String {
        interpreter().display(value)
    }

    private func interpreter() -> Interpreter {
        Interpreter(model: model, state: SessionState(scriptSHA256: ""), parameters: parameters, limits: limits)
    }
}
