import ConveneLanguage

/// A checked program indexed for running: stages by name, what each name
/// in the script stands for, and which file every declaration came from.
public struct ProgramModel: Sendable {
    public let program: CheckedProgram
    /// Stage names in running order.
    public let stageNames: [String]
    public let stages: [String: StageDeclaration]
    /// Prompt collection names.
    public let collections: Set<String>
    /// `cluster … into NAME` names.
    public let themeCollections: Set<String>
    /// Vote result names.
    public let votes: Set<String>
    /// Action plan names.
    public let plans: Set<String>
    /// The stage each vote is taken in, by vote name (votes written in a stage's own statements).
    public let voteStages: [String: String]
    /// Top-level `let`s by name, with the file each is in.
    let globals: [String: (statement: LetStatement, path: String)]
    /// The file each activity is declared in.
    let activityPaths: [String: String]
    /// The prompt questions of each collection, for `collection.text`.
    let questions: [String: Expression]

    public init(_ program: CheckedProgram) {
        self.program = program
        let stageList = program.stages
        stageNames = stageList.map(\.name.name)
        stages = Dictionary(stageList.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        var scan = NameScan()
        var voteStages: [String: String] = [:]
        for stage in stageList {
            let before = scan.votes
            scan.visit(stage.body)
            for vote in scan.votes.subtracting(before) { voteStages[vote] = stage.name.name }
        }
        self.voteStages = voteStages
        for activity in program.activities.values { scan.visit(activity.body) }
        collections = scan.collections
        themeCollections = scan.themeCollections
        votes = scan.votes
        plans = scan.plans
        questions = scan.questions

        var globals: [String: (LetStatement, String)] = [:]
        var activityPaths: [String: String] = [:]
        for file in program.imports + [program.main] {
            for declaration in file.declarations {
                switch declaration.kind {
                case .letBinding(let statement): globals[statement.name.name] = (statement, file.source.path)
                case .activity(let activity): activityPaths[activity.name.name] = file.source.path
                default: break
                }
            }
        }
        self.globals = globals
        self.activityPaths = activityPaths
    }

    public var mainPath: String { program.main.source.path }

    /// The workshop's title, or the script's file name.
    public var title: String { program.workshop?.title ?? Paths.stem(of: mainPath) }

    /// The declared roles, perspectives and lenses.
    public var tags: [TagInfo] { program.workshop?.tags ?? [] }

    /// The stage's position in running order.
    public func stageIndex(_ name: String) -> Int? { stageNames.firstIndex(of: name) }

    /// The agenda entries after a stage, up to the next stage or the end.
    public func agenda(after stage: String) -> [AgendaEntry] {
        var entries: [AgendaEntry] = []
        var collecting = false
        for entry in program.agenda {
            if case .stage(let declaration) = entry {
                if collecting { break }
                collecting = declaration.name.name == stage
            } else if collecting {
                entries.append(entry)
            }
        }
        return entries
    }

    /// The breaks after a stage, before the next one: each a step the session
    /// waits at (see `BreakStep`).
    public func breaks(after stage: String) -> [(title: String, seconds: Int)] {
        agenda(after: stage).compactMap { entry in
            if case let .breakTime(title, seconds) = entry { (title, seconds) } else { nil }
        }
    }

    /// What to announce on the way from one place after a stage to another:
    /// the agenda entries between them that are not breaks the session waits
    /// at (days). Places count from 0, the stage itself; break `k` is place
    /// `k + 1`, and the next stage the place after the last break. With
    /// `breaks` true the breaks are announced too, for a walk that does not
    /// wait at them.
    public func headings(after stage: String, from start: Int, to end: Int, breaks: Bool = false) -> [AgendaEntry] {
        var place = 0
        var found: [AgendaEntry] = []
        for entry in agenda(after: stage) {
            if case .breakTime = entry {
                place += 1
                if breaks, place > start, place < end { found.append(entry) }
            } else if place >= start, place < end {
                found.append(entry)
            }
        }
        return found
    }

    /// The agenda entries (breaks, days) between two stages, for announcing them.
    public func agendaBetween(_ from: String?, _ to: String) -> [AgendaEntry] {
        var entries: [AgendaEntry] = []
        var collecting = from == nil
        for entry in program.agenda {
            if case .stage(let stage) = entry {
                if stage.name.name == to { return collecting ? entries : [] }
                collecting = stage.name.name == from
                entries = []
            } else if collecting {
                entries.append(entry)
            }
        }
        return []
    }

    /// The day a stage is on, as the number of `day`s before it, and its
    /// title (`Day 1` before the first); nil when the agenda has no days.
    public func day(of stage: String) -> (index: Int, title: String)? {
        guard program.agenda.contains(where: { if case .day = $0 { true } else { false } }) else { return nil }
        var day = (index: 0, title: "Day 1")
        for entry in program.agenda {
            switch entry {
            case .day(let title): day = (day.index + 1, title)
            case .stage(let declaration) where declaration.name.name == stage: return day
            default: break
            }
        }
        return nil
    }
}

/// Collects the names a program's statements create.
private struct NameScan {
    var collections: Set<String> = []
    var themeCollections: Set<String> = []
    var votes: Set<String> = []
    var plans: Set<String> = []
    var questions: [String: Expression] = [:]

    mutating func visit(_ block: Block) {
        for statement in block.statements { visit(statement) }
    }

    mutating func visit(_ statement: Statement) {
        switch statement.kind {
        case .prompt(let prompt):
            collections.insert(prompt.collection.name)
            if questions[prompt.collection.name] == nil { questions[prompt.collection.name] = prompt.question }
        case .cluster(let cluster): themeCollections.insert(cluster.themes.name)
        case .vote(let vote): votes.insert(vote.name.name)
        case .actions(let actions): plans.insert(actions.name.name)
        case .forLoop(let loop): visit(loop.body)
        case .ifElse(let branch):
            visit(branch.then)
            if let otherwise = branch.otherwise { visit(otherwise) }
        default: break
        }
    }
}
