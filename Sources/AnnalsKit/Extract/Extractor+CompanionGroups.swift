/// Groups that leave with a defector: "X quit the party on Monday with 49 other lawmakers".
extension Extractor {
    /// Adds, for each asserted defection by named people, one by the counted or collective group
    /// of people that left with them, after "with" in the act's clause ("with 49 other
    /// lawmakers", "with ten other MPs"); not a group that merely accompanies ("met the
    /// press with two aides" is no defection to begin with).
    static func addCompanionGroups(_ candidates: inout [EventCandidate], words: [SentenceWords], mentions: [[Mention]], actors: [Coreference.Actor]) {
        var added: [EventCandidate] = []
        for c in candidates where c.type == "defection" && c.status == .asserted && !c.agents.isEmpty
            && c.agents.allSatisfy({ actors[safe: $0]?.kind == .person && actors[safe: $0]?.isNamed == true }) {
            let s = words[c.sentence]
            var k = c.words.upperBound
            while k < s.count, k < c.words.upperBound + 8, ![".", ";", ":"].contains(s.lower(k)), s.lower(k) != "with" { k += 1 }
            guard s.lower(k) == "with",
                  let g = mentions[c.sentence].first(where: { (k + 1...k + 2).contains($0.start) && $0.kind == .unnamed && $0.isPlural && $0.actor >= 0 }),
                  (g.count ?? 0) >= 2 || s.lower(k + 1) == "other" || s.lower(k + 2) == "other",
                  !candidates.contains(where: { $0.agents.contains(g.actor) && $0.type == "defection" }) else { continue }
            var e = c
            e.agents = [g.actor]
            e.words = g.start..<g.end
            added.append(e)
        }
        candidates += added
    }
}
