/// The running order: stages with their timeboxes and bodies, breaks and
/// days, and whether they fit in the workshop's duration.
extension ProgramChecker {
    func checkAgenda() {
        region = Region(path: mainFile.source.path)
        // Sized once: tables that double as they fill copy (and so map in)
        // all they hold at every doubling.
        let entries = mainFile.declarations.count
        agenda.reserveCapacity(entries)
        stageOrder.reserveCapacity(entries)
        stageNames.reserveCapacity(entries)
        var stageIndex = 0
        var total = 0
        var firstEntry: SourceRange?
        // By index, so only the declarations used are copied, not each in turn.
        for index in mainFile.declarations.indices {
            switch mainFile.declarations[index].kind {
            case .stage(let stage):
                firstEntry = firstEntry ?? stage.name.range
                declareStageName(stage.name)
                region.place = .beforeStages(order: .max)
                total += checkDuration(stage.timebox, of: "the timebox of stage `\(stage.name.name)`") ?? 0
                region.place = .stage(index: stageIndex, name: stage.name.name)
                stageOrder.append(stage.name.name)
                region.scope.enter()
                checkStatements(of: stage.body)
                region.scope.leave()
                agenda.append(.stage(stage))
                stageIndex += 1
            case .breakTime(let pause):
                firstEntry = firstEntry ?? pause.title.range
                region.place = .beforeStages(order: .max)
                let title = constantText(of: pause.title) ?? mainFile.source.text(in: pause.title.range)
                let seconds = checkDuration(pause.length, of: "the length of break \"\(title)\"") ?? 0
                total += seconds
                agenda.append(.breakTime(title: title, seconds: seconds))
            case .day(let day):
                firstEntry = firstEntry ?? day.title.range
                agenda.append(.day(title: constantText(of: day.title) ?? mainFile.source.text(in: day.title.range)))
            default:
                break
            }
        }
        if workshop == nil, let firstEntry {
            report(.missingWorkshop, "this script has stages but no workshop", at: firstEntry,
                   notes: ["a file without stages is a library: its activities, grids and `let`s can be imported"],
                   help: "add a workshop block before the first stage: `workshop \"Title\" { duration 1h }`")
        }
        checkOverrun(total: total)
    }

    /// Warns when the stages and breaks take longer than the workshop lasts.
    private func checkOverrun(total: Int) {
        guard let (duration, range) = workshopDuration, let duration, total > duration else { return }
        diagnostics.append(Diagnostic(
            .timeboxesOverrun, "the stages take longer than the workshop", path: mainFile.source.path, range: range,
            notes: ["stages add up to \(formatDuration(seconds: total)) but the workshop lasts \(formatDuration(seconds: duration))"],
            help: "shorten some stages, or make the workshop's `duration` longer"))
    }

    /// The first `let` of each name made directly in a stage's body, with
    /// its stage's index and name, by name.
    func collectStageLets() -> [String: (stage: Int, stageName: String, range: SourceRange)] {
        var lets: [String: (stage: Int, stageName: String, range: SourceRange)] = [:]
        var stageIndex = 0
        for declaration in mainFile.declarations {
            guard case .stage(let stage) = declaration.kind else { continue }
            for statement in stage.body.statements {
                if case .letBinding(let binding) = statement.kind, lets[binding.name.name] == nil {
                    lets[binding.name.name] = (stageIndex, stage.name.name, binding.name.range)
                }
            }
            stageIndex += 1
        }
        return lets
    }
}
