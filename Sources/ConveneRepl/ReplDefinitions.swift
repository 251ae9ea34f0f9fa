import ConveneLanguage

/// What a language REPL has been told so far: the script loaded with
/// `:load` (if any) plus every declaration typed since, as one script the
/// checker, the planner and the session engine can work on.
///
/// Typing a declaration whose name is already defined replaces the old one
/// where it stood, so a designer can try a stage, change it and try again
/// without the running order changing.
struct ReplDefinitions {
    /// The path shown for declarations typed at the prompt.
    static let typedPath = "<repl>"

    /// The loaded file, with replaced declarations spliced in.
    private(set) var base: SourceFile?
    private var basePath: String?
    private var baseText: [UInt8] = []
    /// Where each named declaration of the base file is, by key.
    private var baseRanges: [String: SourceRange] = [:]
    /// Declarations typed at the prompt, in order, with their keys.
    private(set) var typed: [(key: String?, text: String)] = []
    /// Declarations typed since the last load (added or replacing others).
    private(set) var changesSinceLoad = 0

    /// Forgets everything.
    mutating func reset() {
        base = nil
        basePath = nil
        baseText = []
        baseRanges = [:]
        typed = []
        changesSinceLoad = 0
    }

    /// Starts over from a file's declarations.
    mutating func load(_ file: SyntaxFile) {
        reset()
        base = file.source
        basePath = file.source.path
        baseText = file.source.bytes
        for declaration in file.declarations {
            if let key = Self.key(of: declaration.kind) { baseRanges[key] = declaration.range }
        }
    }

    /// Where a declaration ended up: the file diagnostics about it name
    /// (after `relocate`), its range there, and whether it replaced another.
    struct Placement {
        var path: String
        var range: SourceRange
        var replaced: Bool
    }

    /// Adds a declaration typed at the prompt, replacing any with the same name.
    @discardableResult
    mutating func add(_ declaration: Declaration, from source: SourceFile) -> Placement {
        add(key: Self.key(of: declaration.kind), text: source.text(in: declaration.range))
    }

    /// Adds a top-level `let` typed at the prompt, replacing any of that name.
    @discardableResult
    mutating func add(_ binding: LetStatement, text: String) -> Placement {
        add(key: Self.key(of: .letBinding(binding)), text: text)
    }

    private mutating func add(key: String?, text: String) -> Placement {
        changesSinceLoad += 1
        let length = text.utf8.count
        if let key, let index = typed.firstIndex(where: { $0.key == key }) {
            typed[index].text = text
            return Placement(path: Self.path(of: typed[index]), range: SourceRange(start: 0, end: length), replaced: true)
        }
        if let key, let range = baseRanges[key], let basePath {
            splice(text, into: range)
            return Placement(path: basePath, range: SourceRange(start: range.start, end: range.start + length), replaced: true)
        }
        typed.append((key, text))
        return Placement(path: Self.path(of: typed[typed.count - 1]), range: SourceRange(start: 0, end: length), replaced: false)
    }

    /// The name diagnostics give a typed declaration, so a line keeps its
    /// number whatever was typed before it: `<repl: stage gather>`.
    private static func path(of entry: (key: String?, text: String)) -> String {
        entry.key.map { "<repl: \($0)>" } ?? typedPath
    }

    /// Whether nothing has been loaded or typed.
    var isEmpty: Bool { base == nil && typed.isEmpty }

    /// The whole script: the loaded file followed by what was typed.
    var script: SourceFile {
        var bytes = baseText
        if !bytes.isEmpty, bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        for entry in typed {
            bytes += Array(entry.text.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return SourceFile(path: base?.path ?? Self.typedPath, bytes: bytes)
    }

    /// The whole script with `prefix`, the typed `input` and `suffix` added at
    /// the end (the REPL wraps expressions and statements this way to check
    /// and run them among the definitions), and where `input` starts in it.
    func script(adding input: String, prefix: String, suffix: String) -> (script: SourceFile, inputStart: Int) {
        var bytes = script.bytes
        bytes += Array(("\n" + prefix).utf8)
        let inputStart = bytes.count
        bytes += Array((input + suffix + "\n").utf8)
        return (SourceFile(path: script.path, bytes: bytes), inputStart)
    }

    /// Each typed declaration as the file its diagnostics point into.
    var typedSources: [SourceFile] {
        typed.map { SourceFile(path: Self.path(of: $0), text: $0.text + "\n") }
    }

    /// Moves a diagnostic about `script` to where the person wrote it: the
    /// loaded file, or the typed declaration it is in.
    func relocate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.path == script.path else { return diagnostic }
        var moved = diagnostic
        var start = baseText.isEmpty ? 0 : baseText.count + (baseText.last == UInt8(ascii: "\n") ? 0 : 1)
        guard diagnostic.range.start >= start else {
            if let base { moved.path = base.path }
            return moved
        }
        for (index, entry) in typed.enumerated() {
            let end = start + entry.text.utf8.count + 1
            if diagnostic.range.start < end || index == typed.count - 1 {
                moved.path = Self.path(of: entry)
                moved.range = SourceRange(start: diagnostic.range.start - start, end: diagnostic.range.end - start)
                return moved
            }
            start = end
        }
        return moved
    }

    /// The files relocated diagnostics point into, for rendering them.
    var sources: [SourceFile] {
        typedSources + (base.map { [$0] } ?? [])
    }

    /// Puts new text where a declaration of the loaded file was, moving the
    /// declarations after it along.
    private mutating func splice(_ text: String, into range: SourceRange) {
        let replacement = Array(text.utf8)
        baseText.replaceSubrange(range.start..<range.end, with: replacement)
        let shift = replacement.count - (range.end - range.start)
        for (key, other) in baseRanges where other.start >= range.end {
            baseRanges[key] = SourceRange(start: other.start + shift, end: other.end + shift)
        }
        for (key, other) in baseRanges where other == range {
            baseRanges[key] = SourceRange(start: range.start, end: range.start + replacement.count)
        }
        if let basePath { base = SourceFile(path: basePath, bytes: baseText) }
    }

    /// The name a declaration defines, as a key that a later declaration of
    /// the same thing replaces; nil for breaks and days, which just add up.
    static func key(of kind: DeclarationKind) -> String? {
        switch kind {
        case .workshop: "workshop"
        case .stage(let stage): "stage " + stage.name.name
        case .activity(let activity): "activity " + activity.name.name
        case .grid(let grid): "grid " + grid.name.name
        case .letBinding(let binding): "let " + binding.name.name
        case .importFile(let file): "import " + (file.path.plainText ?? "")
        case .output(let output): "output " + (output.path.plainText ?? "")
        case .breakTime, .day, .invalid: nil
        }
    }
}
