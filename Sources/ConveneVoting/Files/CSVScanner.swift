/// Receives the fields of a CSV file as the scanner finds them.
protocol CSVSink {
    /// One field's bytes (without surrounding quotes, `""` already made `"`).
    /// `row` is the record number, 1 for the first; `column` is 0 for the first field.
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int) throws(BallotError)
    /// The end of a record of `fields` fields.
    mutating func endRecord(row: Int, fields: Int) throws(BallotError)
    /// A record with nothing on it: an empty line.
    mutating func emptyRecord(row: Int)
}

/// Splits CSV bytes into records and fields, following RFC 4180: fields are
/// separated by commas, records end with CRLF or LF, and a field in double
/// quotes may hold commas, line breaks and `""` for a quote.
///
/// Bytes arrive in chunks. Every chunk but the last must end with a line feed,
/// so an unquoted field never straddles two chunks; a quoted field may (its
/// line feed can be the chunk's last byte), and is collected across them.
struct CSVScanner<Sink: CSVSink> {
    var sink: Sink
    private var row = 1
    private var column = 0
    /// A quoted field runs on into the next chunk.
    private var inQuotes = false
    private var quotedRow = 1
    private var quoted: [UInt8] = []

    init(sink: Sink) {
        self.sink = sink
    }

    private static var comma: UInt8 { 0x2C }
    private static var quote: UInt8 { 0x22 }
    private static var lineFeed: UInt8 { 0x0A }
    private static var carriageReturn: UInt8 { 0x0D }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) throws(BallotError) {
        let end = bytes.count
        var index = 0
        if inQuotes {
            index = collectQuoted(bytes, from: 0)
            if !inQuotes { index = try finishQuoted(bytes, at: index) }
        }
        while index < end, !inQuotes {
            if bytes[index] == Self.quote {
                inQuotes = true
                quotedRow = row
                quoted.removeAll(keepingCapacity: true)
                index = collectQuoted(bytes, from: index + 1)
                if !inQuotes { index = try finishQuoted(bytes, at: index) }
                continue
            }
            let start = index
            while index < end {
                let byte = bytes[index]
                if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                index &+= 1
            }
            if column == 0, start == index, index < end, bytes[index] != Self.comma {
                sink.emptyRecord(row: row)
                row += 1
                index = skipLineEnd(bytes, at: index)
                continue
            }
            try sink.field(UnsafeBufferPointer(rebasing: bytes[start..<index]), row: row, column: column)
            index = try separator(bytes, at: index)
        }
        guard isLast else { return }
        if inQuotes {
            throw BallotError(
                "row \(quotedRow), column \(column + 1): a quoted cell is never closed",
                help: "add the closing quote (\")", row: quotedRow, column: column + 1)
        }
        if column > 0 {
            try sink.field(UnsafeBufferPointer(start: nil, count: 0), row: row, column: column)
            try endRecord()
        }
    }

    /// Collects quoted bytes up to the closing quote, or to the chunk's end
    /// when the field runs on. Returns the index just after what it took.
    private mutating func collectQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let run = index
            while index < bytes.count, bytes[index] != Self.quote { index += 1 }
            quoted.append(contentsOf: bytes[run..<index])
            guard index < bytes.count else { break }
            if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                quoted.append(Self.quote)
                index += 2
                continue
            }
            inQuotes = false
            return index + 1
        }
        return index
    }

    /// Hands over a closed quoted field and steps over what follows it, which
    /// must be a comma, a line end or the end of the file.
    private mutating func finishQuoted(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws(BallotError) -> Int {
        if index < bytes.count {
            let byte = bytes[index]
            guard byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn else {
                throw BallotError(
                    "row \(row), column \(column + 1): a quoted cell must end at its closing quote",
                    help: "put the whole cell in quotes, and double any quote inside it (\"\")",
                    row: row, column: column + 1)
            }
        }
        try quoted.withUnsafeBufferPointer { (field) throws(BallotError) in
            try sink.field(field, row: row, column: column)
        }
        return try separator(bytes, at: index)
    }

    /// Steps over the comma or line end after a field; a line end, or the end
    /// of the bytes, closes the record.
    private mutating func separator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws(BallotError) -> Int {
        if index < bytes.count, bytes[index] == Self.comma {
            column += 1
            return index + 1
        }
        try endRecord()
        return index < bytes.count ? skipLineEnd(bytes, at: index) : index
    }

    private func skipLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.lineFeed {
            return index + 2
        }
        return index + 1
    }

    private mutating func endRecord() throws(BallotError) {
        try sink.endRecord(row: row, fields: column + 1)
        row += 1
        column = 0
    }
}
