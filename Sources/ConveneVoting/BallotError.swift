import ConveneText

/// A ballot, room tally or ballot file that breaks its vote's rule, told the way
/// a facilitator would say it: which rule, and by how much.
public struct BallotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The whole message, starting with where the problem is when that is known
    /// (`row 5, column 3 (theme-2): …` for a ballot file, `Ana's ballot: …` for a count).
    public var message: String
    /// A likely fix, when there is one.
    public var help: String?
    /// The ballot file's row (1 is the header), when the problem is in a file.
    public var row: Int?
    /// The ballot file's column (1 is the first option), when one cell is at fault.
    public var column: Int?

    public init(_ message: String, help: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.message = message
        self.help = help
        self.row = row
        self.column = column
    }

    public var description: String {
        guard let help else { return message }
        return "\(message)\nhelp: \(help)"
    }

    /// The same problem, said of one place: a file row and column, or a named ballot.
    func located(_ place: String, row: Int? = nil, column: Int? = nil) -> BallotError {
        BallotError("\(place): \(message)", help: help, row: row, column: column)
    }
}

/// A problem in one ballot row, before it is placed in a file or a count.
struct RowProblem: Error, Sendable {
    /// The option (column) at fault, or nil when the row as a whole is.
    var option: Int?
    var message: String
    var help: String?

    init(_ message: String, option: Int? = nil, help: String? = nil) {
        self.message = message
        self.option = option
        self.help = help
    }
}

/// "1st", "2nd", "3rd", "11th", "22nd".
func ordinal(_ number: Int) -> String {
    let tens = number % 100
    if (11...13).contains(tens) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
}
