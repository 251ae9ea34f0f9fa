/// Where the code being checked runs, which decides what its names may see.
enum Place: Equatable {
    /// Worked out before any stage runs: parameter defaults (order 0), the
    /// n-th top-level `let` (order n + 1), timeboxes and the workshop block
    /// (`Int.max`).
    case beforeStages(order: Int)
    /// The body of the stage at `index` in running order.
    case stage(index: Int, name: String)
    /// The body of an activity, which sees only its own names and the
    /// program's top-level declarations.
    case activity(name: String)
    /// After the last stage: what outputs write.
    case afterStages

    /// Whether an activity may be called here: only while stages run.
    var mayCallActivities: Bool {
        switch self {
        case .stage, .activity: true
        case .beforeStages, .afterStages: false
        }
    }
}
