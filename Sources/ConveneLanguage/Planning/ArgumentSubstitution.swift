/// Puts an activity's arguments in place of its parameters, so the agenda
/// shows what the activity will really do: `dots dots` in an activity called
/// with `dots: 5` reads "5 dots each", and a question passed as text is shown
/// as that text. Names whose values the plan knows are written into text
/// where it interpolates them: `{focus}` becomes what `focus` holds.
struct ArgumentSubstitution {
    /// Each parameter's value: the argument passed, or the parameter's default.
    var bindings: [String: Expression] = [:]
    /// The values of the names in scope that the plan writes into text: the
    /// globals it was asked to fill in, and parameters whose arguments are known.
    var known: [String: ConstantValue] = [:]

    /// The same substitution with some names no longer bound, because a loop
    /// variable or a `let` hides the parameter of that name.
    func hiding(_ name: String) -> ArgumentSubstitution {
        var copy = self
        copy.bindings[name] = nil
        copy.known[name] = nil
        return copy
    }

    /// The value of an expression, when it is made only of literals and names
    /// whose values are known here.
    func value(of expression: Expression) -> ConstantValue? {
        ConstantEvaluator(valueOf: { known[$0] }).evaluate(expression)
    }

    /// Something said or asked: `apply`, and an expression that is not a
    /// string but whose value is known becomes that value's text.
    func applySpoken(_ expression: Expression) -> Expression {
        if case .string = expression.kind { return apply(expression) }
        guard let value = value(of: expression) else { return apply(expression) }
        return Expression(.string(StringLiteral(segments: [.text(value.displayText)], isBlock: false, range: expression.range)),
                          range: expression.range)
    }

    func apply(_ expression: Expression) -> Expression {
        if case .string(let literal) = expression.kind {
            return Expression(.string(apply(literal)), range: expression.range)
        }
        guard !bindings.isEmpty else { return expression }
        let kind: ExpressionKind
        switch expression.kind {
        case .name(let name):
            return bindings[name] ?? expression
        case .number, .duration, .boolean, .string, .invalid:
            return expression
        case .list(let elements):
            kind = .list(elements.map(apply))
        case .member(let base, let member):
            kind = .member(apply(base), member)
        case .call(let callee, let arguments):
            kind = .call(apply(callee), arguments.map { Argument(label: $0.label, value: apply($0.value)) })
        case .index(let base, let index):
            kind = .index(apply(base), apply(index))
        case .unary(let op, let operand):
            kind = .unary(op, apply(operand))
        case .binary(let op, let left, let right):
            kind = .binary(op, apply(left), apply(right))
        }
        return Expression(kind, range: expression.range)
    }

    /// A string with its interpolations substituted: one whose value is
    /// known becomes text, and one that becomes a string is spliced in.
    /// Any other is left as written, with the arguments in place.
    func apply(_ literal: StringLiteral) -> StringLiteral {
        guard !bindings.isEmpty || !known.isEmpty else { return literal }
        var segments: [StringSegment] = []
        for segment in literal.segments {
            guard case .interpolation(let value) = segment else {
                segments.append(segment)
                continue
            }
            if let constant = self.value(of: value) {
                segments.append(.text(constant.displayText))
                continue
            }
            let substituted = apply(value)
            if case .string(let inner) = substituted.kind {
                segments.append(contentsOf: inner.segments)
            } else {
                segments.append(.interpolation(substituted))
            }
        }
        return StringLiteral(segments: segments, isBlock: literal.isBlock, range: literal.range)
    }
}
