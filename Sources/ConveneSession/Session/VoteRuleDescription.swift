import ConveneText
import ConveneVoting

/// A vote rule in words and as journal fields, and how two rules differ.
public enum VoteRuleDescription {
    /// The rule as journal fields (part of a vote step's definition).
    public static func fields(_ rule: VoteRule) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("method", .string(rule.method.rawValue))]
        if let dots = rule.dotsPerPerson { fields.append(("dots", .int(dots))) }
        if let cap = rule.capPerOption { fields.append(("cap", .int(cap))) }
        if let range = rule.scoreRange { fields.append(("range", .string("\(range.lowerBound) to \(range.upperBound)"))) }
        fields.append(("ballots", .string(rule.mode.rawValue)))
        if let voters = rule.voters { fields.append(("voters", .int(voters))) }
        fields.append(("keep", .string(keepText(rule.keep))))
        fields.append(("ties", .string(rule.ties.rawValue)))
        return fields
    }

    /// `top 3`, `above 2`, `all`.
    public static func keepText(_ keep: KeepRule) -> String {
        switch keep {
        case .top(let count): "top \(count)"
        case .above(let threshold): "above \(ValueFormat.number(threshold))"
        case .all: "all"
        }
    }

    /// One line a facilitator reads: "dot voting, 3 dots each, at most 2 on one option; keeps the top 2".
    public static func summary(_ rule: VoteRule) -> String {
        var parts: [String] = []
        switch rule.method {
        case .dots:
            var text = "dot voting"
            if let dots = rule.dotsPerPerson { text += ", \(Plural.count(dots, "dot")) each" }
            if let cap = rule.capPerOption { text += ", at most \(cap) on one option" }
            parts.append(text)
        case .score:
            parts.append("score voting" + (rule.scoreRange.map { ", scores \($0.lowerBound) to \($0.upperBound)" } ?? ""))
        case .approval: parts.append("approval voting: tick every option you support")
        case .plurality: parts.append("one vote each")
        case .borda: parts.append("ranked voting (Borda count)")
        case .irv: parts.append("ranked voting (instant runoff)")
        case .schulze: parts.append("ranked voting (Schulze)")
        case .rankedPairs: parts.append("ranked voting (ranked pairs)")
        case .fistOfFive: parts.append("fist of five: 0 to 5 fingers per option")
        }
        switch rule.mode {
        case .named: parts.append("named ballots")
        case .anonymous: parts.append("anonymous ballots")
        case .room: parts.append("counted in the room")
        }
        switch rule.keep {
        case .top(let count): parts.append("keeps the top \(count)")
        case .above(let threshold): parts.append("keeps options scoring above \(ValueFormat.number(threshold))")
        case .all: parts.append("keeps every option, ranked")
        }
        return parts.joined(separator: "; ")
    }

    /// What changed between two recorded vote definitions, as phrases to
    /// follow "vote `priorities` …": "now keeps the top 3 instead of 5".
    static func changes(from old: JSONValue, to new: JSONValue) -> [String] {
        var phrases: [String] = []
        for key in ["on", "method", "dots", "cap", "range", "ballots", "voters", "keep", "ties"] {
            let before = old[key].map(text) ?? nil
            let after = new[key].map(text) ?? nil
            guard before != after else { continue }
            phrases.append(phrase(key, before, after))
        }
        return phrases
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): ValueFormat.number(number)
        default: nil
        }
    }

    private static func phrase(_ key: String, _ before: String?, _ after: String?) -> String {
        let was = before ?? "not set"
        let now = after ?? "not set"
        switch key {
        case "on": return "now votes on `\(now)` instead of `\(was)`"
        case "method": return "now uses \(now) instead of \(was)"
        case "dots": return "now gives \(now) \(Plural.word(Int(now) ?? 0, "dot")) per person instead of \(was)"
        case "cap": return "now allows \(now) \(Plural.word(Int(now) ?? 0, "dot")) on one option instead of \(was)"
        case "range": return "now scores \(now) instead of \(was)"
        case "ballots": return "now takes \(now) ballots instead of \(was)"
        case "voters": return "now expects \(now) \(Plural.word(Int(now) ?? 0, "voter")) instead of \(was)"
        case "ties": return "now breaks ties by \(now) instead of \(was)"
        default:
            if let newCount = after?.split(separator: " ").last, let oldCount = before?.split(separator: " ").last,
               after?.hasPrefix("top") == true, before?.hasPrefix("top") == true {
                return "now keeps the top \(newCount) instead of \(oldCount)"
            }
            return "now keeps \(now) instead of \(was)"
        }
    }
}
