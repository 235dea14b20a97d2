extension Extractor {
    /// "The Security Council today failed to adopt a draft ... The draft received 10 votes in
    /// favour to 2 against (Bolivia, Russian Federation)": in the tally of a draft that failed,
    /// a permanent member listed among the votes against vetoed it, at the failure's time (when
    /// the draft had the nine votes in favour it needed).
    /// UN meeting summaries name the vetoing member only there.
    static func vetoesInTallies(_ candidates: inout [EventCandidate], words: [SentenceWords], mentions: [[Mention]],
                                actors: [Coreference.Actor], lexicon: Lexicon) {
        // Most articles tell no failure: then there is no tally to read.
        let failures = candidates.filter { $0.type == "resolution_failed" && $0.status == .asserted }
        guard !failures.isEmpty, let trigger = lexicon.firstTrigger["veto"] else { return }
        for (n, s) in words.enumerated() {
            guard let failure = failures.last(where: { ((n - 2)...(n + 1)).contains($0.sentence) }) else { continue }
            for k in 0..<s.count where s.lower(k) == "against" && s.lower(k + 1) == "(" {
                // "received 2 votes in favour ..., 2 against (China, Russian Federation)": short of
                // nine votes in favour a draft fails whoever votes against it; no one vetoed it.
                if let yes = (0..<k).last(where: { j in MentionFinder.number(s, at: j) != nil && ((j + 1)...(j + 3)).contains { ["favour", "favor"].contains(s.lower($0)) } }),
                   let votes = MentionFinder.number(s, at: yes), votes < 9 { continue }
                guard let close = ((k + 2)..<min(s.count, k + 30)).first(where: { s.lower($0) == ")" }) else { continue }
                for m in mentions[n] where m.start > k + 1 && m.end <= close && m.actor >= 0 {
                    let a = actors[m.actor]
                    guard a.kind == .country, let code = a.country, EventFinder.permanentMembers.contains(code),
                          !candidates.contains(where: { $0.type == "veto" && $0.agents.contains(m.actor) && $0.sentence == n }) else { continue }
                    var c = EventCandidate(type: "veto", trigger: trigger, sentence: n, words: m.start..<m.end,
                                           range: s[m.start].range.lowerBound..<s[m.end - 1].range.upperBound)
                    c.agents = [m.actor]
                    c.explicitDate = failure.explicitDate
                    c.undatedPast = failure.undatedPast
                    c.tense = .past
                    candidates.append(c)
                }
            }
        }
    }
}

extension Extractor {
    /// Heads of the people who put a draft forward, as a group.
    static let sponsorHeads: Set<String> = ["sponsors", "co-sponsors", "cosponsors", "authors", "drafters", "penholders"]

    /// "He accused the sponsors of the draft of using the incident as a pretext": "the sponsors"
    /// without names refers to sponsors the article has named; it is no further proposal when
    /// a proposal by named members is told.
    static func dropSponsorsToldBefore(_ candidates: inout [EventCandidate], mentions: [[Mention]], actors: [Coreference.Actor]) {
        let named = candidates.contains { c in c.type == "resolution_proposed" && c.agents.contains { actors[$0].isNamed } }
        guard named else { return }
        candidates.removeAll { c in
            c.type == "resolution_proposed" && !c.agents.isEmpty && c.agents.allSatisfy { id in
                mentions[c.sentence].contains { m in
                    m.actor == id && m.kind == .unnamed && m.isDefinite && m.head.map(sponsorHeads.contains) == true
                }
            }
        }
    }
}
