/// Who speaks each quoted sentence: the person next to a reporting verb ("said Clinton",
/// "Clinton added", "he said") in the sentence or, for sentences wholly inside a quote,
/// in the nearest sentence of the same quotation.
enum Speakers {
    static func find(_ words: [SentenceWords], _ mentions: [[Mention]], _ actors: [Coreference.Actor]) -> [Int?] {
        var own: [Int?] = Array(repeating: nil, count: words.count)
        for (n, s) in words.enumerated() {
            for (k, w) in s.words.enumerated() where !w.inQuote && w.flags.contains(.reportingVerb) {
                let after = mentions[n].first { $0.start == k + 1 && $0.actor >= 0 }
                let before = mentions[n].last { $0.end == k && $0.actor >= 0 }
                if let m = after ?? before, actors[m.actor].kind == .person || actors[m.actor].kind == .country || actors[m.actor].kind == .organization {
                    own[n] = m.actor
                    break
                }
            }
        }
        var out = own
        for n in words.indices where out[n] == nil && words[n].words.contains(where: \.inQuote) {
            for d in 1...3 {
                if n - d >= 0, let sp = own[n - d], words[n - d].words.contains(where: \.inQuote) { out[n] = sp; break }
                if n + d < words.count, let sp = own[n + d], words[n + d].words.contains(where: \.inQuote) { out[n] = sp; break }
            }
        }
        return out
    }
}

/// "He identified himself as Abdo Husameddine": the pronoun's actor and the named one are
/// the same person (the link is the man's own claim). "The pilot, identified by the agency as
/// Captain Maxim Kuzminov,": the same, on a third party's word (not a claim).
enum Identification {
    struct Link {
        let described: Int
        let named: Int
        /// The person named himself; the identity rests on his word.
        let claimed: Bool
    }

    /// "identified himself as", "introduces herself as", "calls himself".
    static let selfNamingVerbs: WordSet = ["identified", "identifies", "introduced", "introduces", "named", "calls"]
    /// "a pilot named X", "a man called X".
    static let namingVerbs: WordSet = ["named", "called"]
    /// Every word the readings below start at (`WordFlags.namingVerb`): a sentence with none
    /// has no link.
    static let startWords = selfNamingVerbs.union(namingVerbs).union(["identified"])

    static func links(_ words: [SentenceWords], _ mentions: [[Mention]]) -> [Link] {
        var out: [Link] = []
        for (n, s) in words.enumerated() where s.words.indices.contains(where: { s.has($0, .namingVerb) }) {
            for k in 0..<s.count where s.lower(k + 2) == "as" && ["himself", "herself"].contains(s.lower(k + 1))
                && selfNamingVerbs.contains(s.lower(k)) {
                guard let subject = mentions[n].last(where: { $0.end <= k && $0.actor >= 0 && ($0.kind == .pronoun || $0.kind == .unnamed || $0.kind == .person) }) else { continue }
                if let named = mentions[n].first(where: { $0.start >= k + 3 && $0.kind == .person }) {
                    out.append(Link(described: subject.actor, named: named.actor >= 0 ? named.actor : -1, claimed: true))
                }
            }
            // "The pilot, identified by the agency as Captain X,", "a man identified as X".
            for k in 0..<s.count where s.lower(k) == "identified" && s.lower(k + 1) != "himself" && s.lower(k + 1) != "herself" {
                guard let asAt = (k + 1..<min(s.count, k + 8)).first(where: { s.lower($0) == "as" }),
                      !((k + 1)..<asAt).contains(where: { s[$0].isPunct }),
                      let subject = mentions[n].last(where: { $0.end <= k && $0.end >= k - 2 && $0.actor >= 0 && $0.kind == .unnamed && !$0.isPlural }),
                      let named = mentions[n].first(where: { $0.start > asAt && $0.start <= asAt + 4 && $0.kind == .person && $0.actor >= 0 }) else { continue }
                out.append(Link(described: subject.actor, named: named.actor, claimed: false))
            }
            // "a 29-year-old Soviet air force lieutenant named Viktor Belenko", "a pilot called X".
            for k in 1..<max(1, s.count) where namingVerbs.contains(s.lower(k)) {
                let nameAt = s.lower(k + 1) == "as" ? k + 2 : k + 1
                guard let subject = mentions[n].last(where: { $0.end == k && $0.actor >= 0 && $0.kind == .unnamed && !$0.isPlural }),
                      let named = mentions[n].first(where: { $0.start == nameAt && $0.kind == .person && $0.actor >= 0 }) else { continue }
                out.append(Link(described: subject.actor, named: named.actor, claimed: false))
            }
        }
        return out
    }
}
