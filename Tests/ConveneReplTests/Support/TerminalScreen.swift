/// A small terminal emulator: it replays what a program wrote to its
/// terminal and keeps the resulting screen, so tests can assert on what a
/// person would see rather than on raw escape sequences. It understands the
/// subset of ANSI/xterm sequences libedit and Convene use.
struct TerminalScreen {
    let rows: Int
    private(set) var columns: Int
    /// Each cell holds one character; the right half of a wide character is "".
    private(set) var cells: [[String]]
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    private var wrapPending = false
    private var parser = SequenceParser()
    private var utf8 = [UInt8]()

    init(rows: Int = 24, columns: Int = 80) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's text, one line per row, trailing spaces removed, and
    /// trailing empty rows dropped.
    var text: String {
        var lines = (0..<rows).map(line)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// One row's text without trailing spaces.
    func line(_ row: Int) -> String {
        var text = cells[row].joined()
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// The row the cursor is on.
    var cursorLine: String { line(cursorRow) }

    /// The window made wider (what is shown stays where it is) or narrower
    /// (what no longer fits is cut off, as a terminal that does not fold
    /// lines again does).
    mutating func resize(columns newColumns: Int) {
        cells = cells.map { Array(($0 + Array(repeating: " ", count: max(0, newColumns - $0.count))).prefix(newColumns)) }
        columns = newColumns
        cursorColumn = min(cursorColumn, newColumns - 1)
    }

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch parser.consume(byte) {
        case .action(let action): apply(action)
        case .partOfSequence: break
        case .text: addText(byte)
        }
    }

    private mutating func addText(_ byte: UInt8) {
        utf8.append(byte)
        let expected: Int
        switch utf8[0] {
        case 0xF0...: expected = 4
        case 0xE0...: expected = 3
        case 0xC0...: expected = 2
        default: expected = 1
        }
        guard utf8.count >= expected else { return }
        let character = String(decoding: utf8, as: UTF8.self)
        utf8.removeAll()
        put(character)
    }

    private mutating func apply(_ action: SequenceParser.Action) {
        switch action {
        case .control(let byte): control(byte)
        case .csi(let final, let parameters, let isPrivate):
            if !isPrivate { csi(final, parameters) }
        case .escape(let final):
            if final == UInt8(ascii: "M") { cursorRow = max(0, cursorRow - 1) }
        }
    }

    private mutating func control(_ byte: UInt8) {
        switch byte {
        case 0x0D: cursorColumn = 0; wrapPending = false
        case 0x0A: lineFeed(); wrapPending = false
        case 0x08: cursorColumn = max(0, cursorColumn - 1); wrapPending = false
        case 0x09: cursorColumn = min(columns - 1, (cursorColumn / 8 + 1) * 8)
        default: break
        }
    }

    private mutating func csi(_ final: UInt8, _ parameters: [Int]) {
        let first = parameters.first ?? 0
        let count = max(1, first)
        wrapPending = false
        switch Character(Unicode.Scalar(final)) {
        case "A": cursorRow = max(0, cursorRow - count)
        case "B": cursorRow = min(rows - 1, cursorRow + count)
        case "C": cursorColumn = min(columns - 1, cursorColumn + count)
        case "D": cursorColumn = max(0, cursorColumn - count)
        case "G": cursorColumn = min(columns - 1, count - 1)
        case "d": cursorRow = min(rows - 1, count - 1)
        case "H", "f":
            cursorRow = min(rows - 1, max(1, first) - 1)
            cursorColumn = min(columns - 1, max(1, parameters.count > 1 ? parameters[1] : 1) - 1)
        case "K": eraseInLine(first)
        case "J": eraseInScreen(first)
        case "P":
            cells[cursorRow].removeSubrange(cursorColumn..<min(columns, cursorColumn + count))
            cells[cursorRow] += Array(repeating: " ", count: columns - cells[cursorRow].count)
        case "@":
            cells[cursorRow].insert(contentsOf: Array(repeating: " ", count: count), at: cursorColumn)
            cells[cursorRow].removeLast(count)
        case "X":
            for column in cursorColumn..<min(columns, cursorColumn + count) { cells[cursorRow][column] = " " }
        default: break
        }
    }

    private mutating func eraseInLine(_ mode: Int) {
        let range = mode == 0 ? cursorColumn..<columns : mode == 1 ? 0..<(cursorColumn + 1) : 0..<columns
        for column in range { cells[cursorRow][column] = " " }
    }

    private mutating func eraseInScreen(_ mode: Int) {
        if mode == 0 {
            eraseInLine(0)
            for row in (cursorRow + 1)..<rows { cells[row] = Array(repeating: " ", count: columns) }
        } else if mode == 1 {
            eraseInLine(1)
            for row in 0..<cursorRow { cells[row] = Array(repeating: " ", count: columns) }
        } else {
            cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        }
    }

    private mutating func lineFeed() {
        if cursorRow == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            cursorRow += 1
        }
    }

    private mutating func put(_ character: String) {
        let width = Self.width(of: character)
        guard width > 0 else { return }
        if wrapPending || cursorColumn + width > columns {
            cursorColumn = 0
            lineFeed()
            wrapPending = false
        }
        cells[cursorRow][cursorColumn] = character
        if width == 2 { cells[cursorRow][cursorColumn + 1] = "" }
        if cursorColumn + width >= columns {
            cursorColumn = columns - 1
            wrapPending = true
        } else {
            cursorColumn += width
        }
    }

    /// Emoji and East Asian wide characters take two columns.
    static func width(of character: String) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0..<0x20, 0x7F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}

/// Splits a byte stream into control characters, escape sequences and text.
private struct SequenceParser {
    enum Action {
        case control(UInt8)
        case csi(final: UInt8, parameters: [Int], isPrivate: Bool)
        case escape(UInt8)
    }

    enum Result {
        case action(Action)
        case partOfSequence
        case text
    }

    private enum State { case text, escape, csi, charset }
    private var state = State.text
    private var parameterText = ""
    private var isPrivate = false

    mutating func consume(_ byte: UInt8) -> Result {
        switch state {
        case .text:
            if byte == 0x1B {
                state = .escape
                return .partOfSequence
            }
            return byte < 0x20 || byte == 0x7F ? .action(.control(byte)) : .text
        case .escape:
            switch byte {
            case UInt8(ascii: "["):
                state = .csi
                parameterText = ""
                isPrivate = false
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                state = .charset
            default:
                state = .text
                return .action(.escape(byte))
            }
            return .partOfSequence
        case .charset:
            state = .text
            return .partOfSequence
        case .csi:
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: ">") {
                isPrivate = true
                return .partOfSequence
            }
            if (0x30...0x3F).contains(byte) {
                parameterText.append(Character(Unicode.Scalar(byte)))
                return .partOfSequence
            }
            state = .text
            let parameters = parameterText.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            return .action(.csi(final: byte, parameters: parameters, isPrivate: isPrivate))
        }
    }
}
