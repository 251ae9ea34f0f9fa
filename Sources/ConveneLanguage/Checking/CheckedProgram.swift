/// A script that has been parsed and checked, with its imports resolved:
/// everything the session engine and `convene plan` need to run or show it.
/// Only built by `ScriptChecker`; when `diagnostics` holds an error the
/// program must not be run.
public struct CheckedProgram: Sendable {
    /// The file that was checked.
    public var main: SyntaxFile
    /// Every imported file, each once, dependencies before the files that import them.
    public var imports: [SyntaxFile]
    /// The workshop's description, when the main file declares one.
    public var workshop: WorkshopInfo?
    /// Stages, breaks and day markers of the main file, in running order.
    public var agenda: [AgendaEntry]
    /// Every activity visible to the main file (its own and imported), by name.
    public var activities: [String: ActivityDeclaration]
    /// Every grid visible to the main file, by name.
    public var grids: [String: GridInfo]
    /// Top-level `let` bindings of imports and the main file, in evaluation order.
    public var globals: [LetStatement]
    /// The main file's `output` declarations.
    public var outputs: [OutputDeclaration]
    /// Everything the checker found, errors and warnings, across all files.
    public var diagnostics: [Diagnostic]

    public init(
        main: SyntaxFile, imports: [SyntaxFile], workshop: WorkshopInfo?, agenda: [AgendaEntry],
        activities: [String: ActivityDeclaration], grids: [String: GridInfo], globals: [LetStatement],
        outputs: [OutputDeclaration], diagnostics: [Diagnostic]
    ) {
        self.main = main
        self.imports = imports
        self.workshop = workshop
        self.agenda = agenda
        self.activities = activities
        self.grids = grids
        self.globals = globals
        self.outputs = outputs
        self.diagnostics = diagnostics
    }

    /// Whether the program may run: no diagnostic is an error.
    public var isRunnable: Bool { !diagnostics.contains(where: \.isError) }

    /// Every source file involved, for rendering diagnostics.
    public var sources: [SourceFile] { [main.source] + imports.map(\.source) }

    /// The stages in running order.
    public var stages: [StageDeclaration] {
        agenda.compactMap { entry in
            if case .stage(let stage) = entry { stage } else { nil }
        }
    }
}

/// One entry of the workshop's running order.
public enum AgendaEntry: Sendable {
    case stage(StageDeclaration)
    /// A break and its length in seconds.
    case breakTime(title: String, seconds: Int)
    /// The start of a new day.
    case day(title: String)
}

/// The workshop block, with its values worked out.
public struct WorkshopInfo: Sendable {
    /// The title with parameters at their defaults.
    public var title: String
    /// The title as written, for a run to fill in with the parameters it was given.
    public var titleLiteral: StringLiteral?
    /// The purpose with parameters at their defaults.
    public var purpose: String?
    /// The purpose as written, for a run to fill in with its parameters.
    public var purposeExpression: Expression?
    /// Total time in the room, in seconds, when declared.
    public var durationSeconds: Int?
    /// Roles, perspectives and lenses, in declaration order.
    public var tags: [TagInfo]
    public var parameters: [ParameterInfo]

    public init(
        title: String, titleLiteral: StringLiteral? = nil, purpose: String?, purposeExpression: Expression? = nil,
        durationSeconds: Int?, tags: [TagInfo], parameters: [ParameterInfo]
    ) {
        self.title = title
        self.titleLiteral = titleLiteral
        self.purpose = purpose
        self.purposeExpression = purposeExpression
        self.durationSeconds = durationSeconds
        self.tags = tags
        self.parameters = parameters
    }

    /// The tags of one kind, in declaration order.
    public func tags(of kind: TagKind) -> [TagInfo] { tags.filter { $0.kind == kind } }
}

/// A declared role, perspective or lens.
public struct TagInfo: Sendable, Hashable {
    public var kind: TagKind
    public var name: String
    /// The label shown to people; the name when none was given.
    public var label: String

    public init(kind: TagKind, name: String, label: String) {
        self.kind = kind
        self.name = name
        self.label = label
    }
}

/// The type of a workshop parameter.
public enum ParameterType: String, Sendable, Hashable, CaseIterable {
    case text, number, duration, bool
}

/// A workshop parameter, with its type settled by the checker.
public struct ParameterInfo: Sendable {
    public var name: String
    public var type: ParameterType
    /// The default, when the script gives one; without one the facilitator must set it.
    public var defaultValue: Expression?
    public var help: String?

    public init(name: String, type: ParameterType, defaultValue: Expression?, help: String?) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.help = help
    }
}

/// A grid with its axes and quadrants worked out.
public struct GridInfo: Sendable, Equatable {
    public var name: String
    public var title: String
    /// The horizontal axis.
    public var x: AxisInfo
    /// The vertical axis.
    public var y: AxisInfo
    /// Positions run 1…scale on each axis.
    public var scale: Int
    public var quadrants: [QuadrantInfo]

    public init(name: String, title: String, x: AxisInfo, y: AxisInfo, scale: Int, quadrants: [QuadrantInfo]) {
        self.name = name
        self.title = title
        self.x = x
        self.y = y
        self.scale = scale
        self.quadrants = quadrants
    }
}

public struct AxisInfo: Sendable, Hashable {
    public var name: String
    public var label: String
    public var lowName: String
    public var lowLabel: String
    public var highName: String
    public var highLabel: String

    public init(name: String, label: String, lowName: String, lowLabel: String, highName: String, highLabel: String) {
        self.name = name
        self.label = label
        self.lowName = lowName
        self.lowLabel = lowLabel
        self.highName = highName
        self.highLabel = highLabel
    }
}

/// A named quarter of a grid: which end of each axis it lies towards.
public struct QuadrantInfo: Sendable, Hashable {
    public var name: String
    public var label: String
    /// True for the high end of the horizontal axis.
    public var xHigh: Bool
    /// True for the high end of the vertical axis.
    public var yHigh: Bool

    public init(name: String, label: String, xHigh: Bool, yHigh: Bool) {
        self.name = name
        self.label = label
        self.xHigh = xHigh
        self.yHigh = yHigh
    }
}
