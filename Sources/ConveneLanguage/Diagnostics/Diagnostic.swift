/// How serious a diagnostic is: errors stop a script from running, warnings do not.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
    case note
}

/// One problem found in a script, located precisely enough to show the
/// offending source line with a caret under it.
public struct Diagnostic: Sendable, Hashable {
    /// The stable code that names this kind of problem (see `DiagnosticCode`).
    public var code: DiagnosticCode
    /// Whether this stops the script from running.
    public var severity: Severity
    /// One sentence saying what is wrong, naming the thing involved.
    public var message: String
    /// The file the problem is in.
    public var path: String
    /// The byte range of the problem in that file.
    public var range: SourceRange
    /// Further explanation, each shown as a `note:` line.
    public var notes: [String]
    /// The likely fix ("did you mean `themes`?"), shown as a `help:` line.
    public var help: String?

    /// Creates a diagnostic whose severity is the code's default.
    public init(
        _ code: DiagnosticCode,
        _ message: String,
        path: String,
        range: SourceRange,
        notes: [String] = [],
        help: String? = nil,
        severity: Severity? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.path = path
        self.range = range
        self.notes = notes
        self.help = help
    }

    /// Whether this diagnostic stops the script from running.
    public var isError: Bool { severity == .error }
}

/// Collects diagnostics while a stage of the pipeline runs.
public struct DiagnosticBag: Sendable {
    /// Everything reported so far, in the order reported.
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds a diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds every diagnostic from another list.
    public mutating func report(contentsOf others: [Diagnostic]) {
        diagnostics.append(contentsOf: others)
    }

    /// Whether any reported diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
