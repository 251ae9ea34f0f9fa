/// The top level of a file: its declarations.
extension SyntaxParser {
    /// Every declaration up to the end of the file, errors and all.
    ///
    /// The array keeps the spare capacity its doubling left: copying it to
    /// its exact size would write (and so map) all of it once more, while the
    /// spare part is never written, and the large buffers a long script needs
    /// come straight from the system, whose memory is mapped only once written.
    mutating func parseDeclarations() -> [Declaration] {
        var declarations: [Declaration] = []
        while current.kind != .endOfFile {
            let declaration = parseDeclarationRecovering()
            symbolCount.note(declaration)
            declarations.append(declaration)
        }
        return declarations
    }

    private mutating func parseDeclarationRecovering() -> Declaration {
        let start = current.range.start
        do {
            return try parseDeclaration()
        } catch {
            if current.range.start == start, current.kind != .endOfFile { advance() }
            synchronizeDeclaration()
            return Declaration(.invalid, range: range(from: start))
        }
    }

    private mutating func parseDeclaration() throws(ParseFailure) -> Declaration {
        let start = current.range.start
        let kind: DeclarationKind
        switch current.kind {
        case .keyword(.import):
            advance()
            kind = .importFile(ImportDeclaration(path: try expectString("the path of the file to import, in quotes, after `import`")))
        case .keyword(.workshop):
            kind = .workshop(try parseWorkshop())
        case .keyword(.stage):
            kind = .stage(try parseStage())
        case .keyword(.activity):
            kind = .activity(try parseActivity())
        case .keyword(.grid):
            kind = .grid(try parseGrid())
        case .keyword(.let):
            kind = .letBinding(try parseLet())
        case .keyword(.output):
            kind = .output(try parseOutput())
        case .keyword(.break):
            advance()
            let title = try expectString("the break's title in quotes after `break`", help: "`break \"Lunch\" for 45m`")
            try expectFor("the break's length", example: "break \"Lunch\" for 45m")
            kind = .breakTime(BreakDeclaration(title: title, length: try parseLength()))
        case .keyword(.day):
            advance()
            kind = .day(DayDeclaration(title: try expectString("the day's title in quotes after `day`", help: "`day \"Day 2: what we will do\"`")))
        default:
            throw unexpectedAtTopLevel()
        }
        return Declaration(kind, range: range(from: start))
    }

    /// CV0102, with a hint for the usual causes: a statement outside a stage,
    /// a misspelt keyword, a stray `}`.
    private mutating func unexpectedAtTopLevel() -> ParseFailure {
        var help = "a script is made of `workshop`, `stage`, `activity`, `grid`, `let`, `output`, `import`, `break` and `day` declarations"
        switch current.kind {
        case .keyword(.return):
            help = "`return` gives an activity its result: it goes inside an activity, as in "
                + "`activity ask(question) { prompt answers question  return answers }`"
        case .keyword(let keyword) where keyword.startsStatement:
            help = "`\(keyword.rawValue)` is a statement: it goes inside a stage, as in `stage intro \"Welcome\" for 10m { \(keyword.rawValue) … }`"
        case .symbol(.rightBrace):
            help = "this `}` closes nothing: remove it, or look for a missing `{` above"
        case .identifier:
            let word = text(of: current)
            let keywords = Keyword.allCases.filter(\.startsDeclaration).map(\.rawValue)
            if let suggestion = Suggestions.didYouMean(word, in: keywords) {
                help = suggestion
            } else if let block = SettingWords.block(holding: word) {
                help = "`\(word)` is a setting of \(block)"
            } else if peek().kind == .symbol(.leftParen) {
                help = "an activity is called from inside a stage: `stage NAME \"Title\" for 10m { \(word)(…) }`"
            }
        default:
            break
        }
        return failure(.expectedDeclaration, "expected a declaration such as `stage` or `workshop`, found \(describe(current))",
                       at: current.range, help: help)
    }

    /// `workshop "Title" { purpose … duration … role … param … }`
    private mutating func parseWorkshop() throws(ParseFailure) -> WorkshopDeclaration {
        let header = advance().range.start
        let title = try expectString("the workshop's title in quotes after `workshop`", help: "`workshop \"Team retrospective\" { … }`")
        let (items, _) = try parseSettingsBlock(
            "the workshop's settings", header: header, collectingIn: \.workshopItemStack
        ) { parser throws(ParseFailure) in
            try parser.parseWorkshopItem()
        }
        return WorkshopDeclaration(title: title, items: items)
    }

    /// `stage NAME "Title" for TIMEBOX { … }`
    private mutating func parseStage() throws(ParseFailure) -> StageDeclaration {
        let header = advance().range.start
        let name = try expectName("for the stage after `stage`", help: "a stage's name comes before its title: `stage welcome \"Welcome\" for 10m { … }`")
        let title = optionalString()
        try expectFor("the stage's timebox", example: "stage \(name.name) \"Title\" for 20m { … }")
        let timebox = try parseLength()
        return StageDeclaration(name: name, title: title, timebox: timebox, body: try parseBlock("the stage's body", header: header))
    }

    /// The `for` before a timebox. When only the word is missing (a duration
    /// or number follows), parsing goes on as if it were there, so the
    /// stage's body is still checked.
    private mutating func expectFor(_ what: String, example: @autoclosure () -> String) throws(ParseFailure) {
        if at(.for) {
            advance()
            return
        }
        guard current.kind == .duration || current.kind == .number, !current.isFirstOnLine else {
            throw expected("`for` and \(what)", help: "`\(example())`")
        }
        report(.expectedToken, "expected `for` before \(what), found \(describe(current))", at: current.range,
               help: "write `for \(text(of: current))`")
    }

    /// A length of time: a stage's timebox, a break's length, the workshop's
    /// duration. A number followed by a unit spelled out (`20 mins`) is one
    /// mistake, reported once: it is read as the duration meant (`20m`), so
    /// the rest of the declaration is still parsed and nothing else is said
    /// about it.
    mutating func parseLength() throws(ParseFailure) -> Expression {
        let length = try parseExpression()
        guard case .number(let amount) = length.kind, amount == amount.rounded(), amount >= 0, amount < 1e9,
              current.kind == .identifier, !current.isFirstOnLine,
              let seconds = Lexer.durationSeconds(amount: Int(amount), spelledUnit: text(of: current))
        else { return length }
        let unit = advance()
        let written = source.text(in: SourceRange(start: length.range.start, end: unit.range.end))
        let meant = SyntaxDump.durationText(seconds)
        report(.malformedNumber, "`\(written)` is not a duration: a duration is written as one word, with the units w, d, h, m and s",
               at: range(from: length.range.start),
               help: "write a duration such as `\(meant)`")
        return Expression(.duration(seconds), range: range(from: length.range.start))
    }

    /// `activity NAME(param, param = default) { … }`
    private mutating func parseActivity() throws(ParseFailure) -> ActivityDeclaration {
        let header = advance().range.start
        let name = try expectName("for the activity after `activity`", help: "`activity warm-up(question, time = 10m) { … }`")
        try expect(.leftParen, "to open the activity's parameters", help: "write `\(name.name)()` when the activity takes none")
        var parameters: [ActivityParameter] = []
        while !at(.rightParen) {
            let parameter = try expectName("for a parameter of the activity")
            var defaultValue: Expression?
            if at(.assign) {
                advance()
                defaultValue = try parseExpression()
            }
            parameters.append(ActivityParameter(name: parameter, defaultValue: defaultValue))
            guard at(.comma) else {
                guard at(.rightParen) else { throw expected("`,` or `)` after the parameter") }
                break
            }
            advance()
        }
        advance()
        return ActivityDeclaration(name: name, parameters: parameters, body: try parseBlock("the activity's body", header: header))
    }

    /// `grid NAME "Title" { axis … scale … quadrant … }`
    private mutating func parseGrid() throws(ParseFailure) -> GridDeclaration {
        let header = advance().range.start
        let name = try expectName("for the grid after `grid`", help: "`grid investment \"Investment grid\" { … }`")
        let title = optionalString()
        let (items, _) = try parseSettingsBlock(
            "the grid's settings", header: header, collectingIn: \.gridItemStack
        ) { parser throws(ParseFailure) in
            try parser.parseGridItem()
        }
        return GridDeclaration(name: name, title: title, items: items)
    }

    /// `output FORMAT [subject] to "path"`
    private mutating func parseOutput() throws(ParseFailure) -> OutputDeclaration {
        advance()
        let format = try expectName("for the output's format after `output`",
                                    help: "the formats are `report`, `transcript`, `markdown`, `csv`, `json` and `svg`")
        let subject = at(.to) ? nil : try parseExpression()
        try expect(.to, "and the file to write", help: "`output \(format.name) to \"\(format.name).md\"`")
        let path = try expectString("the path to write, in quotes, after `to`")
        return OutputDeclaration(format: format, subject: subject, path: path)
    }
}
