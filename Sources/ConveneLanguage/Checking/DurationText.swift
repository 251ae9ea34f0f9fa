/// Writes a number of seconds the way a script writes a duration: `7h15m`.
enum DurationText {
    private static let units: [(suffix: String, seconds: Int)] = [
        ("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1),
    ]

    /// `1h30m` for 5400, `0m` for 0; a negative duration gets a leading `-`.
    static func format(_ seconds: Int) -> String {
        if seconds == 0 { return "0m" }
        var rest = seconds.magnitude
        var text = seconds < 0 ? "-" : ""
        for unit in units {
            let amount = rest / UInt(unit.seconds)
            guard amount > 0 else { continue }
            text += "\(amount)\(unit.suffix)"
            rest -= amount * UInt(unit.seconds)
        }
        return text
    }
}
