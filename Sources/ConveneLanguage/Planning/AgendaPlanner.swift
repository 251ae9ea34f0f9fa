/// The agenda of a checked workshop as a facilitator prints it (`convene plan`):
/// Markdown with the workshop's title, purpose, people and parameters, then
/// each day's stages and breaks with their start times and what happens in them.
public struct AgendaPlanner: Sendable {
    public var program: CheckedProgram
    /// When the first stage of each day starts.
    public var start: TimeOfDay
    /// Globals whose values are written in where text interpolates them
    /// (`{focus}` reads as what `focus` holds), when the plan can work them
    /// out; any other interpolation is shown as written, `{focus}`.
    public var filledNames: Set<String>
    /// The parameters the facilitator set (`convene plan --param`), by name.
    /// They stand in for the defaults, and are filled in like `filledNames`;
    /// a parameter not given keeps its default but is shown as written, so
    /// the agenda never passes off a default as a choice.
    public var givenParameters: [String: ConstantValue]

    public init(
        program: CheckedProgram, start: TimeOfDay, filling filledNames: Set<String> = [],
        given givenParameters: [String: ConstantValue] = [:]
    ) {
        self.program = program
        self.start = start
        self.filledNames = filledNames
        self.givenParameters = givenParameters
    }

    /// The whole agenda, ending with a line break.
    public func markdown() -> String {
        let text = PlanText(source: program.main.source)
        let constants = PlanConstants(program: program, given: givenParameters)
        var known: [String: ConstantValue] = [:]
        for name in filledNames.union(givenParameters.keys) {
            known[name] = constants.value(of: name)
        }
        let schedule = Schedule(program: program, start: start, constants: constants)
        var document = MarkdownDocument()
        writeOverview(to: &document, text: text, schedule: schedule, known: known)
        writeParameters(to: &document)
        let describer = StepDescriber(program: program, text: text, constants: constants, known: known)
        schedule.write(to: &document, describer: describer)
        return document.text
    }

    // MARK: - Before the agenda

    private func writeOverview(
        to document: inout MarkdownDocument, text: PlanText, schedule: Schedule, known: [String: ConstantValue]
    ) {
        guard let workshop = program.workshop else {
            document.paragraph("# Agenda of " + PlanText.markdownEscaped(program.main.source.path))
            return
        }
        document.paragraph("# " + PlanText.markdownEscaped(workshop.title))
        if let purpose = writtenPurpose(text: text, known: known) ?? workshop.purpose {
            document.paragraph(PlanText.markdownEscaped(PlanText.singleLine(purpose)))
        }
        var facts = ["- **Total time:** " + Self.totalTime(schedule: schedule, declared: workshop.durationSeconds)]
        let groups: [(TagKind, String)] = [(.role, "Roles"), (.perspective, "Perspectives"), (.lens, "Lenses")]
        for (kind, heading) in groups {
            let tags = workshop.tags(of: kind)
            guard !tags.isEmpty else { continue }
            facts.append("- **" + heading + ":** " + tags.map(Self.tagText).joined(separator: ", "))
        }
        document.paragraph(facts)
    }

    /// The purpose as the script writes it, interpolations shown as `{name}`
    /// like everywhere else in the agenda (the checker's text fills them in),
    /// but for the names filled in.
    private func writtenPurpose(text: PlanText, known: [String: ConstantValue]) -> String? {
        for declaration in program.main.declarations {
            guard case .workshop(let workshop) = declaration.kind else { continue }
            for item in workshop.items {
                if case .purpose(let purpose) = item.kind {
                    return text.spoken(ArgumentSubstitution(known: known).applySpoken(purpose))
                }
            }
        }
        return nil
    }

    /// The agenda's length, over how many days, and the declared duration when it differs.
    private static func totalTime(schedule: Schedule, declared: Int?) -> String {
        let total = schedule.overall.all
        var words = formatDuration(seconds: total)
        if schedule.days.count > 1 { words += " over " + String(schedule.days.count) + " days" }
        if let declared, declared != total {
            words += " (the workshop is planned as " + formatDuration(seconds: declared) + ")"
        }
        return words
    }

    private static func tagText(_ tag: TagInfo) -> String {
        tag.label == tag.name ? "`" + tag.name + "`" : PlanText.markdownEscaped(tag.label) + " (`" + tag.name + "`)"
    }

    private func writeParameters(to document: inout MarkdownDocument) {
        guard let parameters = program.workshop?.parameters, !parameters.isEmpty else { return }
        document.paragraph("## Parameters")
        let formatter = ExpressionFormatter.oneLine(program.main.source)
        document.paragraph(parameters.map { parameter in
            var facts = parameter.type.rawValue
            if let given = givenParameters[parameter.name] {
                facts += ", set to `" + formatter.text(Self.literal(given)) + "`"
                if let value = parameter.defaultValue { facts += "; default `" + formatter.text(value) + "`" }
            } else if let value = parameter.defaultValue {
                facts += ", default `" + formatter.text(value) + "`"
            } else {
                facts += ", no default: set it at the start"
            }
            var line = "- `" + parameter.name + "` (" + facts + ")"
            if let help = parameter.help { line += ": " + PlanText.markdownEscaped(PlanText.singleLine(help)) }
            return line
        })
    }

    /// A value written as the script would write it: `"carers"`, `40`, `45m`, `true`.
    private static func literal(_ value: ConstantValue) -> Expression {
        let kind: ExpressionKind = switch value {
        case .number(let number): .number(number)
        case .duration(let seconds): .duration(seconds)
        case .text(let text): .string(StringLiteral(segments: [.text(text)], isBlock: false, range: .point(0)))
        case .bool(let flag): .boolean(flag)
        }
        return Expression(kind, range: .point(0))
    }
}

/// Markdown built up from paragraphs separated by blank lines.
struct MarkdownDocument {
    private(set) var text = ""

    mutating func paragraph(_ line: String) {
        paragraph([line])
    }

    mutating func paragraph(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        if !text.isEmpty { text += "\n" }
        for line in lines { text += line + "\n" }
    }
}
