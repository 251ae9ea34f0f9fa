/// The order activities are checked in: each after the activities it calls,
/// so a call knows what its activity gives back without checking it on the
/// spot (which, for a long chain of activities, would nest without bound).
extension ProgramChecker {
    func activityCheckingOrder() -> [Int] {
        let callees = activities.map { activity in
            var found: [Int] = []
            collectCalls(in: activity.declaration.body, into: &found)
            for parameter in activity.declaration.parameters {
                if let value = parameter.defaultValue { collectCalls(in: value, into: &found) }
            }
            return found
        }
        var order: [Int] = []
        order.reserveCapacity(activities.count)
        var visited = [Bool](repeating: false, count: activities.count)
        for root in activities.indices where !visited[root] {
            // Depth-first without recursion; an activity is placed once all it calls are.
            var path: [(activity: Int, next: Int)] = [(root, 0)]
            visited[root] = true
            while let top = path.last {
                guard top.next < callees[top.activity].count else {
                    order.append(top.activity)
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let callee = callees[top.activity][top.next]
                if !visited[callee] {
                    visited[callee] = true
                    path.append((callee, 0))
                }
            }
        }
        return order
    }

    /// The activities a block calls by name (nesting is bounded by the parser).
    private func collectCalls(in block: Block, into found: inout [Int]) {
        for statement in block.statements {
            switch statement.kind {
            case .say(let value), .returnValue(let value), .expression(let value): collectCalls(in: value, into: &found)
            case .prompt(let prompt): collectCalls(in: prompt.question, into: &found)
            case .cluster(let cluster): collectCalls(in: cluster.source, into: &found)
            case .vote(let vote): collectCalls(in: vote.options, into: &found)
            case .place(let place): collectCalls(in: place.items, into: &found)
            case .actions(let actions): collectCalls(in: actions.ideas, into: &found)
            case .letBinding(let binding): collectCalls(in: binding.value, into: &found)
            case .forLoop(let loop):
                collectCalls(in: loop.sequence, into: &found)
                collectCalls(in: loop.body, into: &found)
            case .ifElse(let branch):
                collectCalls(in: branch.condition, into: &found)
                collectCalls(in: branch.then, into: &found)
                if let otherwise = branch.otherwise { collectCalls(in: otherwise, into: &found) }
            case .invalid: break
            }
        }
    }

    private func collectCalls(in expression: Expression, into found: inout [Int]) {
        switch expression.kind {
        case .call(let callee, let arguments):
            if case .name(let name) = callee.kind, let index = activityIndex[name] { found.append(index) }
            collectCalls(in: callee, into: &found)
            for argument in arguments { collectCalls(in: argument.value, into: &found) }
        case .string(let literal):
            for segment in literal.segments {
                if case .interpolation(let inner) = segment { collectCalls(in: inner, into: &found) }
            }
        case .list(let elements): for element in elements { collectCalls(in: element, into: &found) }
        case .member(let base, _): collectCalls(in: base, into: &found)
        case .index(let base, let index):
            collectCalls(in: base, into: &found)
            collectCalls(in: index, into: &found)
        case .unary(_, let operand): collectCalls(in: operand, into: &found)
        case .binary(_, let left, let right):
            collectCalls(in: left, into: &found)
            collectCalls(in: right, into: &found)
        case .number, .duration, .boolean, .name, .invalid: break
        }
    }
}
