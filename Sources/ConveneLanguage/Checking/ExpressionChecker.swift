/// Working out the kind of every expression, reporting what cannot be.
extension ProgramChecker {
    /// The kind of an expression's value. `valueUsed` is false for a call
    /// made for its effect, whose activity need not return anything.
    @discardableResult
    func checkExpression(_ expression: Expression, valueUsed: Bool = true) -> ValueKind {
        switch expression.kind {
        case .number: return .number
        case .duration: return .duration
        case .boolean: return .bool
        case .string(let literal):
            checkInterpolations(literal)
            return .text
        case .name(let name): return resolveName(name, at: expression.range)
        case .list(let elements): return checkList(elements)
        case .member(let base, let name): return checkMember(of: base, name)
        case .call(let callee, let arguments):
            return checkCall(callee, arguments, range: expression.range, valueUsed: valueUsed)
        case .index(let base, let index): return checkIndex(base, index)
        case .unary(let op, let operand): return checkUnary(op, operand, range: expression.range)
        case .binary(let op, let left, let right): return checkBinary(op, left, right, range: expression.range)
        case .invalid: return .unknown
        }
    }

    /// Checks the `{…}` parts of a string.
    func checkInterpolations(_ literal: StringLiteral) {
        for segment in literal.segments {
            if case .interpolation(let expression) = segment { checkExpression(expression) }
        }
    }

    private func checkList(_ elements: [Expression]) -> ValueKind {
        var elementKind = ValueKind.unknown
        for element in elements {
            let kind = checkExpression(element)
            if let shared = elementKind.unified(with: kind) {
                elementKind = shared
            } else {
                report(.typeMismatch,
                       "a list holds one kind of value, but \(sentence(element, is: kind)) and the list starts with \(elementKind.pluralName)",
                       at: element.range)
            }
        }
        return .list(elementKind)
    }

    private func checkMember(of base: Expression, _ name: Identifier) -> ValueKind {
        switch member(of: base, name) {
        case .value(let kind)?: return kind
        case .method?:
            report(.typeMismatch, "`\(name.name)` needs to be told how many: write `\(name.name)(3)`",
                   at: name.range, help: "call it with a number, such as `\(name.name)(3)`")
            return .unknown
        case nil: return .unknown
        }
    }

    /// What `base.name` is, reporting a member that does not exist; nil when
    /// it does not exist or cannot be known.
    func member(of base: Expression, _ name: Identifier) -> Member? {
        let baseKind = checkExpression(base)
        guard baseKind != .unknown, !name.name.isEmpty else { return nil }
        if let member = baseKind.member(name.name, quadrants: quadrants(of:)) { return member }
        let names = baseKind.memberNames(quadrants: quadrants(of:))
        let what = quoted(base) ?? baseKind.description
        let kindNote = quoted(base).map { "\($0) is \(baseKind.description)" } ?? "it is \(baseKind.description)"
        report(.unknownMember, "\(what) has no member `\(name.name)`", at: name.range,
               notes: [names.isEmpty
                   ? "\(kindNote), which has no members"
                   : "\(kindNote); its members are \(names.map { "`\($0)`" }.joined(separator: ", "))"],
               help: Suggestions.didYouMean(name.name, in: names))
        return nil
    }

    private func checkIndex(_ base: Expression, _ index: Expression) -> ValueKind {
        let baseKind = checkExpression(base)
        let indexKind = checkExpression(index)
        if indexKind.unified(with: .number) == nil {
            report(.typeMismatch, "an index must be a number, but \(sentence(index, is: indexKind))", at: index.range)
        }
        guard let element = baseKind.elementKind else {
            report(.notACollection, "\(sentence(base, is: baseKind)), not a collection", at: base.range,
                   help: "only lists and collections can be indexed with `[…]`")
            return .unknown
        }
        return element
    }

    private func checkUnary(_ op: UnaryOperator, _ operand: Expression, range: SourceRange) -> ValueKind {
        let kind = checkExpression(operand)
        switch OperatorTyping.unary(op, kind) {
        case .success(let result): return result
        case .failure(let mismatch):
            report(.typeMismatch, mismatch.message, at: range, help: mismatch.help)
            return .unknown
        }
    }

    private func checkBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, range: SourceRange) -> ValueKind {
        let leftKind = checkExpression(left)
        let rightKind = checkExpression(right)
        switch OperatorTyping.binary(op, leftKind, rightKind) {
        case .success(let result):
            if op == .divide { checkDivisor(right) }
            return result
        case .failure(let mismatch):
            report(.typeMismatch, mismatch.message, at: range, help: mismatch.help)
            return .unknown
        }
    }

    /// Reports a divisor that is 0 whatever the run is given: the run would
    /// stop there. One that is 0 only by a parameter's default is left alone,
    /// as the facilitator may set it, and the script may test it before dividing.
    private func checkDivisor(_ divisor: Expression) {
        guard case .number(let value)? = parameterFreeValue(of: divisor), value == 0 else { return }
        var message = "division by zero"
        switch divisor.kind {
        case .number:
            break
        case .name:
            if let name = quoted(divisor) { message += ": \(name) is 0" }
        default:
            if let text = sources[region.path]?.text(in: divisor.range), text.utf8.count <= 40, !text.contains("\n") {
                message += ": `\(text)` comes to 0"
            }
        }
        report(.divisionByZero, message, at: divisor.range, help: "divide by something other than 0")
    }

    /// Checks an expression that must be true or false (an `if` condition).
    func checkCondition(_ expression: Expression, of statement: String) {
        let kind = checkExpression(expression)
        guard kind.unified(with: .bool) == nil else { return }
        report(.typeMismatch, "the condition of `\(statement)` must be true or false, but \(sentence(expression, is: kind))",
               at: expression.range, help: "compare it to something, such as `people > 30`")
    }

    /// Checks an expression that `for`, `vote on`, `cluster`, `place` or
    /// `actions for` goes through, returning the kind of its elements.
    func checkCollection(_ expression: Expression, for statement: String) -> ValueKind {
        let kind = checkExpression(expression)
        if let element = kind.elementKind { return element }
        let help: String
        if case .grid = kind, let grid = quoted(expression) {
            help = "use the grid's items, \(grid.dropLast()).items`, or one of its quadrants"
        } else {
            help = "`\(statement)` takes a collection, such as one a `prompt` fills"
        }
        report(.notACollection, "\(sentence(expression, is: kind)), not a collection", at: expression.range, help: help)
        return .unknown
    }
}
