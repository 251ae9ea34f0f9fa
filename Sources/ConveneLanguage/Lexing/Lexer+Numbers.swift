/// Numbers (`3`, `2.5`) and durations (`45m`, `1h30m`, `2d`).
extension Lexer {
    /// Seconds per duration unit, largest first; a duration uses each unit once, in this order.
    static let durationUnits: [(unit: UInt8, seconds: Int)] = [
        (UInt8(ascii: "w"), 604_800), (UInt8(ascii: "d"), 86_400), (UInt8(ascii: "h"), 3_600),
        (UInt8(ascii: "m"), 60), (UInt8(ascii: "s"), 1),
    ]

    mutating func lexNumberOrDuration() -> TokenKind {
        let start = position
        skipDigits()
        var hasFraction = false
        if position + 1 < end, bytes[position] == UInt8(ascii: "."), Self.isDigit(bytes[position + 1]) {
            hasFraction = true
            position += 1
            skipDigits()
        }
        guard position < end, Self.isWordCharacter(bytes[position]) else { return .number }
        while position < end, Self.isWordCharacter(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
            position += 1
        }
        if !hasFraction, Self.durationSeconds(in: bytes, from: start, to: position) != nil {
            return .duration
        }
        reportMalformedNumber(from: start)
        return .invalid
    }

    private mutating func skipDigits() {
        while position < end, Self.isDigit(bytes[position]) { position += 1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The seconds a well-formed duration stands for, or nil when the text is
    /// not one (a unit out of order or repeated, an unknown unit, a missing
    /// amount) or is too long to count.
    static func durationSeconds(in bytes: [UInt8], from start: Int, to stop: Int) -> Int? {
        var total = 0
        var index = start
        var nextUnit = 0
        while index < stop {
            var amount = 0
            let amountStart = index
            while index < stop, isDigit(bytes[index]) {
                let (scaled, overflow1) = amount.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = scaled.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                amount = sum
                index += 1
            }
            guard index > amountStart, index < stop,
                  let unit = durationUnits[nextUnit...].firstIndex(where: { $0.unit == bytes[index] })
            else { return nil }
            let (seconds, overflow1) = amount.multipliedReportingOverflow(by: durationUnits[unit].seconds)
            let (sum, overflow2) = total.addingReportingOverflow(seconds)
            if overflow1 || overflow2 { return nil }
            total = sum
            nextUnit = unit + 1
            index += 1
        }
        return total
    }

    /// CV0006, with the most useful fix we can tell: the canonical spelling of
    /// a duration whose units are out of order, repeated or spelled out.
    private mutating func reportMalformedNumber(from start: Int) {
        let written = text(from: start, to: position)
        let parts = Self.durationParts(of: Array(bytes[start..<position]))
        let message: String
        var help = "a duration is whole amounts with the units w, d, h, m and s, largest first, as in `1h30m`"
        if let parts, let seconds = Self.totalSeconds(of: parts) {
            let canonical = SyntaxDump.durationText(seconds)
            help = "write `\(canonical)`"
            if Set(parts.map(\.unit)).count < parts.count {
                message = "`\(written)` uses a unit of time more than once"
            } else if parts.contains(where: { $0.isSpelledOut }) {
                message = "`\(written)` is not a duration: units are the single letters w, d, h, m and s"
            } else {
                message = "`\(written)` lists its units out of order: they go largest first"
            }
        } else if bytes[start..<position].contains(UInt8(ascii: ".")) {
            message = "`\(written)` is not a number or a duration"
            help = "a duration is whole amounts, as in `2h30m` rather than `2.5h`; a number has no letters, as in `2.5`"
        } else {
            message = "`\(written)` is not a number or a duration"
            help += "; a name starts with a letter or `_`"
        }
        report(.malformedNumber, message, from: start, to: position, help: help)
    }

    /// One amount and unit of a duration as written, such as `45` `min`.
    struct DurationPart {
        var amount: Int
        var unit: Int
        var isSpelledOut: Bool
    }

    /// Splits text such as `30m1h` or `45min` into amounts and units it can
    /// recognise (`min`, `hours` …), or nil when it cannot read it as time at all.
    static func durationParts(of text: [UInt8]) -> [DurationPart]? {
        var parts: [DurationPart] = []
        var index = 0
        while index < text.count {
            var amount = 0
            let amountStart = index
            while index < text.count, isDigit(text[index]), amount < 1_000_000_000 {
                amount = amount * 10 + Int(text[index] - UInt8(ascii: "0"))
                index += 1
            }
            let wordStart = index
            while index < text.count, isWordStart(text[index]) { index += 1 }
            guard index > amountStart, wordStart > amountStart, index > wordStart,
                  let unit = unitIndex(spelled: String(decoding: text[wordStart..<index], as: UTF8.self).lowercased())
            else { return nil }
            parts.append(DurationPart(amount: amount, unit: unit, isSpelledOut: index - wordStart > 1))
        }
        return parts.isEmpty ? nil : parts
    }

    /// The seconds in an amount and a unit written apart, such as `20` and
    /// `mins`; nil when the word is no unit of time.
    static func durationSeconds(amount: Int, spelledUnit word: String) -> Int? {
        guard let unit = unitIndex(spelled: word.lowercased()) else { return nil }
        let (seconds, overflow) = amount.multipliedReportingOverflow(by: durationUnits[unit].seconds)
        return overflow ? nil : seconds
    }

    private static func unitIndex(spelled word: String) -> Int? {
        switch word {
        case "w", "wk", "wks", "week", "weeks": 0
        case "d", "day", "days": 1
        case "h", "hr", "hrs", "hour", "hours": 2
        case "m", "min", "mins", "minute", "minutes": 3
        case "s", "sec", "secs", "second", "seconds": 4
        default: nil
        }
    }

    private static func totalSeconds(of parts: [DurationPart]) -> Int? {
        var total = 0
        for part in parts {
            let (seconds, overflow1) = part.amount.multipliedReportingOverflow(by: durationUnits[part.unit].seconds)
            let (sum, overflow2) = total.addingReportingOverflow(seconds)
            if overflow1 || overflow2 { return nil }
            total = sum
        }
        return total
    }
}
