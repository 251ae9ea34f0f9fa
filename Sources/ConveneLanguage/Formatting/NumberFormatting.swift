/// Writes a number literal in the shortest decimal form that reads back as the
/// same value, without an exponent (the language has none): `2.0` is `2`,
/// `2.50` is `2.5`, `1e20` is `100000000000000000000`. Nil for a value no
/// literal can spell (infinite or not a number).
func formatNumber(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    if value < 0 { return formatNumber(-value).map { "-" + $0 } }
    // `description` gives the shortest digits that round-trip, sometimes with an exponent.
    let shortest = value.description
    let parts = shortest.split(separator: "e", maxSplits: 1)
    let mantissa = String(parts[0])
    let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
    return positionalDecimal(mantissa: mantissa, exponent: exponent)
}

/// `1.5` with exponent 2 is `150`; `5.0` with exponent -5 is `0.00005`.
private func positionalDecimal(mantissa: String, exponent: Int) -> String {
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integerDigits = String(pieces[0])
    let fractionDigits = pieces.count == 2 ? String(pieces[1]) : ""
    let digits = Array(integerDigits + fractionDigits)
    let pointPosition = integerDigits.count + exponent

    var whole: String
    var fraction: String
    if pointPosition <= 0 {
        whole = "0"
        fraction = String(repeating: "0", count: -pointPosition) + String(digits)
    } else if pointPosition >= digits.count {
        whole = String(digits) + String(repeating: "0", count: pointPosition - digits.count)
        fraction = ""
    } else {
        whole = String(digits[..<pointPosition])
        fraction = String(digits[pointPosition...])
    }
    while whole.count > 1, whole.first == "0" { whole.removeFirst() }
    while fraction.last == "0" { fraction.removeLast() }
    return fraction.isEmpty ? whole : whole + "." + fraction
}
