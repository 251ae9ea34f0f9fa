/// Why the session did not do what was asked. Nothing was recorded, and
/// nothing recorded before is lost.
public struct SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The request itself is wrong (unknown id, a ballot that breaks the rule …).
        case invalid
        /// The journal could not be written: the request was NOT recorded.
        case notSaved
        /// The script failed while working out a step.
        case script
    }

    public var kind: Kind
    public var message: String
    /// A likely fix.
    public var help: String?

    public init(_ message: String, help: String? = nil, kind: Kind = .invalid) {
        self.kind = kind
        self.message = message
        self.help = help
    }

    /// A journal write that failed.
    public static func notSaved(_ error: StorageError) -> SessionError {
        SessionError(
            "NOT SAVED: \(error.description)",
            help: "everything acknowledged before this is safe on disk; fix the problem (free some space, "
                + "check the disk) and type it again, or `:pause` and `convene resume` later",
            kind: .notSaved)
    }

    public var description: String {
        message + (help.map { "\nhelp: \($0)" } ?? "")
    }
}
