import ConveneLanguage

/// What writing the outputs did.
public struct OutputReport: Sendable, Equatable {
    /// Files written, relative to the session folder.
    public var written: [String] = []
    /// Files that could not be written, each with why. The journal is not
    /// affected: the outputs can be written again with `convene export`.
    public var problems: [String] = []
}

/// Writes the transcript and every output into the session folder: the
/// standard set, then whatever the script's `output` declarations ask for.
public struct OutputWriter {
    public let snapshot: SessionSnapshot
    private var context: OutputContext { OutputContext(snapshot: snapshot) }

    public init(snapshot: SessionSnapshot) { self.snapshot = snapshot }

    /// The standard files, by name, with their content. A grid's picture is
    /// `GRID.svg` once something is placed on it, unless the script writes
    /// that grid's picture itself (`output svg GRID to "…"`): its one picture
    /// is then the script's file, written whether or not anything is placed.
    public func standardFiles() -> [(String, String)] {
        let tables = TableWriter(context: context)
        var files: [(String, String)] = [
            ("transcript.md", TranscriptWriter(context: context).write()),
            ("report.md", ReportWriter(context: context).write()),
            ("items.csv", tables.items()),
            ("themes.csv", tables.themes()),
            ("votes.csv", tables.votes()),
            ("grid.csv", tables.grid()),
            ("actions.csv", tables.actions()),
            ("session.json", SessionJSON(context: context).write()),
        ]
        let drawnByTheScript = gridsDrawnByTheScript()
        for grid in context.grids where !drawnByTheScript.contains(grid.name) {
            files.append(("\(grid.name).svg", GridPicture(context: context).svg(grid)))
        }
        return files
    }

    /// The grids the script's `output svg` declarations draw.
    private func gridsDrawnByTheScript() -> Set<String> {
        var names: Set<String> = []
        for declaration in snapshot.model.program.outputs where declaration.format.name == "svg" {
            guard let subject = declaration.subject else { continue }
            if case .grid(let name)? = try? snapshot.interpreter().evaluateStandalone(subject, path: snapshot.model.mainPath) {
                names.insert(name)
            }
        }
        return names
    }

    /// Writes everything; problems are collected, not thrown, so one bad
    /// file does not stop the others.
    public func writeAll() -> OutputReport {
        var report = OutputReport()
        let writer = ConfinedWriter(folder: snapshot.folder)
        for (name, content) in standardFiles() {
            do {
                try writer.write(content, to: name)
                report.written.append(name)
            } catch {
                report.problems.append(error.description)
            }
        }
        for declaration in snapshot.model.program.outputs {
            let location = snapshot.model.program.main.source.location(of: declaration.path.range.start)
            let place = "\(snapshot.model.mainPath):\(location)"
            do throws(OutputProblem) {
                let path = try self.path(of: declaration)
                let content = try self.content(of: declaration)
                do {
                    try writer.write(content, to: path)
                } catch {
                    throw OutputProblem(message: error.description)
                }
                if !report.written.contains(path) { report.written.append(path) }
            } catch {
                report.problems.append("\(place): output not written: \(error.message)")
            }
        }
        return report
    }

    private struct OutputProblem: Error {
        var message: String
    }

    private func path(of declaration: OutputDeclaration) throws(OutputProblem) -> String {
        let text: String
        if let plain = declaration.path.plainText {
            text = plain
        } else {
            let interpreter = snapshot.interpreter()
            do {
                text = interpreter.display(try interpreter.evaluateStandalone(
                    Expression(.string(declaration.path), range: declaration.path.range), path: snapshot.model.mainPath))
            } catch {
                throw OutputProblem(message: error.message)
            }
        }
        if let problem = ConfinedWriter.problem(with: text) { throw OutputProblem(message: problem) }
        return text
    }

    private func content(of declaration: OutputDeclaration) throws(OutputProblem) -> String {
        let format = declaration.format.name
        switch format {
        case "report": return ReportWriter(context: context).write()
        case "transcript": return TranscriptWriter(context: context).write()
        case "csv", "json", "markdown", "svg":
            guard let subject = declaration.subject else {
                throw OutputProblem(message: "`output \(format)` needs something to write, e.g. `output \(format) themes to …`")
            }
            let interpreter = snapshot.interpreter()
            let value: Value
            do {
                value = try interpreter.evaluateStandalone(subject, path: snapshot.model.mainPath)
            } catch {
                throw OutputProblem(message: error.message)
            }
            return try render(value, as: format, interpreter: interpreter)
        default:
            throw OutputProblem(message: "`\(format)` is not an output format (report, transcript, markdown, csv, json, svg)")
        }
    }

    private func render(_ value: Value, as format: String, interpreter: Interpreter) throws(OutputProblem) -> String {
        let tables = TableWriter(context: context)
        let json = SessionJSON(context: context)
        switch (format, value) {
        case ("svg", .grid(let name)):
            guard let grid = snapshot.model.program.grids[name] else { throw OutputProblem(message: "there is no grid `\(name)`") }
            return GridPicture(context: context).svg(grid)
        case ("svg", _):
            throw OutputProblem(message: "an svg output draws a grid, not \(value.kindDescription)")
        case ("csv", .themes(let name)): return tables.themes([name])
        case ("csv", .result(let key)): return tables.votes([key])
        case ("csv", .grid(let name)): return tables.grid(snapshot.model.program.grids[name].map { [$0] } ?? [])
        case let ("csv", .quadrant(grid, name)): return tables.grid(snapshot.model.program.grids[grid].map { [$0] } ?? [], only: name)
        case ("csv", .plan(let name)): return tables.actions([name])
        case ("json", .result(let key)): return JSONWriter.pretty(json.vote(key))
        case ("json", .plan(let name)): return JSONWriter.pretty(json.plan(name))
        case ("json", .grid(let name)):
            guard let grid = snapshot.model.program.grids[name] else { throw OutputProblem(message: "there is no grid `\(name)`") }
            return JSONWriter.pretty(json.grid(grid))
        default:
            let entities: [Value]
            do {
                entities = try interpreter.sequenceStandalone(value)
            } catch {
                throw OutputProblem(message: error.message)
            }
            let ids = entities.compactMap(\.entityID)
            switch format {
            case "csv":
                if ids.allSatisfy({ snapshot.state.themes[$0] != nil }), !ids.isEmpty { return themeRows(ids) }
                return tables.items(ids)
            case "json":
                return JSONWriter.pretty(.array(ids.map { id in
                    snapshot.state.items[id].map(json.item) ?? snapshot.state.themes[id].map(json.theme) ?? .string(id)
                }))
            default:
                return entities.map { entity in
                    // A theme is shown with the statements in it, as the room grouped them.
                    let items = entity.entityID.map { snapshot.state.items(of: $0) } ?? []
                    return (["- " + Markdown.escape(interpreter.display(entity))]
                        + items.map { "  - \($0.id): " + Markdown.escape($0.text) }).joined(separator: "\n")
                }.joined(separator: "\n") + "\n"
            }
        }
    }

    private func themeRows(_ ids: [String]) -> String {
        var csv = CSV(header: ["id", "name", "themes", "item_count", "items"])
        for id in ids {
            guard let theme = snapshot.state.themes[id] else { continue }
            let items = snapshot.state.items(of: id)
            csv.add([theme.id, theme.name, theme.themes, String(items.count), items.map(\.id).joined(separator: " ")])
        }
        return csv.text
    }
}
