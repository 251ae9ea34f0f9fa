/// A canonical, indented s-expression of a syntax tree, for tests and the
/// REPL's `:ast`.
///
/// The dump leaves out everything that does not change what a script means:
/// source ranges, comments, whether a string was written as a `"""` block,
/// whether an `else { if … }` was written `else if`, how a number or duration
/// was spelled (`90m` and `1h30m` dump alike), and parentheses. So two trees
/// dump to the same text exactly when they mean the same; the formatter's
/// tests rely on that.
///
///     (stage gather "What happened" (for 20m)
///       (say (string "Think back over " quarter "."))
///       (prompt went-well "What went well?" (by role)))
public enum SyntaxDump {
    /// Every declaration of a file, one after the other, each ending in a newline.
    public static func dump(_ file: SyntaxFile) -> String {
        file.declarations.map { SExpressionLayout.render(node(for: $0)) + "\n" }.joined()
    }

    /// One expression, without a trailing newline.
    public static func dump(_ expression: Expression) -> String {
        SExpressionLayout.render(node(for: expression))
    }

    /// One statement, without a trailing newline.
    public static func dump(_ statement: Statement) -> String {
        SExpressionLayout.render(node(for: statement))
    }

    // MARK: - Declarations

    static func node(for declaration: Declaration) -> SExpression {
        switch declaration.kind {
        case .importFile(let value):
            return .list("import", [node(for: value.path)])
        case .workshop(let value):
            return .list("workshop", [node(for: value.title)] + value.items.map(node(for:)))
        case .stage(let value):
            var children = [SExpression.atom(value.name.name)]
            if let title = value.title { children.append(node(for: title)) }
            children.append(.list("for", [node(for: value.timebox)]))
            return .list("stage", children + nodes(for: value.body))
        case .activity(let value):
            let parameters = value.parameters.map { parameter -> SExpression in
                guard let defaultValue = parameter.defaultValue else { return .atom(parameter.name.name) }
                return .list(parameter.name.name, [node(for: defaultValue)])
            }
            return .list("activity", [.atom(value.name.name), .list("parameters", parameters)] + nodes(for: value.body))
        case .grid(let value):
            var children = [SExpression.atom(value.name.name)]
            if let title = value.title { children.append(node(for: title)) }
            return .list("grid", children + value.items.map(node(for:)))
        case .letBinding(let value):
            return node(for: value)
        case .output(let value):
            var children = [SExpression.atom(value.format.name)]
            if let subject = value.subject { children.append(.list("subject", [node(for: subject)])) }
            children.append(.list("to", [node(for: value.path)]))
            return .list("output", children)
        case .breakTime(let value):
            return .list("break", [node(for: value.title), .list("for", [node(for: value.length)])])
        case .day(let value):
            return .list("day", [node(for: value.title)])
        case .invalid:
            return .list("invalid", [])
        }
    }

    static func node(for item: WorkshopItem) -> SExpression {
        switch item.kind {
        case .purpose(let value):
            return .list("purpose", [node(for: value)])
        case .duration(let value):
            return .list("duration", [node(for: value)])
        case .tag(let tag):
            return .list(tag.kind.rawValue, [.atom(tag.name.name)] + optional(tag.label))
        case .parameter(let parameter):
            var children = [SExpression.atom(parameter.name.name)]
            if let type = parameter.type { children.append(.list("type", [.atom(type.name)])) }
            if let value = parameter.defaultValue { children.append(.list("default", [node(for: value)])) }
            if let help = parameter.help { children.append(.list("help", [node(for: help)])) }
            return .list("param", children)
        }
    }

    static func node(for item: GridItem) -> SExpression {
        switch item.kind {
        case .axis(let axis):
            return .list("axis", [.atom(axis.direction.rawValue), .atom(axis.name.name)] + optional(axis.label) + [
                .list("from", [.atom(axis.low.name.name)] + optional(axis.low.label)),
                .list("to", [.atom(axis.high.name.name)] + optional(axis.high.label)),
            ])
        case .scale(let value):
            return .list("scale", [node(for: value)])
        case .quadrant(let quadrant):
            let conditions = quadrant.conditions.map { SExpression.list("is", [.atom($0.axis.name), .atom($0.end.name)]) }
            return .list("quadrant", [.atom(quadrant.name.name)] + optional(quadrant.label) + [.list("where", conditions)])
        }
    }

    // MARK: - Statements

    static func nodes(for block: Block) -> [SExpression] {
        block.statements.map(node(for:))
    }

    static func node(for statement: Statement) -> SExpression {
        switch statement.kind {
        case .say(let value):
            return .list("say", [node(for: value)])
        case .prompt(let prompt):
            var children = [SExpression.atom(prompt.collection.name), node(for: prompt.question)]
            if let tagging = prompt.tagging {
                var by = [SExpression.atom(tagging.kind.name)]
                if let only = tagging.only { by.append(.list("only", only.map { .atom($0.name) })) }
                children.append(.list("by", by))
            }
            return .list("prompt", children)
        case .cluster(let cluster):
            return .list("cluster", [node(for: cluster.source), .list("into", [.atom(cluster.themes.name)])])
        case .vote(let vote):
            return .list("vote", [.atom(vote.name.name), .list("on", [node(for: vote.options)])] + vote.settings.map(node(for:)))
        case .place(let place):
            return .list("place", [node(for: place.items), .list("on", [.atom(place.grid.name)])])
        case .actions(let actions):
            return .list("actions", [.atom(actions.name.name), .list("for", [node(for: actions.ideas)])])
        case .letBinding(let value):
            return node(for: value)
        case .forLoop(let loop):
            return .list("for", [.atom(loop.variable.name), .list("in", [node(for: loop.sequence)])] + nodes(for: loop.body))
        case .ifElse(let branch):
            var children = [node(for: branch.condition), .list("then", nodes(for: branch.then))]
            if let otherwise = branch.otherwise { children.append(.list("else", nodes(for: otherwise))) }
            return .list("if", children)
        case .returnValue(let value):
            return .list("return", [node(for: value)])
        case .expression(let value):
            return .list("run", [node(for: value)])
        case .invalid:
            return .list("invalid", [])
        }
    }

    static func node(for setting: VoteSetting) -> SExpression {
        switch setting.kind {
        case .method(let name): .list("method", [.atom(name.name)])
        case .dots(let value): .list("dots", [node(for: value)])
        case .cap(let value): .list("cap", [node(for: value)])
        case .scoreRange(let low, let high): .list("range", [node(for: low), node(for: high)])
        case .ballots(let name): .list("ballots", [.atom(name.name)])
        case .voters(let value): .list("voters", [node(for: value)])
        case .keepTop(let value): .list("keep-top", [node(for: value)])
        case .keepAbove(let value): .list("keep-above", [node(for: value)])
        case .keepAll: .list("keep-all", [])
        case .ties(let name): .list("ties", [.atom(name.name)])
        }
    }

    static func node(for binding: LetStatement) -> SExpression {
        .list("let", [.atom(binding.name.name), node(for: binding.value)])
    }

    // MARK: - Expressions

    static func node(for expression: Expression) -> SExpression {
        switch expression.kind {
        case .number(let value):
            return .atom(numberText(value))
        case .duration(let seconds):
            return .atom(durationText(seconds))
        case .string(let literal):
            return node(for: literal)
        case .boolean(let value):
            return .atom(value ? "true" : "false")
        case .name(let name):
            return .atom(name)
        case .list(let elements):
            return .list("list", elements.map(node(for:)))
        case .member(let base, let member):
            return .list(".", [node(for: base), .atom(member.name)])
        case .call(let callee, let arguments):
            return .list("call", [node(for: callee)] + arguments.map(node(for:)))
        case .index(let base, let index):
            return .list("index", [node(for: base), node(for: index)])
        case .unary(let op, let operand):
            return .list(op == .negate ? "negate" : "not", [node(for: operand)])
        case .binary(let op, let left, let right):
            return .list(op.rawValue, [node(for: left), node(for: right)])
        case .invalid:
            return .list("invalid", [])
        }
    }

    static func node(for argument: Argument) -> SExpression {
        guard let label = argument.label else { return node(for: argument.value) }
        return .list(label.name + ":", [node(for: argument.value)])
    }

    /// Plain text as one quoted atom; text with interpolations as
    /// `(string "text" expression …)`, adjacent text joined and empty text dropped.
    static func node(for literal: StringLiteral) -> SExpression {
        var parts: [SExpression] = []
        var pendingText = ""
        for segment in literal.segments {
            switch segment {
            case .text(let text):
                pendingText += text
            case .interpolation(let expression):
                if !pendingText.isEmpty { parts.append(.atom(quoted(pendingText))) }
                pendingText = ""
                parts.append(node(for: expression))
            }
        }
        if parts.isEmpty { return .atom(quoted(pendingText)) }
        if !pendingText.isEmpty { parts.append(.atom(quoted(pendingText))) }
        return .list("string", parts)
    }

    static func optional(_ literal: StringLiteral?) -> [SExpression] {
        literal.map { [node(for: $0)] } ?? []
    }

    // MARK: - Atoms

    /// Whole numbers without a fraction (`3`), others as Swift prints them (`2.5`).
    static func numberText(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }

    /// A duration in its canonical spelling: units largest first (`1h30m`, `0s`).
    static func durationText(_ seconds: Int) -> String {
        guard seconds > 0 else { return "\(seconds)s" }
        var rest = seconds
        var text = ""
        for (unit, size) in [("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// A node of the dump: an atom, or a parenthesised head with children.
indirect enum SExpression: Equatable {
    case atom(String)
    case list(String, [SExpression])
}

/// Lays an s-expression out: on one line when it fits in 80 columns, else
/// its head and leading atoms on the first line and every other child on a
/// line of its own, indented two more spaces.
enum SExpressionLayout {
    static let width = 80

    static func render(_ node: SExpression) -> String {
        var output = ""
        write(node, indent: 0, into: &output)
        return output
    }

    private static func write(_ node: SExpression, indent: Int, into output: inout String) {
        let flat = flatText(node)
        guard case .list(let head, let children) = node, indent + flat.utf8.count > width else {
            output += flat
            return
        }
        output += "(" + head
        var index = 0
        while index < children.count, case .atom(let text) = children[index] {
            output += " " + text
            index += 1
        }
        let childIndent = String(repeating: " ", count: indent + 2)
        for child in children[index...] {
            output += "\n" + childIndent
            write(child, indent: indent + 2, into: &output)
        }
        output += ")"
    }

    private static func flatText(_ node: SExpression) -> String {
        switch node {
        case .atom(let text):
            return text
        case .list(let head, let children):
            var text = "(" + head
            for child in children { text += " " + flatText(child) }
            return text + ")"
        }
    }
}
