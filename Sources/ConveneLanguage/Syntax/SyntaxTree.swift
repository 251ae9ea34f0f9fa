/// The syntax tree of one script file, as the parser builds it. Every node
/// carries the byte range it came from so later stages can point at it.
public struct SyntaxFile: Sendable {
    /// The file the tree was parsed from.
    public var source: SourceFile
    /// Top-level declarations in source order.
    public var declarations: [Declaration]
    /// Every comment in the file, in source order.
    public var comments: [Comment]
    /// How many names the declarations can declare, when the parser counted
    /// them; the checker sizes its tables from it. Only a hint: a tree changed
    /// after parsing is still checked right.
    var symbolCount: SymbolCount?

    public init(source: SourceFile, declarations: [Declaration], comments: [Comment]) {
        self.source = source
        self.declarations = declarations
        self.comments = comments
    }
}

/// A name as written in the script, with where it was written.
public struct Identifier: Sendable, Hashable {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

// MARK: - Declarations

/// A top-level declaration.
public struct Declaration: Sendable {
    public var kind: DeclarationKind
    public var range: SourceRange

    public init(_ kind: DeclarationKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum DeclarationKind: Sendable {
    /// `import "library/warm-ups.convene"`
    case importFile(ImportDeclaration)
    /// `workshop "Title" { purpose … duration … role … param … }`
    case workshop(WorkshopDeclaration)
    /// `stage gather "What people said" for 1h30m { … }`
    case stage(StageDeclaration)
    /// `activity warm-up(question, time = 10m) { … }`
    case activity(ActivityDeclaration)
    /// `grid investment "Investment grid" { axis … quadrant … }`
    case grid(GridDeclaration)
    /// `let people = 50`
    case letBinding(LetStatement)
    /// `output csv plans to "plans.csv"`
    case output(OutputDeclaration)
    /// `break "Lunch" for 45m`
    case breakTime(BreakDeclaration)
    /// `day "Day 2: what we will do"`
    case day(DayDeclaration)
    /// A declaration that failed to parse (already reported).
    case invalid
}

public struct ImportDeclaration: Sendable {
    public var path: StringLiteral
    public init(path: StringLiteral) { self.path = path }
}

public struct WorkshopDeclaration: Sendable {
    public var title: StringLiteral
    /// The workshop's settings in source order.
    public var items: [WorkshopItem]
    public init(title: StringLiteral, items: [WorkshopItem]) {
        self.title = title
        self.items = items
    }
}

/// One line of a workshop block.
public struct WorkshopItem: Sendable {
    public var kind: WorkshopItemKind
    public var range: SourceRange
    public init(_ kind: WorkshopItemKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum WorkshopItemKind: Sendable {
    /// `purpose "…"`
    case purpose(Expression)
    /// `duration 2d`
    case duration(Expression)
    /// `role lived "People with lived experience"`, `perspective …`, `lens …`
    case tag(TagDeclaration)
    /// `param focus: text = "carers" "What the workshop is about"`
    case parameter(ParameterDeclaration)
}

/// The kinds of tag a prompt can ask items to carry.
public enum TagKind: String, Sendable, Hashable, CaseIterable {
    case role, perspective, lens
}

/// A role, perspective or lens declared by the workshop.
public struct TagDeclaration: Sendable {
    public var kind: TagKind
    public var name: Identifier
    public var label: StringLiteral?
    public init(kind: TagKind, name: Identifier, label: StringLiteral?) {
        self.kind = kind
        self.name = name
        self.label = label
    }
}

/// A value the facilitator may set when the run starts (`--param focus=…`).
public struct ParameterDeclaration: Sendable {
    public var name: Identifier
    /// `text`, `number`, `duration` or `bool`, when written.
    public var type: Identifier?
    public var defaultValue: Expression?
    /// What the parameter is for, shown when asking for it.
    public var help: StringLiteral?
    public init(name: Identifier, type: Identifier?, defaultValue: Expression?, help: StringLiteral?) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.help = help
    }
}

public struct StageDeclaration: Sendable {
    /// The stage's stable id: a journal refers to the stage by it.
    public var name: Identifier
    public var title: StringLiteral?
    public var timebox: Expression
    public var body: Block
    public init(name: Identifier, title: StringLiteral?, timebox: Expression, body: Block) {
        self.name = name
        self.title = title
        self.timebox = timebox
        self.body = body
    }
}

public struct ActivityDeclaration: Sendable {
    public var name: Identifier
    public var parameters: [ActivityParameter]
    public var body: Block
    public init(name: Identifier, parameters: [ActivityParameter], body: Block) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }
}

public struct ActivityParameter: Sendable {
    public var name: Identifier
    public var defaultValue: Expression?
    public init(name: Identifier, defaultValue: Expression?) {
        self.name = name
        self.defaultValue = defaultValue
    }
}

public struct GridDeclaration: Sendable {
    public var name: Identifier
    public var title: StringLiteral?
    public var items: [GridItem]
    public init(name: Identifier, title: StringLiteral?, items: [GridItem]) {
        self.name = name
        self.title = title
        self.items = items
    }
}

public struct GridItem: Sendable {
    public var kind: GridItemKind
    public var range: SourceRange
    public init(_ kind: GridItemKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum GridItemKind: Sendable {
    /// `axis x effort "Effort" from low "Little effort" to high "A lot of effort"`
    case axis(AxisDeclaration)
    /// `scale 5`: positions 1…5 on each axis.
    case scale(Expression)
    /// `quadrant quick-wins "Quick wins" where effort is low and impact is high`
    case quadrant(QuadrantDeclaration)
}

/// Which way an axis runs on the grid.
public enum AxisDirection: String, Sendable, Hashable {
    case x, y
}

public struct AxisDeclaration: Sendable {
    /// `x` (horizontal) or `y` (vertical), with where it was written.
    public var direction: AxisDirection
    public var directionRange: SourceRange
    public var name: Identifier
    public var label: StringLiteral?
    public var low: AxisEnd
    public var high: AxisEnd
    public init(direction: AxisDirection, directionRange: SourceRange, name: Identifier, label: StringLiteral?, low: AxisEnd, high: AxisEnd) {
        self.direction = direction
        self.directionRange = directionRange
        self.name = name
        self.label = label
        self.low = low
        self.high = high
    }
}

/// One labelled end of an axis.
public struct AxisEnd: Sendable {
    public var name: Identifier
    public var label: StringLiteral?
    public init(name: Identifier, label: StringLiteral?) {
        self.name = name
        self.label = label
    }
}

public struct QuadrantDeclaration: Sendable {
    public var name: Identifier
    public var label: StringLiteral?
    /// `effort is low`, `impact is high`: an axis and one of its ends.
    public var conditions: [QuadrantCondition]
    public init(name: Identifier, label: StringLiteral?, conditions: [QuadrantCondition]) {
        self.name = name
        self.label = label
        self.conditions = conditions
    }
}

public struct QuadrantCondition: Sendable {
    public var axis: Identifier
    public var end: Identifier
    public init(axis: Identifier, end: Identifier) {
        self.axis = axis
        self.end = end
    }
}

public struct OutputDeclaration: Sendable {
    /// `report`, `transcript`, `csv`, `json`, `markdown` or `svg`.
    public var format: Identifier
    /// What to write, when the format needs a subject (`output csv plans to …`).
    public var subject: Expression?
    /// Where to write it, relative to the session folder.
    public var path: StringLiteral
    public init(format: Identifier, subject: Expression?, path: StringLiteral) {
        self.format = format
        self.subject = subject
        self.path = path
    }
}

public struct BreakDeclaration: Sendable {
    public var title: StringLiteral
    public var length: Expression
    public init(title: StringLiteral, length: Expression) {
        self.title = title
        self.length = length
    }
}

public struct DayDeclaration: Sendable {
    public var title: StringLiteral
    public init(title: StringLiteral) { self.title = title }
}

// MARK: - Statements

/// A `{ … }` block of statements.
public struct Block: Sendable {
    public var statements: [Statement]
    public var range: SourceRange
    public init(statements: [Statement], range: SourceRange) {
        self.statements = statements
        self.range = range
    }
}

public struct Statement: Sendable {
    public var kind: StatementKind
    public var range: SourceRange
    public init(_ kind: StatementKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StatementKind: Sendable {
    /// `say "…"`: text the facilitator reads out.
    case say(Expression)
    /// `prompt working "What is working well?" by role`
    case prompt(PromptStatement)
    /// `cluster not-working into not-working-themes`
    case cluster(ClusterStatement)
    /// `vote priorities on not-working-themes { method dots … }`
    case vote(VoteStatement)
    /// `place ideas on investment`
    case place(PlaceStatement)
    /// `actions plans for investment.quick-wins`
    case actions(ActionsStatement)
    /// `let people = 50`
    case letBinding(LetStatement)
    /// `for theme in priorities.kept { … }`
    case forLoop(ForStatement)
    /// `if people > 30 { … } else { … }`
    case ifElse(IfStatement)
    /// `return result`, inside an activity.
    case returnValue(Expression)
    /// An expression run for its effect: an activity call such as `warm-up("…")`.
    case expression(Expression)
    /// A statement that failed to parse (already reported).
    case invalid
}

public struct PromptStatement: Sendable {
    /// The collection the answers go into.
    public var collection: Identifier
    public var question: Expression
    /// `by role`, `by lens [delia, jamie]`: each item carries one such tag.
    public var tagging: PromptTagging?
    public init(collection: Identifier, question: Expression, tagging: PromptTagging?) {
        self.collection = collection
        self.question = question
        self.tagging = tagging
    }
}

public struct PromptTagging: Sendable {
    /// `role`, `perspective` or `lens`, as written (checked later).
    public var kind: Identifier
    /// The tags allowed, when restricted with `[…]`; all of that kind otherwise.
    public var only: [Identifier]?
    public var range: SourceRange
    public init(kind: Identifier, only: [Identifier]?, range: SourceRange) {
        self.kind = kind
        self.only = only
        self.range = range
    }
}

public struct ClusterStatement: Sendable {
    public var source: Expression
    /// The theme collection the clustering produces.
    public var themes: Identifier
    public init(source: Expression, themes: Identifier) {
        self.source = source
        self.themes = themes
    }
}

public struct VoteStatement: Sendable {
    /// The result's name, which later stages use.
    public var name: Identifier
    /// What is voted on: a collection, a theme collection, a quadrant, a result.
    public var options: Expression
    public var settings: [VoteSetting]
    public var bodyRange: SourceRange
    public init(name: Identifier, options: Expression, settings: [VoteSetting], bodyRange: SourceRange) {
        self.name = name
        self.options = options
        self.settings = settings
        self.bodyRange = bodyRange
    }
}

public struct VoteSetting: Sendable {
    public var kind: VoteSettingKind
    public var range: SourceRange
    public init(_ kind: VoteSettingKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum VoteSettingKind: Sendable {
    /// `method dots` (also `fist-of-five`, `ranked-pairs` …)
    case method(Identifier)
    /// `dots 3`: dots per person.
    case dots(Expression)
    /// `cap 1`: most dots one person may put on one option.
    case cap(Expression)
    /// `range 0 to 5`: the scores a score vote allows.
    /// (`indirect`, so the other settings do not make room for two expressions.)
    indirect case scoreRange(Expression, Expression)
    /// `ballots named`, `ballots anonymous` or `ballots room` (tallies only).
    case ballots(Identifier)
    /// `voters people`: how many people vote, for checking room tallies.
    case voters(Expression)
    /// `keep top 5`
    case keepTop(Expression)
    /// `keep above 3`
    case keepAbove(Expression)
    /// `keep all`
    case keepAll
    /// `ties facilitator`, `ties revote` or `ties random`
    case ties(Identifier)
}

public struct PlaceStatement: Sendable {
    public var items: Expression
    public var grid: Identifier
    public init(items: Expression, grid: Identifier) {
        self.items = items
        self.grid = grid
    }
}

public struct ActionsStatement: Sendable {
    /// The action plan's name.
    public var name: Identifier
    /// The ideas that get an owner, a first step and a date.
    public var ideas: Expression
    public init(name: Identifier, ideas: Expression) {
        self.name = name
        self.ideas = ideas
    }
}

public struct LetStatement: Sendable {
    public var name: Identifier
    public var value: Expression
    public init(name: Identifier, value: Expression) {
        self.name = name
        self.value = value
    }
}

public struct ForStatement: Sendable {
    public var variable: Identifier
    public var sequence: Expression
    public var body: Block
    public init(variable: Identifier, sequence: Expression, body: Block) {
        self.variable = variable
        self.sequence = sequence
        self.body = body
    }
}

public struct IfStatement: Sendable {
    public var condition: Expression
    public var then: Block
    /// `else { … }`, or `else if …` as a block holding one `if` statement.
    public var otherwise: Block?
    /// Whether `otherwise` was written `else if` (for the formatter).
    public var isElseIf: Bool
    public init(condition: Expression, then: Block, otherwise: Block?, isElseIf: Bool) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
        self.isElseIf = isElseIf
    }
}

// MARK: - Expressions

public struct Expression: Sendable {
    public var kind: ExpressionKind
    public var range: SourceRange
    public init(_ kind: ExpressionKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Only the cases that hold expressions are `indirect`: the others are
/// stored inline, so a name or a literal costs no heap allocation.
public enum ExpressionKind: Sendable {
    case number(Double)
    /// A duration in seconds (`1h30m` is 5400).
    case duration(Int)
    case string(StringLiteral)
    case boolean(Bool)
    case name(String)
    /// `[a, b, c]`
    case list([Expression])
    /// `priorities.kept`
    indirect case member(Expression, Identifier)
    /// `priorities.top(3)`, `warm-up("…")`
    indirect case call(Expression, [Argument])
    /// `ideas[0]`
    indirect case index(Expression, Expression)
    indirect case unary(UnaryOperator, Expression)
    indirect case binary(BinaryOperator, Expression, Expression)
    /// An expression that failed to parse (already reported).
    case invalid
}

public struct Argument: Sendable {
    /// `dots: 5`, when passed by name.
    public var label: Identifier?
    public var value: Expression
    public init(label: Identifier?, value: Expression) {
        self.label = label
        self.value = value
    }
}

public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    /// Binding strength: higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 3
        case .add, .subtract: 4
        case .multiply, .divide: 5
        }
    }
}

/// A string literal, split into literal text and `{interpolated}` expressions.
public struct StringLiteral: Sendable {
    public var segments: [StringSegment]
    public var range: SourceRange
    /// Whether it was written as a `"""` block string (kept by the formatter).
    /// Stored last, so the literal packs into 25 bytes.
    public var isBlock: Bool
    public init(segments: [StringSegment], isBlock: Bool, range: SourceRange) {
        self.segments = segments
        self.isBlock = isBlock
        self.range = range
    }

    /// The literal's text when it has no interpolation, else nil.
    public var plainText: String? {
        var text = ""
        for segment in segments {
            guard case .text(let part) = segment else { return nil }
            text += part
        }
        return text
    }
}

public enum StringSegment: Sendable {
    /// Literal text, escapes already decoded.
    case text(String)
    /// `{expression}`
    case interpolation(Expression)
}
