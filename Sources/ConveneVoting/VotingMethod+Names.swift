extension VotingMethod {
    /// The method's name in a sentence ("a Borda count needs…").
    var spokenName: String {
        switch self {
        case .dots: "dot vote"
        case .approval: "approval vote"
        case .score: "score vote"
        case .plurality: "plurality vote"
        case .borda: "Borda count"
        case .irv: "instant runoff"
        case .schulze: "Schulze vote"
        case .rankedPairs: "ranked pairs vote"
        case .fistOfFive: "fist of five"
        }
    }

    /// The spoken name after "a" or "an".
    var spokenNameWithArticle: String {
        ("aeiou".contains(spokenName.first!) ? "an " : "a ") + spokenName
    }
}
