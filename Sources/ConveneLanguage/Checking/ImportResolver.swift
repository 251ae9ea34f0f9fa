/// Follows a script's imports: finds each file through the loader, parses it
/// once, and reports imports that are missing, cyclic, outside the library
/// roots, or of files that are not libraries.
struct ImportResolver {
    private enum State { case inProgress, done }

    let loader: any SourceLoader
    let parse: (SourceFile) -> (syntax: SyntaxFile, diagnostics: [Diagnostic])

    /// Every imported file, each once, dependencies before the files that import them.
    private(set) var files: [SyntaxFile] = []
    /// Parse diagnostics of the imported files and problems with the imports.
    private(set) var diagnostics: [Diagnostic] = []
    /// Import paths, as written, that could not be found or read, by the path of the file importing them.
    private(set) var unimported: [String: [String]] = [:]
    private var states: [String: State] = [:]
    /// The files being imported, outermost first: each file, its key, how to
    /// show it, and how far through its declarations the resolver is. A stack
    /// rather than recursion, so a long chain of imports cannot overflow.
    private var chain: [(file: SyntaxFile, key: String, shown: String, next: Int)] = []

    init(loader: any SourceLoader, parse: @escaping (SourceFile) -> (syntax: SyntaxFile, diagnostics: [Diagnostic])) {
        self.loader = loader
        self.parse = parse
    }

    /// Follows the imports of the main file.
    mutating func resolve(main: SyntaxFile) {
        let path = main.source.path
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let key = (try? loader.resolve(name, from: path)) ?? path
        enter(main, key: key, shown: path)
        while let top = chain.last {
            let declarations = top.file.declarations
            // Straight to the next import: the other declarations (every
            // stage of a large script) are neither copied nor is `top` again.
            var next = top.next
            while next < declarations.count, !declarations[next].kind.isImport { next += 1 }
            guard next < declarations.count, case .importFile(let declaration) = declarations[next].kind else {
                chain.removeLast()
                states[top.key] = .done
                if !chain.isEmpty { files.append(top.file) }
                continue
            }
            chain[chain.count - 1].next = next + 1
            follow(declaration.path, from: top.file)
        }
    }

    private mutating func enter(_ file: SyntaxFile, key: String, shown: String) {
        states[key] = .inProgress
        chain.append((file, key, shown, 0))
    }

    /// Resolves one import; a file not seen before is parsed and entered.
    private mutating func follow(_ literal: StringLiteral, from importer: SyntaxFile) {
        let path = importer.source.path
        guard let importPath = literal.plainText else {
            report(.importNotFound, "an import path must be written out in full, without `{…}`", literal, in: path)
            return
        }
        let key: String
        do {
            key = try loader.resolve(importPath, from: path)
        } catch {
            report(error, importing: importPath, literal, in: path)
            return
        }
        switch states[key] {
        case .done?: return
        case .inProgress?:
            let start = chain.firstIndex { $0.key == key } ?? 0
            let loop = chain[start...].map(\.shown) + [importPath]
            report(.importCycle, "importing `\(importPath)` here makes a cycle", literal, in: path,
                   notes: ["the imports go \(loop.joined(separator: " → "))"],
                   help: "move what the files share into a file that imports neither of them")
        case nil:
            let source: SourceFile
            do {
                source = try loader.load(key)
            } catch {
                report(error, importing: importPath, literal, in: path)
                return
            }
            let parsed = parse(source)
            guard isLibrary(parsed.syntax, imported: importPath, literal, in: path) else {
                // Left out whole: its workshop's names are not this script's, so checking it would only add noise.
                states[key] = .done
                return
            }
            diagnostics.append(contentsOf: parsed.diagnostics)
            enter(parsed.syntax, key: key, shown: importPath)
        }
    }

    /// Whether a file is a library, reporting it when not: a library holds
    /// activities, grids and `let`s, and no workshop, stages or outputs.
    private mutating func isLibrary(_ file: SyntaxFile, imported: String, _ literal: StringLiteral, in path: String) -> Bool {
        for declaration in file.declarations {
            let what: String
            switch declaration.kind {
            case .workshop: what = "a workshop"
            case .stage(let stage): what = "stage `\(stage.name.name)`"
            case .breakTime: what = "a break"
            case .day: what = "a day"
            case .output: what = "an output"
            case .importFile, .activity, .grid, .letBinding, .invalid: continue
            }
            let line = file.source.location(of: declaration.range.start).line
            report(.importedWorkshop, "`\(imported)` declares \(what), so it cannot be imported", literal, in: path,
                   notes: ["it is at \(file.source.path):\(line); a library holds only activities, grids and `let`s"],
                   help: "import a library file, or move the activities this script needs into one")
            return false
        }
        return true
    }

    private mutating func report(_ error: any Error, importing importPath: String, _ literal: StringLiteral, in path: String) {
        unimported[path, default: []].append(importPath)
        switch error as? SourceLoadError {
        case .notFound(_, let searched)?:
            report(.importNotFound, "cannot find `\(importPath)`", literal, in: path,
                   notes: searched.isEmpty ? [] : ["looked for it at \(searched.map { "`\($0)`" }.joined(separator: ", "))"],
                   help: "check the file name; imports are found next to the importing file or in a library root")
        case .outsideLibrary?:
            let why = ImportPath.isAbsolute(importPath)
                ? "`\(importPath)` is an absolute path"
                : "`\(importPath)` is outside the script's folder and the library roots"
            report(.importOutsideLibrary, "\(why), so it cannot be imported", literal, in: path,
                   help: "a script may import only files in its own folder or a library root; copy the file into one")
        case .unreadable(let file, let reason)?:
            report(.importNotFound, "cannot read `\(file)`: \(reason)", literal, in: path)
        case nil:
            report(.importNotFound, "cannot read `\(importPath)`: \(error)", literal, in: path)
        }
    }

    private mutating func report(
        _ code: DiagnosticCode, _ message: String, _ literal: StringLiteral, in path: String,
        notes: [String] = [], help: String? = nil
    ) {
        diagnostics.append(Diagnostic(code, message, path: path, range: literal.range, notes: notes, help: help))
    }
}

extension DeclarationKind {
    /// Whether this is an `import`, found from the case alone.
    fileprivate var isImport: Bool {
        if case .importFile = self { true } else { false }
    }
}
