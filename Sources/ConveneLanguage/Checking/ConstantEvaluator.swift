/// Works out the value of an expression made of literals and names whose
/// values are known before the script runs, so that timeboxes, vote rules and
/// grid scales can be checked statically.
struct ConstantEvaluator<Names: KnownNames> {
    /// Where the values of names come from.
    var names: Names

    /// The expression's value, or nil when it cannot be known yet.
    func evaluate(_ expression: Expression) -> ConstantValue? {
        switch expression.kind {
        case .number(let value): return .number(value)
        case .duration(let seconds): return .duration(seconds)
        case .boolean(let value): return .bool(value)
        case .string(let literal): return text(of: literal).map(ConstantValue.text)
        case .name(let name): return names.value(of: name)
        case .unary(let op, let operand): return evaluate(op, evaluate(operand))
        case .binary(let op, let left, let right):
            guard let a = evaluate(left), let b = evaluate(right) else { return nil }
            return evaluate(op, a, b)
        case .list, .member, .call, .index, .invalid: return nil
        }
    }

    /// The text of a string literal with its interpolations worked out.
    func text(of literal: StringLiteral) -> String? {
        var text = ""
        for segment in literal.segments {
            switch segment {
            case .text(let part): text += part
            case .interpolation(let expression):
                guard let value = evaluate(expression) else { return nil }
                text += value.displayText
            }
        }
        return text
    }

    private func evaluate(_ op: UnaryOperator, _ value: ConstantValue?) -> ConstantValue? {
        switch (op, value) {
        case (.negate, .number(let n)?): .number(-n)
        case (.negate, .duration(let d)?): .duration(-d)
        case (.not, .bool(let b)?): .bool(!b)
        default: nil
        }
    }

    private func evaluate(_ op: BinaryOperator, _ a: ConstantValue, _ b: ConstantValue) -> ConstantValue? {
        switch (op, a, b) {
        case (.add, .number(let x), .number(let y)): return .number(x + y)
        case (.add, .duration(let x), .duration(let y)): return .duration(x &+ y)
        case (.add, .text(let x), _): return .text(x + b.displayText)
        case (.add, _, .text(let y)): return .text(a.displayText + y)
        case (.subtract, .number(let x), .number(let y)): return .number(x - y)
        case (.subtract, .duration(let x), .duration(let y)): return .duration(x &- y)
        case (.multiply, .number(let x), .number(let y)): return .number(x * y)
        case (.multiply, .duration(let d), .number(let n)), (.multiply, .number(let n), .duration(let d)):
            return Self.seconds(Double(d) * n)
        case (.divide, .number(let x), .number(let y)): return y == 0 ? nil : .number(x / y)
        case (.divide, .duration(let d), .number(let n)): return n == 0 ? nil : Self.seconds(Double(d) / n)
        case (.and, .bool(let x), .bool(let y)): return .bool(x && y)
        case (.or, .bool(let x), .bool(let y)): return .bool(x || y)
        case (.equal, _, _): return .bool(a == b)
        case (.notEqual, _, _): return .bool(a != b)
        case (.less, _, _), (.lessOrEqual, _, _), (.greater, _, _), (.greaterOrEqual, _, _):
            return compare(op, a, b)
        default: return nil
        }
    }

    private func compare(_ op: BinaryOperator, _ a: ConstantValue, _ b: ConstantValue) -> ConstantValue? {
        let order: Bool?
        switch (a, b) {
        case (.number(let x), .number(let y)): order = Self.holds(op, x < y, x == y)
        case (.duration(let x), .duration(let y)): order = Self.holds(op, x < y, x == y)
        case (.text(let x), .text(let y)): order = Self.holds(op, x < y, x == y)
        default: order = nil
        }
        return order.map(ConstantValue.bool)
    }

    private static func holds(_ op: BinaryOperator, _ less: Bool, _ equal: Bool) -> Bool? {
        switch op {
        case .less: less
        case .lessOrEqual: less || equal
        case .greater: !less && !equal
        case .greaterOrEqual: !less
        default: nil
        }
    }

    /// A scaled duration, rounded to whole seconds; nil when out of range.
    private static func seconds(_ value: Double) -> ConstantValue? {
        guard value.isFinite, abs(value) < 1e15 else { return nil }
        return .duration(Int(value.rounded()))
    }
}

/// The values of names known before the script runs. A protocol rather than
/// a closure, so that evaluating allocates nothing.
protocol KnownNames {
    /// The value of a name, or nil when it is only known at run time.
    func value(of name: String) -> ConstantValue?
}

/// Values looked up through a closure, for callers that keep them their own way.
struct LookedUpNames: KnownNames {
    var valueOf: (String) -> ConstantValue?

    func value(of name: String) -> ConstantValue? { valueOf(name) }
}

extension ConstantEvaluator where Names == LookedUpNames {
    /// An evaluator that asks `valueOf` for the value of each name.
    init(valueOf: @escaping (String) -> ConstantValue?) {
        self.init(names: LookedUpNames(valueOf: valueOf))
    }
}
