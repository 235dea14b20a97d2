/// "In June 1993 he and Tsutomu Hata led a group of lawmakers out of the Liberal Democratic
/// Party", "Chandra Shekhar led about 58 MPs out of the party": those who lead a following out
/// of a party, government or coalition leave it with them. The following sits between "led"
/// and "out of", so no trigger phrase of the lexicon can spell it.
extension EventFinder {
    static let leadForms: WordSet = ["led", "leads", "leading", "lead"]
    /// Words for a political following, one of which the led group must hold (not "led the
    /// guests out of the party").
    static let followingNouns: WordSet = ["lawmakers", "legislators", "mps", "deputies", "members", "followers", "supporters", "senators",
                                          "councillors", "councilors", "mlas", "mnas", "loyalists", "faction", "colleagues", "dissidents", "rebels"]

    func ledOutOf(at i: Int) -> EventCandidate? {
        guard let out = ((i + 2)..<min(s.count, i + 12)).first(where: { s.lower($0) == "out" && s.lower($0 + 1) == "of" }),
              !((i + 1)..<out).contains(where: { s[$0].isPunct }),
              ((i + 1)..<out).contains(where: { EventFinder.followingNouns.contains(s.lower($0)) }),
              let o = ((out + 2)..<min(s.count, out + 7)).first(where: { k in
                  EventFinder.partyNouns.contains(s.lower(k)) || EventFinder.sideBodyNouns.contains(s.lower(k))
                      || mentions.contains { $0.start == k && EventFinder.isParty($0.entry) }
              }),
              !((out + 2)..<o).contains(where: { s[$0].isPunct }),
              let trigger = lexicon.firstTrigger["defection"] else { return nil }
        let agents = subject(before: verbGroupStart(i)).filter { m in
            m.actor >= 0 && (m.kind == .person || m.kind == .pronoun || m.kind == .unnamed) && actors[safe: m.actor].map { $0.kind == .person || $0.kind == .group } == true
        }
        guard !agents.isEmpty else { return nil }
        var c = EventCandidate(type: "defection", trigger: trigger, sentence: s.index, words: i..<(out + 2),
                               range: s[i].range.lowerBound..<s[out + 1].range.upperBound)
        c.agents = agents.map(\.actor)
        c.tense = tense(at: i)
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        c.status = status(for: i, agents: agents)
        if [.future, .infinitive, .present].contains(c.tense) { return nil }
        return c
    }
}
