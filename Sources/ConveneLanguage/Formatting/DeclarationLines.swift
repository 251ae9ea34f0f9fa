/// Lines for top-level declarations and the items of workshop and grid blocks.
extension LineBuilder {
    mutating func add(_ declaration: Declaration) {
        let range = declaration.range
        let write = expressions
        switch declaration.kind {
        case .importFile(let importFile):
            line("import " + write.write(importFile.path), range)
        case .workshop(let workshop):
            itemBlock("workshop " + write.write(workshop.title), header: range.start..<workshop.title.range.end, whole: range) {
                for item in workshop.items { $0.add(item) }
            }
        case .stage(let stage):
            var header = "stage " + stage.name.name
            if let title = stage.title { header += " " + write.write(title) }
            header += " for " + write.write(stage.timebox)
            block(header, from: range.start, body: stage.body)
        case .activity(let activity):
            let parameters = activity.parameters.map { parameter in
                guard let value = parameter.defaultValue else { return parameter.name.name }
                return parameter.name.name + " = " + write.write(value)
            }
            block("activity " + activity.name.name + "(" + parameters.joined(separator: ", ") + ")", from: range.start, body: activity.body)
        case .grid(let grid):
            var header = "grid " + grid.name.name
            if let title = grid.title { header += " " + write.write(title) }
            let headerEnd = grid.title?.range.end ?? grid.name.range.end
            itemBlock(header, header: range.start..<headerEnd, whole: range) {
                for item in grid.items { $0.add(item) }
            }
        case .letBinding(let binding):
            line(letText(binding), range)
        case .output(let output):
            var text = "output " + output.format.name
            if let subject = output.subject { text += " " + write.write(subject) }
            line(text + " to " + write.write(output.path), range)
        case .breakTime(let pause):
            line("break " + write.write(pause.title) + " for " + write.write(pause.length), range)
        case .day(let day):
            line("day " + write.write(day.title), range)
        case .invalid:
            line(verbatim(range), range)
        }
    }

    func letText(_ binding: LetStatement) -> String {
        "let " + binding.name.name + " = " + expressions.write(binding.value)
    }

    /// A `{ … }` of settings that has no block node of its own: its `}` ends the whole declaration.
    private mutating func itemBlock(_ text: String, header: Range<Int>, whole: SourceRange, items: (inout LineBuilder) -> Void) {
        line(text + " {", SourceRange(start: header.lowerBound, end: header.upperBound), .opensBlock)
        nested(items)
        line("}", Self.closingBrace(of: whole), .closesBlock)
    }

    private mutating func add(_ item: WorkshopItem) {
        let write = expressions
        switch item.kind {
        case .purpose(let purpose):
            line("purpose " + write.write(purpose), item.range)
        case .duration(let duration):
            line("duration " + write.write(duration), item.range)
        case .tag(let tag):
            var text = tag.kind.rawValue + " " + tag.name.name
            if let label = tag.label { text += " " + write.write(label) }
            line(text, item.range)
        case .parameter(let parameter):
            var text = "param " + parameter.name.name
            if let type = parameter.type { text += ": " + type.name }
            if let value = parameter.defaultValue { text += " = " + write.write(value) }
            if let help = parameter.help { text += " " + write.write(help) }
            line(text, item.range)
        }
    }

    private mutating func add(_ item: GridItem) {
        let write = expressions
        func labelled(_ name: Identifier, _ label: StringLiteral?) -> String {
            guard let label else { return name.name }
            return name.name + " " + write.write(label)
        }
        switch item.kind {
        case .axis(let axis):
            let text = "axis " + axis.direction.rawValue + " " + labelled(axis.name, axis.label)
                + " from " + labelled(axis.low.name, axis.low.label)
                + " to " + labelled(axis.high.name, axis.high.label)
            line(text, item.range)
        case .scale(let scale):
            line("scale " + write.write(scale), item.range)
        case .quadrant(let quadrant):
            let conditions = quadrant.conditions.map { $0.axis.name + " is " + $0.end.name }
            line("quadrant " + labelled(quadrant.name, quadrant.label) + " where " + conditions.joined(separator: " and "), item.range)
        }
    }
}
