/// A value the checker can work out without running the script: a literal,
/// a parameter's default, or arithmetic on them. The agenda is also handed
/// these for the parameters the facilitator sets (`convene plan --param`).
public enum ConstantValue: Equatable, Sendable {
    case number(Double)
    /// Seconds.
    case duration(Int)
    case text(String)
    case bool(Bool)

    /// The value as a whole number, when it is one.
    var wholeNumber: Int? {
        guard case .number(let value) = self, value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// The value as interpolation shows it.
    var displayText: String {
        switch self {
        case .number(let value): Self.format(value)
        case .duration(let seconds): formatDuration(seconds: seconds)
        case .text(let text): text
        case .bool(let value): value ? "true" : "false"
        }
    }

    /// `3` rather than `3.0`, `2.5` as is.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
