extension Session {
    /// Sets any of an idea's owner, first step and due date (`YYYY-MM-DD`)
    /// in the current action plan; fields left nil keep their value.
    public func setAction(_ idea: String, owner: String?, firstStep: String?, due: String?) throws(SessionError) -> ActionRecord {
        guard case .actions(let plan) = currentStep.kind else {
            throw SessionError("actions are set during an `actions` step, and \(describe(currentStep)) is not one", help: help(for: currentStep))
        }
        guard plan.ideas.contains(where: { $0.id == idea }) else {
            throw SessionError("\(idea) is not one of the ideas in this plan (\(plan.source))",
                               help: plan.ideas.isEmpty ? "no ideas reached this plan" : "the ideas are: " + plan.ideas.map(\.id).joined(separator: " "))
        }
        guard owner != nil || firstStep != nil || due != nil else {
            throw SessionError("give an owner, a first step or a date", help: help(for: currentStep))
        }
        let owner = try owner.map { (text) throws(SessionError) in try cleaned(text, what: "an owner") }
        let firstStep = try firstStep.map { (text) throws(SessionError) in try cleaned(text, what: "a first step") }
        if let due, !Timestamp.isCalendarDate(due.trimmingSpaces) {
            throw SessionError("`\(due)` is not a date", help: "write dates as YYYY-MM-DD, e.g. 2025-07-01")
        }
        try commit([.actionSet(plan: plan.plan, idea: idea, owner: owner, firstStep: firstStep, due: due?.trimmingSpaces)])
        return state.plans[plan.plan]!.first { $0.idea == idea }!
    }
}
