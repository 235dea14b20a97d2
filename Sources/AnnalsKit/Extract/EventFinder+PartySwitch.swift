/// Party switches told as a move from one party to another, with no verb of leaving:
/// "Dec. 22, 2009: Jim Hale of Ohio, Democrat to Republican", "X followed Y's route from the
/// Democrats to the Republicans".
extension EventFinder {
    /// Words for a party's members that name the party itself in a switch ("Democrat to
    /// Republican", "Labour to Conservative").
    static let partyMemberWords: WordSet = [
        "democrat", "democrats", "republican", "republicans", "independent", "independents", "labour", "conservative",
        "conservatives", "liberal", "liberals", "tory", "tories", "socialist", "socialists", "communist", "communists",
        "green", "greens", "unionist", "unionists", "whig", "whigs", "federalist", "federalists",
    ]

    /// Where the party side starting at `k` ends: a party the gazetteer knows ("the Democrats")
    /// or a capitalised member word ("Democrat"). Nil when `k` starts no party.
    func partySide(at k: Int) -> Int? {
        var j = k
        if s.lower(j) == "the" { j += 1 }
        guard j < s.count else { return nil }
        if let m = mentions.first(where: { $0.start == j && EventFinder.isParty($0.entry) }) { return m.end }
        if s.has(j, .partyMember), s[j].isCapitalized || s.lower(j) == "independent" { return j + 1 }
        return nil
    }

    /// "Jim Hale of Ohio, Democrat to Republican", "from the Democrats to the Republicans": the
    /// named person before the move switched parties. Not a shift of voters ("a swing from Labour
    /// to Conservative") or of anything else no person is named for.
    func partySwitches() -> [EventCandidate] {
        guard let trigger = lexicon.firstTrigger["defection"] else { return [] }
        var out: [EventCandidate] = []
        for k in 1..<max(1, s.count - 1) where s.lower(k) == "to" {
            guard let rightEnd = partySide(at: k + 1),
                  let left = (max(0, k - 3)..<k).first(where: { partySide(at: $0) == k }) else { continue }
            let start = s.lower(left - 1) == "from" ? left - 1 : left
            // The mover: the nearest named person before, in the same clause or list entry.
            guard let p = mentions.last(where: { $0.end <= start && $0.end >= start - 10 && $0.kind == .person && $0.actor >= 0 && actors[$0.actor].isNamed }),
                  !(p.end..<start).contains(where: { [";", ":", "."].contains(s.lower($0)) || WordClass.clauseOpeners.contains(s.lower($0)) }) else { continue }
            var c = EventCandidate(type: "defection", trigger: trigger, sentence: s.index, words: start..<rightEnd,
                                   range: s[start].range.lowerBound..<s[rightEnd - 1].range.upperBound)
            c.agents = [p.actor]
            c.leavesParty = true
            c.tense = tense(at: start)
            (c.explicitDate, c.undatedPast) = date(for: p.start..<rightEnd)
            // "July 1999: Michael Forbes of New York, Republican to Democrat": an entry's opening date.
            if c.explicitDate == nil, let t = times.first(where: { $0.words.lowerBound <= 1 && $0.words.upperBound < p.start && s.lower($0.words.upperBound) == ":" }) {
                c.explicitDate = t.date
            }
            c.status = status(for: start, agents: [p])
            out.append(c)
        }
        return out
    }

    /// "Rep. X, a conservative Democrat who has represented the district since 1987, became a
    /// Republican today": a named person the sentence has called a member of one party who
    /// becomes a member of another switched parties. The first party must be told between the
    /// person and the verb (a politician's first party is not a switch).
    func partyConversions() -> [EventCandidate] {
        guard let trigger = lexicon.firstTrigger["defection"] else { return [] }
        var out: [EventCandidate] = []
        for k in 1..<max(1, s.count - 2) where EventFinder.becomeForms.contains(s.lower(k)) {
            let member = s.lower(k + 1, isEither: "a", or: "an") ? k + 2 : k + 1
            guard member < s.count, s.has(member, .partyMember), s[member].isCapitalized,
                  let p = mentions.last(where: { $0.end <= k && $0.kind == .person && $0.actor >= 0 && actors[$0.actor].isNamed }),
                  k - p.end <= 20, !(p.end..<k).contains(where: { [";", ":", "."].contains(s.lower($0)) }),
                  (p.end..<k).contains(where: { j in s.has(j, .partyMember) && s[j].isCapitalized && EventFinder.partyStem(s.lower(j)) != EventFinder.partyStem(s.lower(member)) })
            else { continue }
            var c = EventCandidate(type: "defection", trigger: trigger, sentence: s.index, words: k..<(member + 1),
                                   range: s[k].range.lowerBound..<s[member].range.upperBound)
            c.agents = [p.actor]
            c.leavesParty = true
            c.tense = tense(at: k)
            (c.explicitDate, c.undatedPast) = date(for: k..<(member + 1))
            c.status = status(for: k, agents: [p])
            out.append(c)
        }
        return out
    }

    /// Forms of "become" that open a change of party (`partyConversions`).
    static let becomeForms: WordSet = ["became", "becomes", "become", "becoming"]

    /// A party member word without its plural: "Republicans" and "Republican" are one party.
    static func partyStem(_ w: String) -> String {
        w.hasSuffix("ies") ? w.dropLast(3) + "y" : w.hasSuffix("s") ? String(w.dropLast()) : w
    }
}
