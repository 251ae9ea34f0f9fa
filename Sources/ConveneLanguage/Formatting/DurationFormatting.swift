/// The units a duration is written in, largest first, with their length in seconds.
private let durationUnits: [(suffix: Character, seconds: Int)] = [
    ("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1),
]

/// Writes a length of time the way a script would: largest units first and no
/// zero parts, so `5400` is `1h30m`, `172800` is `2d` and `777600` is `1w2d`.
/// Zero is `0m`, because minutes are what workshop timeboxes are counted in;
/// a negative length gets a leading `-`.
public func formatDuration(seconds: Int) -> String {
    if seconds == 0 { return "0m" }
    if seconds < 0 { return "-" + formatDuration(seconds: seconds.magnitude) }
    return formatDuration(seconds: UInt(seconds))
}

private func formatDuration(seconds: UInt) -> String {
    var remaining = seconds
    var text = ""
    for unit in durationUnits {
        let amount = remaining / UInt(unit.seconds)
        guard amount > 0 else { continue }
        text += String(amount)
        text.append(unit.suffix)
        remaining -= amount * UInt(unit.seconds)
    }
    return text
}
