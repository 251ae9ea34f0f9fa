import ConveneText

/// Turns CSV fields into option names (the header) and ballot cells, parsing
/// numbers straight from the bytes.
struct BallotRows: CSVSink {
    private var names: [String] = []
    private var headerRow: Int?
    /// The option count once the header is read; until then, 0 (every field is a name).
    private var width = 0
    /// The row being read, copied into `cells` as a whole when it ends.
    private var row = RowBuffer(width: 0)
    private var cells: [Int32] = []
    private var emptyRows: [Int] = []
    private let expectedBytes: Int
    private var reserved = false

    init(expectedBytes: Int) {
        self.expectedBytes = expectedBytes
    }

    @inline(__always)
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int) throws(BallotError) {
        guard column < width else { return otherField(bytes) }
        let cells = self.row.cells
        if bytes.count == 1, bytes[0] &- 0x30 < 10 {
            cells[column] = Int32(bytes[0] &- 0x30)
        } else if bytes.count == 2, bytes[0] &- 0x30 < 10, bytes[1] &- 0x30 < 10 {
            cells[column] = Int32(bytes[0] &- 0x30) &* 10 &+ Int32(bytes[1] &- 0x30)
        } else {
            cells[column] = try number(bytes, row: row, column: column)
        }
    }

    /// A header field is an option name; a field past the last option is
    /// counted by the scanner and reported when its row ends.
    @inline(never)
    private mutating func otherField(_ bytes: UnsafeBufferPointer<UInt8>) {
        if headerRow == nil { names.append(String(decoding: trimmed(bytes), as: UTF8.self)) }
    }

    mutating func endRecord(row: Int, fields: Int) throws(BallotError) {
        guard headerRow != nil else {
            try checkHeader(row: row)
            headerRow = row
            width = names.count
            self.row = RowBuffer(width: width)
            return
        }
        guard fields == width else {
            throw BallotError(
                "row \(row) has \(Plural.count(fields, "cell")), but the header names \(Plural.count(width, "option"))",
                help: fields > width
                    ? "remove the extra cells, or name their options in the header"
                    : "leave a cell blank rather than leaving it out",
                row: row)
        }
        cells.append(contentsOf: UnsafeBufferPointer(start: self.row.cells, count: width))
    }

    mutating func emptyRecord(row: Int) {
        if headerRow != nil { emptyRows.append(row) }
    }

    /// Once a first chunk is in, reserves room for the ballots the rest of the
    /// file will likely hold, so the cells are not copied as they grow.
    mutating func reserveForRest(afterBytes read: Int) {
        guard !reserved, !cells.isEmpty, read > 0, expectedBytes > read else { return }
        reserved = true
        let expected = Double(cells.count) * Double(expectedBytes) / Double(read) * 1.02
        cells.reserveCapacity(Int(expected) + width)
    }

    func file() throws(BallotError) -> BallotFile {
        guard let headerRow else {
            throw BallotError("the file is empty", help: "the first row should name the options, separated by commas")
        }
        return BallotFile(
            options: names, ballots: BallotMatrix(optionCount: width, cells: cells),
            headerRow: headerRow, emptyRows: emptyRows)
    }

    private func checkHeader(row: Int) throws(BallotError) {
        if names.count > VoteCounter.maximumOptions {
            throw BallotError(
                "row \(row) names \(names.count) options; a vote can count at most \(VoteCounter.maximumOptions)",
                row: row)
        }
        var columns: [String: Int] = [:]
        for (column, name) in names.enumerated() {
            if name.isEmpty {
                throw BallotError(
                    "row \(row), column \(column + 1): the option name is blank",
                    help: "the first row names the options; give this column one", row: row, column: column + 1)
            }
            if let earlier = columns[name] {
                throw BallotError(
                    "row \(row), column \(column + 1): `\(name)` already names column \(earlier + 1)",
                    help: "give each option its own name", row: row, column: column + 1)
            }
            columns[name] = column
        }
    }

    /// A cell's number: blank, or a whole number with an optional sign and spaces around it.
    @inline(never)
    private func number(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int) throws(BallotError) -> Int32 {
        let text = trimmed(bytes)
        if text.isEmpty { return BallotMatrix.blank }
        var digits = text[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0 &- 0x30 < 10 }) else {
            throw cellError("`\(String(decoding: text, as: UTF8.self))` is not a whole number", row: row, column: column)
        }
        guard digits.count <= 9 else {
            throw cellError("`\(String(decoding: text, as: UTF8.self))` is too large", row: row, column: column)
        }
        let value = digits.reduce(Int32(0)) { $0 * 10 + Int32($1 - 0x30) }
        return negative ? -value : value
    }

    private func cellError(_ message: String, row: Int, column: Int) -> BallotError {
        BallotError(
            "row \(row), column \(column + 1) (`\(names[column])`): \(message)",
            row: row, column: column + 1)
    }
}

/// The bytes without spaces or tabs at either end.
private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
}

/// One row's cells, written in place as the fields arrive.
private final class RowBuffer {
    let cells: UnsafeMutablePointer<Int32>

    init(width: Int) {
        cells = .allocate(capacity: max(width, 1))
    }

    deinit {
        cells.deallocate()
    }
}
