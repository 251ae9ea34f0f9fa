extension CountedResult {
    /// Each option's rank as `:results` shows it: options that tie share the
    /// best place among them, marked `=` (`1`, `2=`, `2=`, `4`).
    ///
    /// The journal keeps each option's score, not whether it tied, so a tie is
    /// read from equal scores. In every method but instant runoff that is what
    /// a tie is; an instant runoff also orders options by the round they went
    /// out in, so equal scores need not tie there, and its ranks stay plain.
    func ranks(method: String?) -> [String] {
        let readsTies = method != nil && method != "irv"
        var ranks: [String] = []
        for (index, option) in options.enumerated() {
            let sharesAbove = index > 0 && options[index - 1].score == option.score
            let sharesBelow = index + 1 < options.count && options[index + 1].score == option.score
            guard readsTies, sharesAbove || sharesBelow else {
                ranks.append(String(index + 1))
                continue
            }
            ranks.append(sharesAbove ? ranks[index - 1] : "\(index + 1)=")
        }
        return ranks
    }
}
