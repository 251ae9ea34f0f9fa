/// Lines for top-level declarations and the items of workshop and grid blocks.
extension LineBuilder {
    mutating func add(_ declaration: Declaration) {
        let range = declaration.range
        switch declaration.kind {
        case .importFile(let importFile):
            line(range) { "import " + $0.write(importFile.path) }
        case .workshop(let workshop):
            itemBlock(header: range.start..<workshop.title.range.end, whole: range, { "workshop " + $0.write(workshop.title) }) {
                for item in workshop.items { $0.add(item) }
            }
        case .stage(let stage):
            block(from: range.start, body: stage.body) { write in
                "stage " + stage.name.name + (stage.title.map { " " + write.write($0) } ?? "") + " for " + write.write(stage.timebox)
            }
        case .activity(let activity):
            block(from: range.start, body: activity.body) { write in
                let parameters = activity.parameters.map { parameter in
                    parameter.name.name + (parameter.defaultValue.map { " = " + write.write($0) } ?? "")
                }
                return "activity " + activity.name.name + "(" + parameters.joined(separator: ", ") + ")"
            }
        case .grid(let grid):
            let headerEnd = grid.title?.range.end ?? grid.name.range.end
            itemBlock(header: range.start..<headerEnd, whole: range, { write in
                "grid " + grid.name.name + (grid.title.map { " " + write.write($0) } ?? "")
            }) {
                for item in grid.items { $0.add(item) }
            }
        case .letBinding(let binding):
            line(range) { Self.letText(binding, $0) }
        case .output(let output):
            line(range) { write in
                "output " + output.format.name + (output.subject.map { " " + write.write($0) } ?? "") + " to " + write.write(output.path)
            }
        case .breakTime(let pause):
            line(range) { "break " + $0.write(pause.title) + " for " + $0.write(pause.length) }
        case .day(let day):
            line(range) { "day " + $0.write(day.title) }
        case .invalid:
            let text = verbatim(range)
            line(range) { _ in FormattedCode(text) }
        }
    }

    static func letText(_ binding: LetStatement, _ write: ExpressionFormatter) -> FormattedCode {
        "let " + binding.name.name + " = " + write.write(binding.value)
    }

    /// A `{ … }` of settings that has no block node of its own: its `}` ends the whole declaration.
    private mutating func itemBlock(
        header: Range<Int>, whole: SourceRange, _ text: (ExpressionFormatter) -> FormattedCode, items: (inout LineBuilder) -> Void
    ) {
        line(SourceRange(start: header.lowerBound, end: header.upperBound), .opensBlock) { text($0) + " {" }
        nested(items)
        closingLine(whole)
    }

    private mutating func add(_ item: WorkshopItem) {
        line(item.range) { write in
            switch item.kind {
            case .purpose(let purpose):
                return "purpose " + write.write(purpose)
            case .duration(let duration):
                return "duration " + write.write(duration)
            case .tag(let tag):
                return FormattedCode(tag.kind.rawValue + " " + tag.name.name + (tag.label.map { " " + write.write($0) } ?? ""))
            case .parameter(let parameter):
                var text = FormattedCode("param " + parameter.name.name)
                if let type = parameter.type { text += ": " + type.name }
                if let value = parameter.defaultValue { text += " = " + write.write(value) }
                if let help = parameter.help { text += " " + write.write(help) }
                return text
            }
        }
    }

    private mutating func add(_ item: GridItem) {
        line(item.range) { write in
            func labelled(_ name: Identifier, _ label: StringLiteral?) -> String {
                name.name + (label.map { " " + write.write($0) } ?? "")
            }
            switch item.kind {
            case .axis(let axis):
                return FormattedCode("axis " + axis.direction.rawValue + " " + labelled(axis.name, axis.label)
                    + " from " + labelled(axis.low.name, axis.low.label)
                    + " to " + labelled(axis.high.name, axis.high.label))
            case .scale(let scale):
                return "scale " + write.write(scale)
            case .quadrant(let quadrant):
                let conditions = quadrant.conditions.map { $0.axis.name + " is " + $0.end.name }
                return FormattedCode("quadrant " + labelled(quadrant.name, quadrant.label) + " where " + conditions.joined(separator: " and "))
            }
        }
    }
}
