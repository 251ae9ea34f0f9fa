/// How the agenda shows script text: strings as people read them, with
/// interpolations kept as `{name}`, and code in backticks.
struct PlanText {
    var source: SourceFile

    /// Script code in backticks: `` `priorities.kept` ``.
    func code(_ expression: Expression) -> String {
        "`" + ExpressionFormatter.oneLine(source).text(expression) + "`"
    }

    /// The text a facilitator reads: a string's text with `{interpolations}`,
    /// or any other expression as `{expression}`. Line breaks become spaces.
    func spoken(_ expression: Expression) -> String {
        guard case .string(let literal) = expression.kind else {
            return "{" + ExpressionFormatter.oneLine(source).text(expression) + "}"
        }
        return spoken(literal)
    }

    /// A string's text with `{interpolations}`, on one line.
    func spoken(_ literal: StringLiteral) -> String {
        let formatter = ExpressionFormatter.oneLine(source)
        var text = ""
        for segment in literal.segments {
            switch segment {
            case .text(let part): text += part
            case .interpolation(let value): text += "{" + formatter.text(value) + "}"
            }
        }
        return Self.singleLine(text)
    }

    /// The text's opening sentence, cut at a word if it runs long, in curly quotes.
    func quotedOpening(_ expression: Expression, limit: Int = 120) -> String {
        "“" + Self.markdownEscaped(Self.opening(of: spoken(expression), limit: limit)) + "”"
    }

    /// The whole text in curly quotes, as a question is asked.
    func quoted(_ expression: Expression) -> String {
        "“" + Self.markdownEscaped(spoken(expression)) + "”"
    }

    /// The first sentence (more while they are short), or the last whole word
    /// before `limit`, with `…` when cut.
    static func opening(of text: String, limit: Int, atLeast minimum: Int = 40) -> String {
        let characters = Array(text)
        var end = 0
        while end < characters.count, end < minimum {
            end = sentenceEnd(in: characters, from: end)
        }
        if end > limit {
            end = limit
            while end > 0, characters[end] != " " { end -= 1 }
            if end == 0 { end = limit }
            return String(characters[..<end]) + "…"
        }
        return end < characters.count ? String(characters[..<end]) + " …" : text
    }

    /// Just past the `.`, `!` or `?` that ends the sentence starting at `start`, or the end of the text.
    private static func sentenceEnd(in characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            if ".!?".contains(characters[index]), index + 1 == characters.count || characters[index + 1] == " " {
                return index + 1
            }
            index += 1
        }
        return characters.count
    }

    /// Runs of spaces and line breaks as one space, trimmed.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// Text with the characters Markdown would act on escaped.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*[]<".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
