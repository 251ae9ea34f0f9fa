/// Something a name stands for, with where it was declared and from when it
/// may be used.
struct SymbolEntry {
    /// What declared the name.
    enum Role: Equatable {
        case parameter
        case topLevelLet
        case activity
        case grid
        /// A collection made by a statement: `prompt`, `cluster`, `vote` or `actions`.
        case collection(CollectionSource)
        /// A `let` directly in a stage's or an activity's body: it lasts
        /// until the body ends.
        case stageLet
        case loopVariable
        /// A `let` inside a `for` or `if` block.
        case blockLet
        case activityParameter
        /// Declared by code that failed to parse (already reported): its
        /// uses are not questioned further.
        case unparsed
    }

    /// The statement that makes a collection.
    enum CollectionSource: String {
        case prompt, cluster, vote, actions
    }

    /// When, in the order a workshop runs, the name starts to exist.
    enum Availability: Equatable {
        /// Parameters, activities and grids: from the start.
        case always
        /// The n-th top-level `let`, in evaluation order.
        case globalOrder(Int)
        /// Made by a statement of stage number `stage` (or of the activity
        /// being checked) and usable after `offset`, the statement's end.
        case created(stage: Int, offset: Int)
    }

    // Largest fields first, so an entry packs into 56 bytes: a script has a
    // symbol for most of its statements, and the table is allocated whole.
    var name: String
    var kind: ValueKind
    /// Where the name is declared, in the file `file`.
    var range: SourceRange
    var availability: Availability
    var role: Role
    /// Whether anything refers to it (for the unused-collection warning).
    var isUsed = false
    /// The file it is declared in: an index into `ProgramChecker.filePaths`.
    /// (A collection's stage, when there is one, is in `availability`.)
    var file: Int32

    init(name: String, role: Role, kind: ValueKind, file: Int32, range: SourceRange, availability: Availability) {
        self.name = name
        self.kind = kind
        self.range = range
        self.availability = availability
        self.role = role
        self.file = file
    }

    /// How the name is described in "already defined as …" notes.
    var roleDescription: String {
        switch role {
        case .parameter: "a workshop parameter"
        case .topLevelLet, .stageLet, .blockLet: "a `let`"
        case .activity: "an activity"
        case .grid: "a grid"
        case .collection(.prompt): "a collection"
        case .collection(.cluster): "a collection of themes"
        case .collection(.vote): "a vote result"
        case .collection(.actions): "an action plan"
        case .loopVariable: "a `for` variable"
        case .activityParameter: "an activity parameter"
        case .unparsed: "a declaration that could not be read"
        }
    }

    /// Whether it is a collection nobody using it would be worth a warning for.
    var isCollection: Bool {
        if case .collection = role { return true }
        return false
    }
}
