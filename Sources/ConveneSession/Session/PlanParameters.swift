import ConveneLanguage

/// The parameters set for an agenda (`convene plan --param name=value`),
/// checked as a run checks them and refused with the same messages: each
/// name must be one the workshop declares, each value must read as its type,
/// and a value a vote uses as a count must be one the vote can take. An
/// agenda printed with a value the run would refuse would mislead.
public enum PlanParameters {
    /// The value of each parameter set, by name, as the agenda takes it.
    public static func values(
        _ settings: [ParameterSetting], program: CheckedProgram, limits: EvaluationLimits = EvaluationLimits()
    ) throws(SessionError) -> [String: ConstantValue] {
        let model = ProgramModel(program)
        // Parameters with neither a value nor a default are set at the start; the agenda says so.
        let values = try ParameterBinding.values(settings, model: model, limits: limits, requiringAll: false)
        try ParameterCounts(model: model, settings: settings, values: values, limits: limits).check()
        var given: [String: ConstantValue] = [:]
        for setting in settings {
            given[setting.name] = values[setting.name].flatMap(constant)
        }
        return given
    }

    /// A parameter's value as plain data; parameters are only ever text, numbers, durations or true/false.
    private static func constant(_ value: Value) -> ConstantValue? {
        switch value {
        case .number(let number): .number(number)
        case .duration(let seconds): .duration(seconds)
        case .text(let text): .text(text)
        case .bool(let flag): .bool(flag)
        default: nil
        }
    }
}
