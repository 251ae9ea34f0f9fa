import ConveneLanguage

/// Compares what an edited script now says with what the journal recorded
/// for the stages and steps already run. Stages not reached yet may change
/// freely, and breaks; anything else already run must still exist and ask
/// the same thing.
enum ScriptCompatibility {
    /// Each difference in words ("stage `causes` was removed"); empty when
    /// the session can carry on with the edited script.
    static func changes(session: Session) -> [String] {
        let state = session.state
        var changes: [String] = []
        for stage in state.enteredStages {
            guard session.model.stages[stage] != nil else {
                let fresh = session.model.stageNames.filter { !state.enteredStages.contains($0) }
                let hint = Suggestions.closest(to: stage, in: fresh) ?? renamed(stage, among: fresh)
                changes.append("stage `\(stage)` was removed" + (hint.map { " (renamed to `\($0)`?)" } ?? ""))
                continue
            }
            // A break records nothing the room made: it may change, or go, freely.
            let recorded = state.definitions.filter { $0.key.hasPrefix(stage + "/") && !BreakStep.isBreak($0.value) }
                .sorted { $0.key < $1.key }
            guard !recorded.isEmpty else { continue }
            let (steps, failure) = walkAll(session, stage)
            for (key, old) in recorded {
                let id = String(key.dropFirst(stage.count + 1))
                let kind = old["kind"]?.stringValue ?? "step"
                guard let step = steps.first(where: { $0.id == id }) else {
                    let reason = failure.map { " (the stage now stops with: \($0.message))" } ?? ""
                    changes.append("\(kind) `\(id)` in stage `\(stage)` is no longer there\(reason)")
                    continue
                }
                changes.append(contentsOf: differences(kind: kind, id: id, stage: stage, old: old, new: step.definition))
            }
        }
        return changes
    }

    /// A new stage that starts like the removed one (`choose` → `choosing`), if any.
    private static func renamed(_ stage: String, among fresh: [String]) -> String? {
        let shared = { (name: String) in zip(name, stage).prefix { $0 == $1 }.count }
        return fresh.filter { shared($0) >= 4 }.max { shared($0) < shared($1) }
    }

    private static func walkAll(_ session: Session, _ stage: String) -> ([Step], RuntimeError?) {
        let interpreter = session.interpreter()
        do {
            return (try interpreter.walk(stage: stage, upTo: nil), nil)
        } catch {
            return (interpreter.sink.steps, error)
        }
    }

    private static func differences(kind: String, id: String, stage: String, old: JSONValue, new: JSONValue) -> [String] {
        guard old != new else { return [] }
        let newKind = new["kind"]?.stringValue ?? "step"
        guard newKind == kind else {
            return ["`\(id)` in stage `\(stage)` is now a \(newKind) instead of a \(kind)"]
        }
        let subject = "\(kind) `\(id)` in stage `\(stage)`"
        switch kind {
        case "vote":
            return VoteRuleDescription.changes(from: old, to: new).map { "\(subject) \($0)" }
        case "prompt":
            var phrases: [String] = []
            if old["question"] != new["question"] {
                phrases.append("\(subject) now asks “\(new["question"]?.stringValue ?? "")” instead of “\(old["question"]?.stringValue ?? "")”")
            }
            if old["by"] != new["by"] {
                phrases.append("\(subject) is now \(tagging(new["by"])) instead of \(tagging(old["by"]))")
            } else if old["tags"] != new["tags"] {
                phrases.append("\(subject) now takes the tags \(list(new["tags"])) instead of \(list(old["tags"]))")
            }
            return phrases
        default:
            let keys = (new.objectValue ?? []).map(\.0).filter { $0 != "kind" && old[$0] != new[$0] }
            return keys.map { key in
                "\(subject) now has \(key) `\(text(new[key]))` instead of `\(text(old[key]))`"
            }
        }
    }

    private static func tagging(_ value: JSONValue?) -> String {
        guard let kind = value?.stringValue else { return "untagged" }
        return "tagged by \(kind)"
    }

    private static func list(_ value: JSONValue?) -> String {
        (value?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ", ")
    }

    private static func text(_ value: JSONValue?) -> String {
        value?.stringValue ?? ""
    }
}
