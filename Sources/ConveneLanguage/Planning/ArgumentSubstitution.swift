/// Puts an activity's arguments in place of its parameters, so the agenda
/// shows what the activity will really do: `dots dots` in an activity called
/// with `dots: 5` reads "5 dots each", and a question passed as text is shown
/// as that text.
struct ArgumentSubstitution {
    /// Each parameter's value: the argument passed, or the parameter's default.
    var bindings: [String: Expression] = [:]

    /// The same substitution with some names no longer bound, because a loop
    /// variable or a `let` hides the parameter of that name.
    func hiding(_ name: String) -> ArgumentSubstitution {
        var copy = self
        copy.bindings[name] = nil
        return copy
    }

    func apply(_ expression: Expression) -> Expression {
        guard !bindings.isEmpty else { return expression }
        let kind: ExpressionKind
        switch expression.kind {
        case .name(let name):
            return bindings[name] ?? expression
        case .number, .duration, .boolean, .invalid:
            return expression
        case .string(let literal):
            kind = .string(apply(literal))
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

    /// A string with its interpolations substituted; an interpolation that
    /// becomes a string is spliced in as text.
    func apply(_ literal: StringLiteral) -> StringLiteral {
        var segments: [StringSegment] = []
        for segment in literal.segments {
            guard case .interpolation(let value) = segment else {
                segments.append(segment)
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
