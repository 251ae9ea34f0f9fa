/// Finds activities that call themselves, directly or through others: a
/// script must always end, so recursion is not allowed.
struct RecursionChecker {
    /// Every call from one activity's body to another activity.
    var calls: [ProgramChecker.CallEdge]

    /// One diagnostic per call that closes a cycle, in a stable order.
    func diagnostics(order: [String]) -> [Diagnostic] {
        var outgoing: [String: [Int]] = [:]
        for (index, call) in calls.enumerated() { outgoing[call.caller, default: []].append(index) }
        enum Color { case onPath, done }
        var color: [String: Color] = [:]
        var found: [Diagnostic] = []
        for root in order where color[root] == nil {
            // Depth-first without recursion: a long chain of activities must not overflow the stack.
            var path: [(name: String, next: Int)] = [(root, 0)]
            color[root] = .onPath
            while let top = path.last {
                let edges = outgoing[top.name] ?? []
                guard top.next < edges.count else {
                    color[top.name] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let call = calls[edges[top.next]]
                switch color[call.callee] {
                case .onPath?: found.append(cycle(closedBy: call, path: path.map(\.name)))
                case .done?: break
                case nil:
                    color[call.callee] = .onPath
                    path.append((call.callee, 0))
                }
            }
        }
        return found
    }

    private func cycle(closedBy call: ProgramChecker.CallEdge, path: [String]) -> Diagnostic {
        let start = path.lastIndex(of: call.callee) ?? 0
        let loop = Array(path[start...]) + [call.callee]
        let through = loop.dropFirst().dropLast()
        let message = through.isEmpty
            ? "activity `\(call.callee)` calls itself"
            : "activity `\(call.callee)` calls itself through \(through.map { "`\($0)`" }.joined(separator: ", "))"
        return Diagnostic(
            .recursiveActivity, message, path: call.path, range: call.range,
            notes: ["the calls go \(loop.joined(separator: " → "))"],
            help: "an activity may not call itself, so that every script ends; repeat with `for` over a collection instead")
    }
}

extension ProgramChecker {
    func reportRecursion() {
        let order = activities.map(\.declaration.name.name)
        diagnostics.append(contentsOf: RecursionChecker(calls: calls).diagnostics(order: order))
    }
}
