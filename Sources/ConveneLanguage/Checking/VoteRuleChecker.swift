/// Checks a `vote` block's settings: a known method, settings that method
/// takes, each given once, and a rule the room can satisfy. Values written as
/// literals (or names with known values) are checked before the run.
struct VoteRuleChecker {
    static let methods = ["dots", "approval", "score", "plurality", "borda", "irv", "schulze", "ranked-pairs", "fist-of-five"]
    static let ballots = ["named", "anonymous", "room"]
    static let ties = ["facilitator", "revote", "random"]
    /// The methods a room's totals can count; the others need each person's ballot.
    static let roomMethods = ["dots", "approval", "score", "plurality"]

    /// A setting as written, with the three `keep` forms counted as one.
    private enum Setting: Int, CaseIterable {
        case method, dots, cap, range, ballots, voters, keep, ties

        /// The setting's word in a script.
        var name: String { "\(self)" }

        init(_ kind: VoteSettingKind) {
            switch kind {
            case .method: self = .method
            case .dots: self = .dots
            case .cap: self = .cap
            case .scoreRange: self = .range
            case .ballots: self = .ballots
            case .voters: self = .voters
            case .keepTop, .keepAbove, .keepAll: self = .keep
            case .ties: self = .ties
            }
        }

        /// The one method that takes this setting, when only one does.
        var onlyMethod: String? {
            switch self {
            case .dots, .cap: "dots"
            case .range: "score"
            case .method, .ballots, .voters, .keep, .ties: nil
            }
        }
    }

    /// The kind of a setting's value (checking the expression).
    var kindOf: (Expression) -> ValueKind
    /// The value of a setting when known before the run.
    var valueOf: (Expression) -> ConstantValue?
    /// "line 12" for a range in the vote's file.
    var site: (SourceRange) -> String
    /// The file of the vote being checked.
    var path = ""

    private var diagnostics: [Diagnostic] = []

    init(kindOf: @escaping (Expression) -> ValueKind, valueOf: @escaping (Expression) -> ConstantValue?,
         site: @escaping (SourceRange) -> String) {
        self.kindOf = kindOf
        self.valueOf = valueOf
        self.site = site
    }

    /// Checks one vote in the file at `path`, returning what is wrong with it.
    mutating func check(_ vote: VoteStatement, in path: String) -> [Diagnostic] {
        self.path = path
        defer { diagnostics = [] }
        check(vote)
        return diagnostics
    }

    private mutating func check(_ vote: VoteStatement) {
        // The settings given so far, one bit each: an array here would be
        // allocated for every vote of the script.
        var seen: UInt32 = 0
        var method: String?
        var hasMethod = false
        var dots: (value: Int, range: SourceRange)?
        var cap: (value: Int, range: SourceRange)?
        for setting in vote.settings {
            let name = Setting(setting.kind)
            if seen & 1 << name.rawValue != 0 {
                let first = vote.settings.first { Setting($0.kind) == name }?.range ?? setting.range
                report(.duplicateSetting, "`\(name.name)` is given twice in vote `\(vote.name.name)`",
                       at: setting.range, notes: ["it is first given at \(site(first))"], help: "remove one of them")
                continue
            }
            seen |= 1 << name.rawValue
            switch setting.kind {
            case .method(let word):
                hasMethod = true
                method = checkMethod(word)
            case .dots(let value): dots = wholeNumber(value, setting: "dots", atLeast: 1, "each person needs at least one dot")
            case .cap(let value): cap = wholeNumber(value, setting: "cap", atLeast: 1, "a cap below 1 lets nobody vote for anything")
            case .scoreRange(let low, let high): checkRange(low, high)
            case .ballots(let word): checkWord(word, setting: "ballots", allowed: Self.ballots)
            case .voters(let value): _ = wholeNumber(value, setting: "voters", atLeast: 1, "a vote needs at least one voter")
            case .keepTop(let value): _ = wholeNumber(value, setting: "keep top", atLeast: 1, "`keep top` must keep at least one option")
            case .keepAbove(let value): checkNumber(value, setting: "keep above")
            case .keepAll: break
            case .ties(let word): checkWord(word, setting: "ties", allowed: Self.ties)
            }
        }
        if !hasMethod {
            report(.missingVoteMethod, "vote `\(vote.name.name)` does not say how to vote", at: vote.name.range,
                   notes: ["the methods are \(Self.list(Self.methods))"],
                   help: "add a `method` line to the vote block, such as `method dots`")
        }
        if let method { checkSettingsTaken(by: method, vote) }
        if let dots, let cap, cap.value > dots.value {
            report(.unsatisfiableVoteRule,
                   "a cap of \(cap.value) is more than the \(dots.value) dot\(dots.value == 1 ? "" : "s") each person has",
                   at: cap.range, help: "lower the cap to at most \(dots.value), or give each person more dots")
        }
    }

    /// The method, when it is one Convene knows.
    private mutating func checkMethod(_ word: Identifier) -> String? {
        guard !word.name.isEmpty else { return nil }
        if Self.methods.contains(word.name) { return word.name }
        report(.unknownVoteMethod, "unknown voting method `\(word.name)`", at: word.range,
               notes: ["the methods are \(Self.list(Self.methods))"],
               help: Suggestions.didYouMean(word.name, in: Self.methods))
        return nil
    }

    /// `dots`, `cap` and `range` belong to one method each; `ballots room`
    /// only to methods that count totals.
    private mutating func checkSettingsTaken(by method: String, _ vote: VoteStatement) {
        for setting in vote.settings {
            if case .ballots(let word) = setting.kind, word.name == "room", !Self.roomMethods.contains(method) {
                let needs = method == "fist-of-five" ? "each person's fingers, to find who is below three" : "each person's ranking"
                report(.settingNotForMethod, "\(Article.before(method)) `\(method)` vote cannot take `ballots room`", at: setting.range,
                       notes: ["a room tally has only a total per option, and `\(method)` needs \(needs)"],
                       help: "use `ballots named` or `ballots anonymous`, or a method the room can total: \(Self.list(Self.roomMethods, last: "or"))")
                continue
            }
            let name = Setting(setting.kind)
            guard let owner = name.onlyMethod, owner != method else { continue }
            report(.settingNotForMethod, "\(Article.before(method)) `\(method)` vote does not take `\(name.name)`", at: setting.range,
                   notes: ["only `\(owner)` votes take `\(name.name)`"],
                   help: "remove it, or use `method \(owner)`")
        }
    }

    private mutating func checkWord(_ word: Identifier, setting: String, allowed: [String]) {
        guard !word.name.isEmpty, !allowed.contains(word.name) else { return }
        report(.unknownSettingValue, "unknown `\(setting)` value `\(word.name)`", at: word.range,
               notes: ["`\(setting)` is \(Self.list(allowed, last: "or"))"],
               help: Suggestions.didYouMean(word.name, in: allowed))
    }

    @discardableResult
    private mutating func checkNumber(_ value: Expression, setting: String) -> Bool {
        let kind = kindOf(value)
        guard kind.unified(with: .number) == nil else { return true }
        report(.typeMismatch, "`\(setting)` must be a number, but this is \(kind.description)", at: value.range)
        return false
    }

    /// A setting that must be a whole number of at least `minimum`; returns it when known.
    private mutating func wholeNumber(
        _ value: Expression, setting: String, atLeast minimum: Int, _ why: String
    ) -> (value: Int, range: SourceRange)? {
        guard checkNumber(value, setting: setting), let constant = valueOf(value) else { return nil }
        guard let number = constant.wholeNumber else {
            report(.unsatisfiableVoteRule, "`\(setting)` must be a whole number, but it is \(constant.displayText)",
                   at: value.range)
            return nil
        }
        guard number >= minimum else {
            report(.unsatisfiableVoteRule, "\(why), but `\(setting)` is \(number)", at: value.range,
                   help: "use `\(setting) \(minimum)` or more")
            return nil
        }
        return (number, value.range)
    }

    private mutating func checkRange(_ low: Expression, _ high: Expression) {
        let lowIsNumber = checkNumber(low, setting: "range")
        guard checkNumber(high, setting: "range"), lowIsNumber,
            let lowValue = valueOf(low), let highValue = valueOf(high)
        else { return }
        guard let from = lowValue.wholeNumber, let to = highValue.wholeNumber else {
            report(.unsatisfiableVoteRule, "a score range runs between whole numbers",
                   at: low.range.union(high.range), help: "write it such as `range 0 to 5`")
            return
        }
        if from >= to {
            report(.unsatisfiableVoteRule, "the score range \(from) to \(to) leaves nothing to choose between",
                   at: low.range.union(high.range),
                   help: from > to ? "write the lower score first: `range \(to) to \(from)`" : "give the range two ends, such as `range 0 to 5`")
        }
    }

    private mutating func report(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, notes: [String] = [], help: String? = nil
    ) {
        diagnostics.append(Diagnostic(code, message, path: path, range: range, notes: notes, help: help))
    }

    /// "`a`, `b` or `c`" (or "and").
    static func list(_ words: [String], last: String = "and") -> String {
        let quoted = words.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.joined() }
        return quoted.dropLast().joined(separator: ", ") + " \(last) " + quoted[quoted.count - 1]
    }
}

extension ProgramChecker {
    /// Checks a `vote` block's settings with `VoteRuleChecker`.
    func checkVoteRule(_ vote: VoteStatement) {
        let found = voteRuleChecker.check(vote, in: region.path)
        if !found.isEmpty { diagnostics += found }
    }

    /// One checker for every vote, so its closures are made once. They hold
    /// the program checker `unowned(unsafe)`: they do not keep it alive, and
    /// a plain `unowned` reference would be retained and released (atomically)
    /// at every call. Safe because the vote-rule checker is stored in the
    /// program checker and handed to nothing else, so it never outlives it.
    func makeVoteRuleChecker() -> VoteRuleChecker {
        VoteRuleChecker(
            kindOf: { [unowned(unsafe) self] in checkExpression($0) },
            valueOf: { [unowned(unsafe) self] in constantValue(of: $0) },
            site: { [unowned(unsafe) self] in site($0, in: region.path) })
    }
}
