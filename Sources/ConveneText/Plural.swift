/// A count with its noun in the form the count takes: `1 theme`, `3 themes`,
/// `1 person`, `30 people`, `2 activities`. Every message and output that
/// counts something says it through here, so none reads "1 themes".
public enum Plural {
    /// `3 themes`; `plural` for a noun the rules below get wrong.
    public static func count(_ number: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(number) " + word(number, noun, plural)
    }

    /// The noun alone, in the form `number` takes: `theme`, `themes`.
    public static func word(_ number: Int, _ noun: String, _ plural: String? = nil) -> String {
        number == 1 ? noun : plural ?? self.plural(of: noun)
    }

    /// `theme` → `themes`, `person` → `people`, `activity` → `activities`, `box` → `boxes`.
    public static func plural(of noun: String) -> String {
        if let irregular = irregular[noun] { return irregular }
        let last = noun.last
        if last == "y", let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if last == "s" || last == "x" || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }

    private static let irregular = ["person": "people"]
}
