/// `output FORMAT [subject] to "path"`: a known format with the subject it
/// needs, written to its own path inside the session folder.
extension ProgramChecker {
    static let outputFormats = ["report", "transcript", "markdown", "csv", "json", "svg"]

    /// Checks the main file's outputs and returns them.
    func checkOutputs() -> [OutputDeclaration] {
        region = Region(path: mainFile.source.path)
        region.place = .afterStages
        var outputs: [OutputDeclaration] = []
        var paths: [String: SourceRange] = [:]
        for declaration in mainFile.declarations {
            guard case .output(let output) = declaration.kind else { continue }
            outputs.append(output)
            checkSubject(of: output)
            guard let path = checkOutputPath(output.path) else { continue }
            if let first = paths[path] {
                report(.duplicateOutputPath, "two outputs write `\(path)`", at: output.path.range,
                       notes: ["the first is at \(site(first, in: region.path))"], help: "give each output its own file")
            } else {
                paths[path] = output.path.range
            }
        }
        return outputs
    }

    private func checkSubject(of output: OutputDeclaration) {
        let format = output.format.name
        let kind = output.subject.map { checkExpression($0) }
        guard !format.isEmpty, Self.outputFormats.contains(format) else {
            if !format.isEmpty {
                report(.unknownOutputFormat, "unknown output format `\(format)`", at: output.format.range,
                       notes: ["the formats are \(VoteRuleChecker.list(Self.outputFormats))"],
                       help: Suggestions.didYouMean(format, in: Self.outputFormats))
            }
            return
        }
        switch (format, output.subject, kind) {
        case ("csv", nil, _), ("json", nil, _), ("svg", nil, _):
            let example = format == "svg" ? "a grid: `output svg effort-impact to \"grid.svg\"`"
                : "a collection: `output \(format) ideas to \"ideas.\(format)\"`"
            report(.outputSubjectMismatch, "the `\(format)` output needs to be told what to write", at: output.format.range,
                   help: "name \(example)")
        case ("report", let subject?, _), ("transcript", let subject?, _):
            report(.outputSubjectMismatch, "the `\(format)` output covers the whole workshop and takes no subject",
                   at: subject.range, help: "remove `\(mainFile.source.text(in: subject.range))`, or use `markdown`, `csv` or `json` for one collection")
        case ("svg", let subject?, let kind?):
            if case .grid = kind { return }
            if kind == .unknown { return }
            report(.notAGrid, "\(sentence(subject, is: kind)), not a grid", at: subject.range,
                   help: "an `svg` output draws a grid and the items placed on it")
        case (_, let subject?, let kind?):
            if case .grid = kind { return }
            if kind.isCollection { return }
            report(.notACollection, "\(sentence(subject, is: kind)), not a collection", at: subject.range,
                   help: "the `\(format)` output writes a collection, a vote result, an action plan or a grid")
        default:
            return
        }
    }

    /// The path, normalized, when it stays inside the session folder.
    private func checkOutputPath(_ literal: StringLiteral) -> String? {
        let text = constantText(of: literal) ?? literal.segments.map { segment in
            if case .text(let part) = segment { part } else { "x" }
        }.joined()
        let help = "write a path inside the session folder, such as `report.md`"
        if text.isEmpty {
            report(.outputOutsideSession, "an output path cannot be empty", at: literal.range, help: help)
            return nil
        }
        if ImportPath.isAbsolute(text) {
            report(.outputOutsideSession, "`\(text)` is an absolute path, but output paths stay inside the session folder",
                   at: literal.range, help: help)
            return nil
        }
        guard !ImportPath.climbs(text), let normalized = ImportPath.normalize(text) else {
            report(.outputOutsideSession, "`\(text)` climbs out with `..`, but output paths stay inside the session folder",
                   at: literal.range, help: help)
            return nil
        }
        if normalized.isEmpty {
            report(.outputOutsideSession, "`\(text)` names a folder, not a file", at: literal.range, help: help)
            return nil
        }
        return normalized
    }
}
