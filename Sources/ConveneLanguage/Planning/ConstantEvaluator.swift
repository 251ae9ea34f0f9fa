/// A value the planner can work out before the run: enough to add up
/// timeboxes and describe vote settings that use `let`s or parameter defaults.
enum ConstantValue: Equatable {
    case number(Double)
    case duration(Int)
    case text(String)
    case boolean(Bool)
}

/// Works out expressions made of literals, arithmetic, top-level `let`s and
/// parameter defaults. Anything that needs the run (a vote's result, an
/// item's text) has no value here.
struct ConstantEvaluator {
    private var values: [String: ConstantValue] = [:]

    /// Parameters take their defaults; globals are worked out in order, so each may use the ones before it.
    init(program: CheckedProgram) {
        for parameter in program.workshop?.parameters ?? [] {
            if let value = parameter.defaultValue.flatMap(evaluate) { values[parameter.name] = value }
        }
        for global in program.globals {
            if let value = evaluate(global.value) { values[global.name.name] = value }
        }
    }

    func evaluate(_ expression: Expression) -> ConstantValue? {
        switch expression.kind {
        case .number(let value): return .number(value)
        case .duration(let seconds): return .duration(seconds)
        case .boolean(let value): return .boolean(value)
        case .string(let literal): return literal.plainText.map(ConstantValue.text)
        case .name(let name): return values[name]
        case .unary(let op, let operand):
            guard let value = evaluate(operand) else { return nil }
            return Self.apply(op, value)
        case .binary(let op, let left, let right):
            guard let left = evaluate(left), let right = evaluate(right) else { return nil }
            return Self.apply(op, left, right)
        case .list, .member, .call, .index, .invalid:
            return nil
        }
    }

    /// A length of time in seconds, when the expression is a known duration.
    func seconds(_ expression: Expression) -> Int? {
        guard case .duration(let seconds)? = evaluate(expression) else { return nil }
        return seconds
    }

    /// A whole number, when the expression is one.
    func integer(_ expression: Expression) -> Int? {
        guard case .number(let value)? = evaluate(expression), value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    private static func apply(_ op: UnaryOperator, _ value: ConstantValue) -> ConstantValue? {
        switch (op, value) {
        case (.negate, .number(let number)): .number(-number)
        case (.negate, .duration(let seconds)): .duration(-seconds)
        case (.not, .boolean(let flag)): .boolean(!flag)
        default: nil
        }
    }

    private static func apply(_ op: BinaryOperator, _ left: ConstantValue, _ right: ConstantValue) -> ConstantValue? {
        switch (op, left, right) {
        case (.add, .number(let a), .number(let b)): .number(a + b)
        case (.subtract, .number(let a), .number(let b)): .number(a - b)
        case (.multiply, .number(let a), .number(let b)): .number(a * b)
        case (.divide, .number(let a), .number(let b)) where b != 0: .number(a / b)
        case (.add, .duration(let a), .duration(let b)): .duration(a + b)
        case (.subtract, .duration(let a), .duration(let b)): .duration(a - b)
        case (.multiply, .duration(let a), .number(let b)): scaled(a, by: b)
        case (.multiply, .number(let a), .duration(let b)): scaled(b, by: a)
        case (.divide, .duration(let a), .number(let b)) where b != 0: scaled(a, by: 1 / b)
        case (.add, .text(let a), _): .text(a + text(right))
        case (.add, _, .text(let b)): .text(text(left) + b)
        default: nil
        }
    }

    private static func scaled(_ seconds: Int, by factor: Double) -> ConstantValue? {
        let result = (Double(seconds) * factor).rounded()
        guard result.isFinite, abs(result) < 1e15 else { return nil }
        return .duration(Int(result))
    }

    /// How a value reads when joined to text.
    static func text(_ value: ConstantValue) -> String {
        switch value {
        case .number(let number): formatNumber(number) ?? String(number)
        case .duration(let seconds): formatDuration(seconds: seconds)
        case .text(let text): text
        case .boolean(let flag): flag ? "true" : "false"
        }
    }
}
