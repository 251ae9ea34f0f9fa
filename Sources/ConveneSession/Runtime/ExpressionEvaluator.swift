import ConveneLanguage
import ConveneText

extension Interpreter {
    /// The value of an expression now.
    func evaluate(_ expression: Expression) throws(Interruption) -> Value {
        try tick(expression.range)
        switch expression.kind {
        case .number(let value): return .number(value)
        case .duration(let seconds): return .duration(seconds)
        case .boolean(let flag): return .bool(flag)
        case .string(let literal): return .text(try interpolate(literal))
        case .name(let name): return try lookup(name, expression.range)
        case .list(let elements):
            guard elements.count <= limits.listLength else {
                throw fail("this list has more than \(Plural.count(limits.listLength, "entry"))", expression.range)
            }
            var values: [Value] = []
            for element in elements { values.append(try evaluate(element)) }
            return .list(values)
        case let .member(base, member):
            return try self.member(member.name, of: try evaluate(base), range: member.range)
        case let .call(callee, arguments):
            return try call(callee, arguments, range: expression.range)
        case let .index(base, index):
            return try subscriptValue(try evaluate(base), try evaluate(index), range: expression.range)
        case let .unary(op, operand):
            return try unary(op, try evaluate(operand), range: expression.range)
        case let .binary(op, left, right):
            return try binary(op, left, right, range: expression.range)
        case .invalid:
            throw fail("this expression could not be read", expression.range)
        }
    }

    /// A string literal with its `{…}` parts filled in.
    func interpolate(_ literal: StringLiteral) throws(Interruption) -> String {
        var text = ""
        for segment in literal.segments {
            switch segment {
            case .text(let part): text += part
            case .interpolation(let expression): text += display(try evaluate(expression))
            }
            guard text.utf8.count <= limits.textLength || text.count <= limits.textLength else {
                throw fail("this text is longer than \(Plural.count(limits.textLength, "character"))", literal.range)
            }
        }
        return text
    }

    /// What a name stands for: a local, something the room made, a global,
    /// a parameter, a grid or an activity.
    func lookup(_ name: String, _ range: SourceRange) throws(Interruption) -> Value {
        if let value = lookupLocal(name) { return value }
        if model.collections.contains(name) { return .collection(name) }
        if model.themeCollections.contains(name) { return .themes(name) }
        if model.votes.contains(name) {
            return .result(state.latestResult(named: name) ?? name)
        }
        if model.plans.contains(name) { return .plan(name) }
        if let value = try global(name) { return value }
        if let value = parameters[name] { return value }
        if model.program.grids[name] != nil { return .grid(name) }
        if model.program.activities[name] != nil { return .activity(name) }
        throw fail("`\(name)` is not defined", range)
    }

    /// A top-level `let`, worked out the first time it is used in a walk.
    private func global(_ name: String) throws(Interruption) -> Value? {
        if let value = globalValues[name] { return value }
        guard let (statement, file) = model.globals[name] else { return nil }
        guard !globalsInProgress.contains(name) else {
            throw fail("`\(name)` is defined in terms of itself", statement.name.range)
        }
        globalsInProgress.insert(name)
        let (savedPath, savedScopes) = (path, scopes)
        path = file
        scopes = [[:]]
        defer {
            path = savedPath
            scopes = savedScopes
            globalsInProgress.remove(name)
        }
        let value = try evaluate(statement.value)
        globalValues[name] = value
        return value
    }

    private func unary(_ op: UnaryOperator, _ value: Value, range: SourceRange) throws(Interruption) -> Value {
        switch (op, value) {
        case (.negate, .number(let number)): return .number(-number)
        case (.negate, .duration(let seconds)): return .duration(-seconds)
        case (.not, .bool(let flag)): return .bool(!flag)
        case (.negate, _): throw fail("cannot negate \(value.kindDescription)", range)
        case (.not, _): throw fail("`not` needs true or false, not \(value.kindDescription)", range)
        }
    }

    private func binary(_ op: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression, range: SourceRange) throws(Interruption) -> Value {
        let left = try evaluate(leftExpression)
        if op == .and || op == .or {
            guard case .bool(let first) = left else {
                throw fail("`\(op.rawValue)` needs true or false, not \(left.kindDescription)", leftExpression.range)
            }
            if op == .and, !first { return .bool(false) }
            if op == .or, first { return .bool(true) }
            let right = try evaluate(rightExpression)
            guard case .bool(let second) = right else {
                throw fail("`\(op.rawValue)` needs true or false, not \(right.kindDescription)", rightExpression.range)
            }
            return .bool(second)
        }
        let right = try evaluate(rightExpression)
        switch op {
        case .equal: return .bool(left == right)
        case .notEqual: return .bool(left != right)
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return .bool(try compare(op, left, right, range: range))
        case .add: return try add(left, right, range: range)
        case .subtract, .multiply, .divide: return try arithmetic(op, left, right, range: range)
        case .and, .or: return .bool(false)
        }
    }

    private func compare(_ op: BinaryOperator, _ left: Value, _ right: Value, range: SourceRange) throws(Interruption) -> Bool {
        let order: Int
        switch (left, right) {
        case let (.number(a), .number(b)): order = a < b ? -1 : (a > b ? 1 : 0)
        case let (.duration(a), .duration(b)): order = a < b ? -1 : (a > b ? 1 : 0)
        case let (.text(a), .text(b)): order = a < b ? -1 : (a > b ? 1 : 0)
        default:
            throw fail("cannot compare \(left.kindDescription) with \(right.kindDescription)", range)
        }
        switch op {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    private func add(_ left: Value, _ right: Value, range: SourceRange) throws(Interruption) -> Value {
        switch (left, right) {
        case let (.number(a), .number(b)): return .number(a + b)
        case let (.duration(a), .duration(b)): return .duration(a + b)
        case (.text, _), (_, .text):
            let text = display(left) + display(right)
            guard text.count <= limits.textLength else {
                throw fail("this text is longer than \(Plural.count(limits.textLength, "character"))", range)
            }
            return .text(text)
        default:
            throw fail("cannot add \(right.kindDescription) to \(left.kindDescription)", range)
        }
    }

    private func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, range: SourceRange) throws(Interruption) -> Value {
        switch (op, left, right) {
        case let (.subtract, .number(a), .number(b)): return .number(a - b)
        case let (.subtract, .duration(a), .duration(b)): return .duration(a - b)
        case let (.multiply, .number(a), .number(b)): return .number(a * b)
        case let (.multiply, .duration(a), .number(b)), let (.multiply, .number(b), .duration(a)):
            return .duration(Int((Double(a) * b).rounded()))
        case let (.divide, .number(a), .number(b)):
            guard b != 0 else { throw fail("division by zero", range) }
            return .number(a / b)
        case let (.divide, .duration(a), .number(b)):
            guard b != 0 else { throw fail("division by zero", range) }
            return .duration(Int((Double(a) / b).rounded()))
        default:
            throw fail("cannot use `\(op.rawValue)` on \(left.kindDescription) and \(right.kindDescription)", range)
        }
    }

    private func subscriptValue(_ base: Value, _ index: Value, range: SourceRange) throws(Interruption) -> Value {
        let elements = try sequence(base, range: range)
        guard case .number(let number) = index, number.rounded() == number else {
            throw fail("a list index must be a whole number, not \(index.kindDescription)", range)
        }
        guard number >= 0, Int(number) < elements.count else {
            throw fail("index \(ValueFormat.number(number)) is outside the list, which has \(Plural.count(elements.count, "entry"))", range,
                       help: "indexes start at 0")
        }
        return elements[Int(number)]
    }

    // MARK: Calls

    private func call(_ callee: Expression, _ arguments: [Argument], range: SourceRange) throws(Interruption) -> Value {
        if case let .member(baseExpression, method) = callee.kind {
            let base = try evaluate(baseExpression)
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument.value)) }
            return try self.method(method.name, of: base, arguments: values, range: method.range)
        }
        guard case .activity(let name) = try evaluate(callee), let activity = model.program.activities[name] else {
            throw fail("only activities can be called", callee.range)
        }
        return try callActivity(activity, arguments, range: range)
    }

    private func callActivity(_ activity: ActivityDeclaration, _ arguments: [Argument], range: SourceRange) throws(Interruption) -> Value {
        guard callDepth < limits.callDepth else {
            throw fail("activities call each other more than \(limits.callDepth) deep", range)
        }
        var bound: [String: Value] = [:]
        var positional = 0
        for argument in arguments {
            let value = try evaluate(argument.value)
            if let label = argument.label {
                bound[label.name] = value
            } else {
                guard positional < activity.parameters.count else {
                    throw fail("`\(activity.name.name)` takes \(Plural.count(activity.parameters.count, "argument"))", argument.value.range)
                }
                bound[activity.parameters[positional].name.name] = value
                positional += 1
            }
        }
        let savedPath = path
        let savedScopes = scopes
        path = model.activityPaths[activity.name.name] ?? savedPath
        scopes = [[:]]
        callDepth += 1
        defer {
            path = savedPath
            scopes = savedScopes
            callDepth -= 1
        }
        for parameter in activity.parameters {
            if let value = bound[parameter.name.name] {
                bind(parameter.name.name, value)
            } else if let defaultValue = parameter.defaultValue {
                bind(parameter.name.name, try evaluate(defaultValue))
            } else {
                path = savedPath
                throw fail("`\(activity.name.name)` needs a value for `\(parameter.name.name)`", range)
            }
        }
        if case .returned(let value) = try run(activity.body) { return value }
        return .nothing
    }
}
