extension CountedResult {
    /// Each option's rank as `:results` shows it: options that tie share the
    /// best place among them, marked `=` (`1`, `2=`, `2=`, `4`).
    ///
    /// The journal keeps each option's score, not whether it tied, so a tie is
    /// read from equal scores. In every method but instant runoff that is what
    /// a tie is; an instant runoff also orders options by the round they went
    /// out in, so equal scores need not tie there, and its ranks stay plain.
    func ranks(method: String?) -> [String] {
        places(method: method).map { "\($0.place)" + ($0.shared ? "=" : "") }
    }

    /// Each option's place, and whether it shares it, for outputs that keep
    /// the two apart (JSON): `(1, false)`, `(2, true)`, `(2, true)`, `(4, false)`.
    func places(method: String?) -> [(place: Int, shared: Bool)] {
        let readsTies = method != nil && method != "irv"
        var places: [(place: Int, shared: Bool)] = []
        for (index, option) in options.enumerated() {
            let sharesAbove = index > 0 && options[index - 1].score == option.score
            let sharesBelow = index + 1 < options.count && options[index + 1].score == option.score
            guard readsTies, sharesAbove || sharesBelow else {
                places.append((index + 1, false))
                continue
            }
            places.append((sharesAbove ? places[index - 1].place : index + 1, true))
        }
        return places
    }
}
