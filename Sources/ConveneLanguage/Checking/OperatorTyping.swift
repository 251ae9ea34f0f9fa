/// What operators give, per Language.md: `+` adds numbers and durations and
/// joins text; `*` and `/` scale a duration by a number; comparisons give
/// true or false; `and`, `or`, `not` take true or false.
enum OperatorTyping {
    /// Why an operator cannot take the kinds it was given.
    struct Mismatch: Error, Equatable {
        var message: String
        var help: String?
    }

    static func unary(_ op: UnaryOperator, _ operand: ValueKind) -> Result<ValueKind, Mismatch> {
        switch (op, operand) {
        case (_, .unknown): return .success(.unknown)
        case (.negate, .number), (.negate, .duration): return .success(operand)
        case (.not, .bool): return .success(.bool)
        case (.negate, _): return .failure(Mismatch(message: "`-` cannot negate \(operand.description)"))
        case (.not, _):
            return .failure(Mismatch(message: "`not` needs true or false, but this is \(operand.description)"))
        }
    }

    static func binary(_ op: BinaryOperator, _ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        switch op {
        case .and, .or: logical(op, left, right)
        case .equal, .notEqual: equality(op, left, right)
        case .less, .lessOrEqual, .greater, .greaterOrEqual: ordering(op, left, right)
        case .add: addition(left, right)
        case .subtract: subtraction(left, right)
        case .multiply: multiplication(left, right)
        case .divide: division(left, right)
        }
    }

    private static func logical(_ op: BinaryOperator, _ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        for (side, kind) in [("left", left), ("right", right)] where kind.unified(with: .bool) == nil {
            return .failure(Mismatch(
                message: "`\(op.rawValue)` needs true or false on both sides, but the \(side) side is \(kind.description)",
                help: "compare it to something, such as `people > 30`"))
        }
        return .success(.bool)
    }

    private static func equality(_ op: BinaryOperator, _ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        switch (left, right) {
        case (.tag, .text), (.text, .tag): return .success(.bool)
        default:
            guard left.unified(with: right) != nil else {
                return .failure(Mismatch(message: "`\(op.rawValue)` cannot compare \(left.description) with \(right.description)"))
            }
            return .success(.bool)
        }
    }

    private static func ordering(_ op: BinaryOperator, _ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        guard let shared = left.unified(with: right) else {
            return .failure(Mismatch(message: "`\(op.rawValue)` cannot compare \(left.description) with \(right.description)"))
        }
        switch shared {
        case .number, .duration, .text, .unknown: return .success(.bool)
        default:
            return .failure(Mismatch(
                message: "`\(op.rawValue)` cannot put \(shared.pluralName) in order",
                help: "compare numbers, durations or text; for a collection, compare its `count`"))
        }
    }

    private static func addition(_ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        switch (left, right) {
        case (.text, .activity), (.activity, .text): break
        case (.text, _), (_, .text): return .success(.text)
        case (.number, .number): return .success(.number)
        case (.duration, .duration): return .success(.duration)
        case (.unknown, _), (_, .unknown): return .success(.unknown)
        case (.number, .duration), (.duration, .number):
            return .failure(Mismatch(
                message: "`+` cannot add a number and a duration",
                help: "write the number as a duration, such as `5m`"))
        default: break
        }
        return .failure(Mismatch(
            message: "`+` cannot add \(left.description) and \(right.description)",
            help: "`+` adds numbers or durations, and joins text"))
    }

    private static func subtraction(_ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        switch (left, right) {
        case (.number, .number): return .success(.number)
        case (.duration, .duration): return .success(.duration)
        case (.unknown, .number), (.unknown, .duration): return .success(right)
        case (.number, .unknown), (.duration, .unknown), (.unknown, .unknown): return .success(left)
        default:
            return .failure(Mismatch(
                message: "`-` cannot subtract \(right.description) from \(left.description)",
                help: "`-` subtracts a number from a number, or a duration from a duration"))
        }
    }

    private static func multiplication(_ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        switch (left, right) {
        case (.number, .number): return .success(.number)
        case (.duration, .number), (.number, .duration), (.duration, .unknown), (.unknown, .duration):
            return .success(.duration)
        case (.number, .unknown), (.unknown, .number), (.unknown, .unknown): return .success(.unknown)
        default:
            let help = left == .text || right == .text
                ? "`*` scales numbers and durations; join text with `+`"
                : "`*` multiplies numbers, or scales a duration by a number"
            return .failure(Mismatch(
                message: "`*` cannot multiply \(left.description) by \(right.description)", help: help))
        }
    }

    private static func division(_ left: ValueKind, _ right: ValueKind) -> Result<ValueKind, Mismatch> {
        switch (left, right) {
        case (.number, .number): return .success(.number)
        case (.duration, .number), (.duration, .unknown): return .success(.duration)
        case (.number, .unknown), (.unknown, .number), (.unknown, .unknown): return .success(.unknown)
        default:
            return .failure(Mismatch(
                message: "`/` cannot divide \(left.description) by \(right.description)",
                help: "`/` divides a number by a number, or a duration by a number"))
        }
    }
}
