/// The words that are only special inside one kind of block.
enum SettingWords {
    static let workshop = ["purpose", "duration", "role", "perspective", "lens", "param"]
    static let vote = ["method", "dots", "cap", "range", "ballots", "voters", "keep", "ties"]
    static let keep = ["top", "above", "all"]
    static let grid = ["axis", "scale", "quadrant"]

    /// The block a setting word belongs to, for telling someone who used it elsewhere.
    static func block(holding word: String) -> String? {
        if workshop.contains(word) { return "the `workshop` block" }
        if vote.contains(word) { return "a `vote` block" }
        if grid.contains(word) { return "a `grid` block" }
        return nil
    }

    /// "`a`, `b` and `c`"
    static func list(_ words: [String]) -> String {
        let quoted = words.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    }
}

/// The blocks of settings: a workshop's, a grid's and a vote's. Their words
/// (`purpose`, `axis`, `method` …) are identifiers recognised by their text.
extension SyntaxParser {
    /// `{ setting* }`, resynchronising at the next setting after an error.
    /// A block inside a stage (a vote's) that meets a line starting a
    /// statement was never closed: it ends there, and the statement is parsed.
    /// The items are collected on `stack` (see `ScratchStack`).
    mutating func parseSettingsBlock<Item: ScratchElement>(
        _ owner: String, header: Int, insideStatements: Bool = false,
        collectingIn stack: WritableKeyPath<SyntaxParser, ScratchStack<Item>>,
        _ parseItem: (inout SyntaxParser) throws(ParseFailure) -> Item
    ) throws(ParseFailure) -> (items: [Item], range: SourceRange) {
        try enterNesting()
        defer { leaveNesting() }
        let open = try openBrace(owner, header: header)
        let start = open?.range.start ?? previousEnd
        // The stack is taken out of the parser while the block is parsed, so
        // each push is not a key-path access. An item never holds a settings
        // block; if one did, it would take an empty stack and still be right.
        var items = self[keyPath: stack]
        self[keyPath: stack] = ScratchStack()
        defer { self[keyPath: stack] = items }
        let mark = items.mark
        while !at(.rightBrace) {
            if endsUnclosedBlock || (insideStatements && atLineStartingStatement) {
                reportUnclosed(open, owner)
                return (items.pop(from: mark), range(from: start))
            }
            let start = current.range.start
            openDelimiters = 0
            do {
                items.push(try parseItem(&self))
            } catch {
                skipIfStuck(at: start)
                synchronizeSetting()
            }
        }
        advance()
        return (items.pop(from: mark), range(from: start))
    }

    /// CV0104 for a word that is not a setting of this block, with the closest
    /// setting and the list of those allowed; or CV0100 for a token that is not a word.
    @inline(never)
    mutating func unknownSetting(of block: String, allowed: [String]) -> ParseFailure {
        guard current.kind == .identifier else {
            var help: String?
            if case .keyword(let keyword) = current.kind, keyword.startsStatement {
                help = keyword == .return
                    ? "`return` gives an activity its result: it goes inside an activity"
                    : "`\(keyword.rawValue)` is a statement: it goes inside a stage or an activity"
            }
            return failure(.expectedToken, "expected a \(block) setting, found \(describe(current))", at: current.range,
                           notes: ["a \(block) block holds \(SettingWords.list(allowed))"], help: help)
        }
        let word = text(of: current)
        return failure(.unknownSetting, "unknown \(block) setting `\(word)`", at: current.range,
                       notes: ["a \(block) block holds \(SettingWords.list(allowed))"],
                       help: Suggestions.didYouMean(word, in: allowed))
    }

    // MARK: - Workshop

    mutating func parseWorkshopItem() throws(ParseFailure) -> WorkshopItem {
        let start = current.range.start
        let kind: WorkshopItemKind
        if atWord("purpose") {
            advance()
            kind = .purpose(try parseExpression())
        } else if atWord("duration") {
            advance()
            kind = .duration(try parseLength())
        } else if let tagKind = TagKind.allCases.first(where: { atWord(named: $0.rawValue) }) {
            advance()
            let name = try expectName("for the \(tagKind.rawValue) after `\(tagKind.rawValue)`",
                                      help: "`\(tagKind.rawValue) lived \"People with lived experience\"`")
            kind = .tag(TagDeclaration(kind: tagKind, name: name, label: optionalString()))
        } else if atWord("param") {
            kind = .parameter(try parseParameter())
        } else {
            throw unknownSetting(of: "workshop", allowed: SettingWords.workshop)
        }
        return WorkshopItem(kind, range: range(from: start))
    }

    /// `param NAME[: TYPE] [= DEFAULT] ["help"]`
    private mutating func parseParameter() throws(ParseFailure) -> ParameterDeclaration {
        advance()
        let name = try expectName("for the parameter after `param`", help: "`param focus: text = \"carers\" \"What the workshop is about\"`")
        var type: Identifier?
        if at(.colon) {
            advance()
            type = try expectName("for the parameter's type after `:`", help: "the types are `text`, `number`, `duration` and `bool`")
        }
        var defaultValue: Expression?
        if at(.assign) {
            advance()
            defaultValue = try parseExpression()
        }
        return ParameterDeclaration(name: name, type: type, defaultValue: defaultValue, help: optionalString())
    }

    // MARK: - Grid

    mutating func parseGridItem() throws(ParseFailure) -> GridItem {
        let start = current.range.start
        let kind: GridItemKind
        if atWord("axis") {
            kind = .axis(try parseAxis())
        } else if atWord("scale") {
            advance()
            kind = .scale(try parseExpression())
        } else if atWord("quadrant") {
            kind = .quadrant(try parseQuadrant())
        } else {
            throw unknownSetting(of: "grid", allowed: SettingWords.grid)
        }
        return GridItem(kind, range: range(from: start))
    }

    /// `axis x NAME "label" from LOW "label" to HIGH "label"`
    private mutating func parseAxis() throws(ParseFailure) -> AxisDeclaration {
        advance()
        let direction: AxisDirection
        if atWord("x") {
            direction = .x
        } else if atWord("y") {
            direction = .y
        } else {
            throw expected("`x` or `y` after `axis`", help: "`axis x effort \"Effort\" from low \"Easy\" to high \"Hard\"`")
        }
        let directionRange = advance().range
        let name = try expectName("for the axis after `\(direction.rawValue)`")
        let label = optionalString()
        try expect(.from, "and the axis's low end", help: "`axis \(direction.rawValue) \(name.name) from low \"Low\" to high \"High\"`")
        let low = AxisEnd(name: try expectName("for the low end after `from`"), label: optionalString())
        try expect(.to, "and the axis's high end", help: "`… from low \"Low\" to high \"High\"`")
        let high = AxisEnd(name: try expectName("for the high end after `to`"), label: optionalString())
        return AxisDeclaration(direction: direction, directionRange: directionRange, name: name, label: label, low: low, high: high)
    }

    /// `quadrant NAME "label" where AXIS is END and AXIS is END`
    private mutating func parseQuadrant() throws(ParseFailure) -> QuadrantDeclaration {
        advance()
        let name = try expectName("for the quadrant after `quadrant`")
        let label = optionalString()
        try expect(.where, "and the quadrant's corner", help: "`quadrant \(name.name) where effort is low and impact is high`")
        var keyword = Keyword.where
        var conditions: [QuadrantCondition] = []
        while true {
            let axis = try expectName("for an axis after `\(keyword.rawValue)`")
            try expect(.is, "after the axis", help: "`\(axis.name) is low`")
            conditions.append(QuadrantCondition(axis: axis, end: try expectName("for the axis's end after `is`")))
            guard at(.and) else { break }
            advance()
            keyword = .and
        }
        return QuadrantDeclaration(name: name, label: label, conditions: conditions)
    }

    // MARK: - Vote

    mutating func parseVoteSetting() throws(ParseFailure) -> VoteSetting {
        let start = current.range.start
        let kind: VoteSettingKind
        guard current.kind == .identifier else { throw unknownSetting(of: "vote", allowed: SettingWords.vote) }
        // The setting's word is compared in place, without making a String of it.
        if atWord("method") {
            advance()
            kind = .method(try expectName("for the voting method after `method`",
                                          help: "the methods are `dots`, `approval`, `score`, `plurality`, `borda`, `irv`, `schulze`, `ranked-pairs` and `fist-of-five`"))
        } else if atWord("dots") {
            advance()
            kind = .dots(try parseExpression())
        } else if atWord("cap") {
            advance()
            kind = .cap(try parseExpression())
        } else if atWord("range") {
            advance()
            let low = try parseExpression()
            try expect(.to, "between the lowest and the highest score", help: "`range 0 to 5`")
            kind = .scoreRange(low, try parseExpression())
        } else if atWord("ballots") {
            advance()
            kind = .ballots(try expectName("after `ballots`", help: "ballots are `named`, `anonymous` or `room`"))
        } else if atWord("voters") {
            advance()
            kind = .voters(try parseExpression())
        } else if atWord("keep") {
            kind = try parseKeep()
        } else if atWord("ties") {
            advance()
            kind = .ties(try expectName("after `ties`", help: "ties are broken by the `facilitator`, by a `revote` or at `random`"))
        } else {
            throw unknownSetting(of: "vote", allowed: SettingWords.vote)
        }
        return VoteSetting(kind, range: range(from: start))
    }

    /// `keep top N`, `keep above N` or `keep all`
    private mutating func parseKeep() throws(ParseFailure) -> VoteSettingKind {
        advance()
        if atWord("top") {
            advance()
            return .keepTop(try parseExpression())
        }
        if atWord("above") {
            advance()
            return .keepAbove(try parseExpression())
        }
        if atWord("all") {
            advance()
            return .keepAll
        }
        throw unknownKeepRule()
    }

    @inline(never)
    private mutating func unknownKeepRule() -> ParseFailure {
        let note = "write `keep top N`, `keep above N` or `keep all`"
        guard current.kind == .identifier else {
            return expected("`top`, `above` or `all` after `keep`", notes: [note])
        }
        let word = text(of: current)
        return failure(.unknownSetting, "unknown `keep` rule `\(word)`", at: current.range, notes: [note],
                       help: Suggestions.didYouMean(word, in: SettingWords.keep))
    }
}
