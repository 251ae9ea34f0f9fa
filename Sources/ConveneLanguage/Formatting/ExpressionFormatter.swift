/// Writes expressions in canonical form: spaces around binary operators,
/// none inside brackets, `, ` between items, and parentheses only where the
/// grammar's precedence needs them to keep the same tree. Everything is on
/// one line except block strings and lists spread one item per line: those
/// the author spread (a line break after `[`) and, on a line too long to
/// read, the lists not inside another list.
struct ExpressionFormatter {
    /// The file the expressions come from, for the text of invalid nodes.
    var source: SourceFile
    /// The depth of the line being written: block strings and spread lists indent from it.
    var depth = 0
    /// Whether lists the author spread stay spread; off for code shown inside other text.
    var keepsSpreadLists = true
    /// Whether lists not inside another list are spread one item per line.
    var spreadsLists = false

    /// The widest a line may be before its lists are spread, in characters.
    static let lineWidth = 100

    /// A formatter for code shown on one line inside other text, such as an agenda.
    static func oneLine(_ source: SourceFile) -> ExpressionFormatter {
        ExpressionFormatter(source: source, keepsSpreadLists: false)
    }

    /// The expression as text.
    func text(_ expression: Expression) -> String {
        write(expression).text(depth: depth)
    }

    func write(_ expression: Expression) -> FormattedCode {
        switch expression.kind {
        case .number(let value):
            FormattedCode(formatNumber(value) ?? source.text(in: expression.range))
        case .duration(let seconds):
            FormattedCode(formatDuration(seconds: seconds))
        case .string(let literal):
            FormattedCode(write(literal))
        case .boolean(let value):
            value ? "true" : "false"
        case .name(let name):
            FormattedCode(name)
        case .list(let elements):
            !elements.isEmpty && (spreadsLists || keepsSpreadLists && isWrittenSpread(expression))
                ? spread(elements, of: expression) : "[" + elements.map(write).joined(separator: ", ") + "]"
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
            FormattedCode(source.text(in: expression.range))
        }
    }

    /// A string literal, a block string's lines one level deeper than the line it starts on.
    func write(_ literal: StringLiteral) -> String {
        StringLiteralWriter(expression: interpolation).write(literal, indentation: indentation(depth + 1))
    }

    /// Call arguments: `a, dots: 5`.
    func write(_ arguments: [Argument]) -> FormattedCode {
        arguments.map { argument in
            let value = write(argument.value)
            guard let label = argument.label else { return value }
            return label.name + ": " + value
        }.joined(separator: ", ")
    }

    /// The same formatter, spreading lists over several lines.
    func spreadingLists() -> ExpressionFormatter {
        var copy = self
        copy.spreadsLists = true
        return copy
    }

    /// Whether code starting a line at `depth` keeps every line within the width.
    static func fits(_ code: FormattedCode, depth: Int) -> Bool {
        var column = depth * 2
        for byte in code.text(depth: depth).utf8 {
            if byte == UInt8(ascii: "\n") {
                column = 0
            } else if byte & 0xC0 != 0x80 {
                // Count each scalar once: skip UTF-8 continuation bytes.
                column += 1
                if column > lineWidth { return false }
            }
        }
        return true
    }

    /// Whether the author broke the line right after a list's `[`: such a list stays spread.
    private func isWrittenSpread(_ list: Expression) -> Bool {
        let bytes = source.bytes
        var index = list.range.start + 1
        while index < min(list.range.end, bytes.count) {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "#"): return true
            default: return false
            }
        }
        return false
    }

    /// `[`, each item on its own line one level deeper with a trailing comma, then `]`.
    /// An item is written on one line unless that line would be too long.
    private func spread(_ elements: [Expression], of list: Expression) -> FormattedCode {
        var inner = self
        inner.depth += 1
        inner.spreadsLists = false
        var code: FormattedCode = "["
        var previousEnd = list.range.start + 1
        var kind = FormattedCode.LineBreak.Kind.afterOpening
        for element in elements {
            code += FormattedCode(.init(kind: kind, previousEnd: previousEnd, nextStart: element.range.start, depth: 1))
            var item = inner.write(element)
            if !Self.fits(item + ",", depth: depth + 1) { item = inner.spreadingLists().write(element) }
            code += item.indented() + ","
            previousEnd = element.range.end
            kind = .betweenItems
        }
        let closing = max(list.range.start, list.range.end - 1)
        return code + FormattedCode(.init(kind: .beforeClosing, previousEnd: previousEnd, nextStart: closing, depth: 0)) + "]"
    }

    /// Interpolations are written on one line, whatever the indentation.
    private func interpolation(_ expression: Expression) -> String {
        ExpressionFormatter.oneLine(source).text(expression)
    }

    private func unary(_ op: UnaryOperator, _ operandExpression: Expression) -> FormattedCode {
        switch op {
        case .negate:
            // `-(-x)`: two minus signs in a row would read as one token to a person.
            if case .unary(.negate, _) = operandExpression.kind { return "-(" + write(operandExpression) + ")" }
            return "-" + operand(operandExpression, atLeast: .negation)
        case .not:
            return "not " + operand(operandExpression, atLeast: .not)
        }
    }

    private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> FormattedCode {
        let level = ExpressionLevel(op)
        // Comparisons do not chain, so both sides must bind tighter; the
        // others associate to the left, so only the right side must.
        let leftLevel = level == .comparison ? ExpressionLevel.sum : level
        let rightLevel = level.tighter
        return operand(left, atLeast: leftLevel) + " " + op.rawValue + " " + operand(right, atLeast: rightLevel)
    }

    /// The expression, in parentheses if it binds more loosely than its place allows.
    private func operand(_ expression: Expression, atLeast required: ExpressionLevel) -> FormattedCode {
        let code = write(expression)
        return ExpressionLevel(expression) < required ? "(" + code + ")" : code
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
