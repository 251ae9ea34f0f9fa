/// Writes expressions on one line in canonical form: spaces around binary
/// operators, none inside brackets, `, ` between items, and parentheses only
/// where the grammar's precedence needs them to keep the same tree.
struct ExpressionFormatter {
    /// The file the expressions come from, for the text of invalid nodes.
    var source: SourceFile
    /// The indentation of the line being written; block strings indent their lines by it.
    var indentation: String = ""

    func write(_ expression: Expression) -> String {
        switch expression.kind {
        case .number(let value):
            formatNumber(value) ?? source.text(in: expression.range)
        case .duration(let seconds):
            formatDuration(seconds: seconds)
        case .string(let literal):
            write(literal)
        case .boolean(let value):
            value ? "true" : "false"
        case .name(let name):
            name
        case .list(let elements):
            "[" + elements.map(write).joined(separator: ", ") + "]"
        case .member(let base, let member):
            operand(base, atLeast: .postfix) + "." + member.name
        case .call(let callee, let arguments):
            operand(callee, atLeast: .postfix) + "(" + write(arguments) + ")"
        case .index(let base, let index):
            operand(base, atLeast: .postfix) + "[" + write(index) + "]"
        case .unary(let op, let operandExpression):
            unary(op, operandExpression)
        case .binary(let op, let left, let right):
            binary(op, left, right)
        case .invalid:
            source.text(in: expression.range)
        }
    }

    /// A string literal, block strings laid out at this formatter's indentation.
    func write(_ literal: StringLiteral) -> String {
        StringLiteralWriter(expression: interpolation).write(literal, indentation: indentation)
    }

    /// Call arguments: `a, dots: 5`.
    func write(_ arguments: [Argument]) -> String {
        arguments.map { argument in
            let value = write(argument.value)
            guard let label = argument.label else { return value }
            return label.name + ": " + value
        }.joined(separator: ", ")
    }

    /// Interpolations are written on one line, whatever the indentation.
    private func interpolation(_ expression: Expression) -> String {
        ExpressionFormatter(source: source).write(expression)
    }

    private func unary(_ op: UnaryOperator, _ operandExpression: Expression) -> String {
        switch op {
        case .negate:
            // `-(-x)`: two minus signs in a row would read as one token to a person.
            if case .unary(.negate, _) = operandExpression.kind { return "-(" + write(operandExpression) + ")" }
            return "-" + operand(operandExpression, atLeast: .negation)
        case .not:
            return "not " + operand(operandExpression, atLeast: .not)
        }
    }

    private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> String {
        let level = ExpressionLevel(op)
        // Comparisons do not chain, so both sides must bind tighter; the
        // others associate to the left, so only the right side must.
        let leftLevel = level == .comparison ? ExpressionLevel.sum : level
        let rightLevel = level.tighter
        return operand(left, atLeast: leftLevel) + " " + op.rawValue + " " + operand(right, atLeast: rightLevel)
    }

    /// The expression, in parentheses if it binds more loosely than its place allows.
    private func operand(_ expression: Expression, atLeast required: ExpressionLevel) -> String {
        let text = write(expression)
        return ExpressionLevel(expression) < required ? "(" + text + ")" : text
    }
}

/// How tightly an expression binds, loosest first, as in the grammar.
enum ExpressionLevel: Int, Comparable {
    case or, and, not, comparison, sum, product, negation, postfix

    init(_ op: BinaryOperator) {
        switch op {
        case .or: self = .or
        case .and: self = .and
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: self = .comparison
        case .add, .subtract: self = .sum
        case .multiply, .divide: self = .product
        }
    }

    init(_ expression: Expression) {
        switch expression.kind {
        case .binary(let op, _, _): self.init(op)
        case .unary(.not, _): self = .not
        case .unary(.negate, _): self = .negation
        default: self = .postfix
        }
    }

    /// The next level up: what the right side of a left-associative operator needs.
    var tighter: ExpressionLevel { ExpressionLevel(rawValue: rawValue + 1) ?? .postfix }

    static func < (lhs: ExpressionLevel, rhs: ExpressionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
