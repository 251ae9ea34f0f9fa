import ConveneText

/// Ctrl-R: searching back through the lines typed before for one holding
/// what is typed now, as a shell does. Letters are matched whatever their
/// case and accents, so "monday" finds "Stop the Monday meeting" and "cafe"
/// finds "Café". The prompt says in words what is going on, instead of
/// libedit's own `bck:`.
struct HistorySearch: Equatable {
    /// The lines to search, oldest first.
    let lines: [String]
    /// What is searched for.
    private(set) var query = ""
    /// Where the line shown was found in `lines`, or nil before anything is found.
    private(set) var matchIndex: Int?
    /// Whether the last key left the search without a line holding the query.
    private(set) var isFailing = false
    /// The lines found so far, which Ctrl-R passes over when they come again.
    private var found: Set<String> = []

    init(lines: [String]) {
        self.lines = lines
    }

    /// The line found, or nil when none is yet.
    var match: String? { matchIndex.map { lines[$0] } }

    /// What the prompt reads while searching: the query, and whether it is found.
    var prompt: String {
        if query.isEmpty { return "(search history) " }
        return isFailing ? "(no earlier line has “\(query)”) " : "(search “\(query)”) "
    }

    /// A character typed: the query grows, and the line shown is the newest
    /// one, from the line shown back, that holds it.
    mutating func type(_ character: Character) {
        query.append(character)
        find(from: matchIndex ?? lines.count - 1, passingFound: false)
    }

    /// Backspace: the query shrinks, and the newest line holding it is shown.
    mutating func erase() {
        guard !query.isEmpty else { return }
        query.removeLast()
        matchIndex = nil
        isFailing = false
        found = []
        if !query.isEmpty { find(from: lines.count - 1, passingFound: false) }
    }

    /// Ctrl-R again: the next older line holding the query, passing over
    /// lines that read the same as one found already.
    mutating func older() {
        guard !query.isEmpty else { return }
        find(from: (matchIndex ?? lines.count) - 1, passingFound: true)
    }

    /// Looks back from `start` for a line holding the query; keeps the line
    /// shown, and says the search is failing, when there is none.
    private mutating func find(from start: Int, passingFound: Bool) {
        let wanted = TextFolding.folded(query)
        var index = start
        while index >= 0 {
            let line = lines[index]
            if !(passingFound && found.contains(line)), TextFolding.folded(line).contains(wanted) {
                matchIndex = index
                isFailing = false
                found.insert(line)
                return
            }
            index -= 1
        }
        isFailing = true
    }
}
