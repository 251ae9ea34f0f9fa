/// `prompt … by role [a, b]`: the kind of tag, and the tags named.
extension ProgramChecker {
    func checkTagging(_ tagging: PromptTagging) {
        let kindName = tagging.kind.name
        guard !kindName.isEmpty else { return }
        guard let kind = TagKind(rawValue: kindName) else {
            let kinds = TagKind.allCases.map(\.rawValue)
            report(.unknownTagKind, "a prompt is tagged `by role`, `by perspective` or `by lens`, not `by \(kindName)`",
                   at: tagging.kind.range, help: Suggestions.didYouMean(kindName, in: kinds))
            return
        }
        // A library checked on its own has no workshop to hold its tags to.
        guard workshop != nil else { return }
        let declared = tagNames[kind] ?? []
        if declared.isEmpty {
            // A library's activity may be written for workshops that have these tags: it matters only where it is called.
            if let activity = importedActivity() {
                activities[activity].untaggablePrompts.append(UntaggablePrompt(kind: kind, path: region.path, range: tagging.kind.range))
                return
            }
            report(.noTagsDeclared, "the prompt is tagged `by \(kindName)`, but the workshop declares no \(kindName)",
                   at: tagging.kind.range,
                   help: "declare one in the workshop block: `\(kindName) NAME \"label\"`")
            return
        }
        for name in tagging.only ?? [] where !name.name.isEmpty {
            if let tag = tags[name.name], tag.kind == kind { continue }
            let other = tags[name.name].map { ["`\(name.name)` is a \($0.kind.rawValue), not a \(kindName)"] } ?? []
            report(.unknownName, "unknown \(kindName) `\(name.name)`", at: name.range, notes: other,
                   help: Suggestions.didYouMean(name.name, in: declared)
                       ?? "the workshop's \(Self.plural(kind)) are \(declared.map { "`\($0)`" }.joined(separator: ", "))")
        }
    }

    /// Reports, at a call, the prompts of the called library activity that this workshop cannot tag.
    func checkTagging(ofCalled activity: Int, name: Identifier) {
        let prompts = activities[activity].untaggablePrompts
        guard !prompts.isEmpty else { return }
        if let caller = importedActivity() {
            activities[caller].untaggablePrompts += prompts
            return
        }
        var reported: Set<TagKind> = []
        for prompt in prompts where reported.insert(prompt.kind).inserted {
            let kindName = prompt.kind.rawValue
            report(.noTagsDeclared, "activity `\(name.name)` asks a question `by \(kindName)`, but the workshop declares no \(kindName)",
                   at: name.range, notes: ["the prompt is at \(site(prompt.range, in: prompt.path))"],
                   help: "declare one in the workshop block: `\(kindName) NAME \"label\"`")
        }
    }

    /// The activity being checked, when it is declared in an imported file.
    private func importedActivity() -> Int? {
        guard case .activity(let name) = region.place, region.path != mainFile.source.path else { return nil }
        return activityIndex[name]
    }

    private static func plural(_ kind: TagKind) -> String {
        switch kind {
        case .role: "roles"
        case .perspective: "perspectives"
        case .lens: "lenses"
        }
    }
}
