/// The values the agenda can know before the run: literals, arithmetic,
/// parameter values given or defaulted, and top-level `let`s. Enough to add
/// up timeboxes and describe vote settings; anything that needs the run (a
/// vote's result, an item's text) has no value here.
struct PlanConstants {
    private var values: [String: ConstantValue] = [:]

    /// Parameters take the values given, else their defaults, in order, so a
    /// default may use a parameter before it; then globals, each able to use the ones before it.
    init(program: CheckedProgram, given: [String: ConstantValue] = [:]) {
        for parameter in program.workshop?.parameters ?? [] {
            if let value = given[parameter.name] ?? parameter.defaultValue.flatMap(evaluate) { values[parameter.name] = value }
        }
        for global in program.globals {
            if let value = evaluate(global.value) { values[global.name.name] = value }
        }
    }

    /// The value of a parameter or global, when the plan can work it out.
    func value(of name: String) -> ConstantValue? {
        values[name]
    }

    func evaluate(_ expression: Expression) -> ConstantValue? {
        ConstantEvaluator(valueOf: { values[$0] }).evaluate(expression)
    }

    /// A length of time in seconds, when the expression is a known duration.
    func seconds(_ expression: Expression) -> Int? {
        guard case .duration(let seconds)? = evaluate(expression) else { return nil }
        return seconds
    }

    /// A whole number, when the expression is one.
    func integer(_ expression: Expression) -> Int? {
        evaluate(expression)?.wholeNumber
    }
}
