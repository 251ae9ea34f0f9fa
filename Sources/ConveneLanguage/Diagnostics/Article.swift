/// The indefinite article a message puts before a word, chosen by the word's
/// first letter: "an `approval` vote", "an `irv` vote", "a `borda` vote".
enum Article {
    static func before(_ word: String) -> String {
        guard let first = word.first?.lowercased() else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
