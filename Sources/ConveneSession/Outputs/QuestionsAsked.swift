/// The question each item answered, worded as it was asked when the item was
/// typed. A step's wording can change after: a recount can move a loop's
/// step on to another idea (`fixes#1` asked about “alpha”, now about “beta”),
/// so the wording is read from the journal, not from the step as it is now.
struct QuestionsAsked {
    private var byItem: [String: String] = [:]

    init(records: [JournalRecord]) {
        var asking: [String: String] = [:]
        for record in records {
            switch record.event {
            case let .entered(stage, _, step, definition):
                asking[stage + "/" + step] = definition["question"]?.stringValue
            case let .itemAdded(id, _, stage, step, _, _, _):
                byItem[id] = asking[stage + "/" + step]
            default:
                continue
            }
        }
    }

    /// The question `item` answered, when it answered one.
    func question(of item: Item) -> String? {
        byItem[item.id]
    }
}
