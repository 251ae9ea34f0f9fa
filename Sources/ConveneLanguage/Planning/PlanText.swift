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

    /// The whole text in curly quotes, as it is said or asked: a printed agenda keeps all of it.
    func quoted(_ expression: Expression) -> String {
        "“" + Self.markdownEscaped(spoken(expression)) + "”"
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
