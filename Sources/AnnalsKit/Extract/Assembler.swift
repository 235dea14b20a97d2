/// Builds the `Extraction` value from resolved mentions and merged event clusters: actors
/// with aliases, mentions, roles, relations, and events with their dates, statuses and
/// summaries.
struct Assembler {
    let lexicon: Lexicon
    let article: Article
    let words: [SentenceWords]
    let mentions: [[Mention]]
    var coref: Coreference
    /// The day a piece that looks back ("Fifty years ago today") tells: undated past acts
    /// happened before it.
    var storyDay: CalendarDay? = nil
    /// The day a dateline gives each sentence, when it is not the publication day
    /// (`Extractor.datelineDays`): what a story filed a day early tells undated happened
    /// before its dateline. Empty when no dateline changes a day.
    var filedOn = FilingDays()

    /// Events that are one act per agent: a veto is cast by each member, a defection made by each person.
    static let perAgent: Set<String> = ["veto", "defection", "resignation"]

    mutating func assemble(into x: Extraction, events clusters: [EventMerger.Cluster]) -> Extraction {
        var x = x
        var index: [Int: Int] = [:]  // coref id → extraction actor index
        func actorIndex(_ raw: Int) -> Int? {
            let id = coref.canonical(raw)
            guard id >= 0, id < coref.actors.count else { return nil }
            if let i = index[id] { return i }
            let a = coref.actors[id]
            let name: String
            if let e = a.entry { name = e.name } else { name = a.name.joined(separator: " ") }
            guard !name.isEmpty else { return nil }
            var aliases: [String] = []
            for alias in a.aliases where alias != name && !aliases.contains(alias) { aliases.append(alias) }
            x.actors.append(ExtractedActor(name: name, kind: a.kind, aliases: aliases, isNamed: a.isNamed,
                                           country: a.entry?.kind == .country ? a.entry?.code : (a.country ?? a.entry?.code ?? a.roles.first?.of?.code),
                                           cameoCode: a.entry?.cameo, descriptor: a.isNamed ? nil : a.descriptor))
            index[id] = x.actors.count - 1
            return x.actors.count - 1
        }
        func entryIndex(_ e: Lexicon.Entry?) -> Int? {
            guard let e else { return nil }
            if let id = coref.byKey[e.key] { return actorIndex(id) }
            coref.actors.append(Coreference.Actor(entry: e, kind: e.kind, isNamed: true, aliases: [e.name]))
            coref.byKey[e.key] = coref.actors.count - 1
            return actorIndex(coref.actors.count - 1)
        }
        // Mentions, roles and relations.
        for (n, ms) in mentions.enumerated() {
            for m in ms where m.actor >= 0 {
                guard let a = actorIndex(m.actor) else { continue }
                let r = words[n][m.start].range.lowerBound..<words[n][m.end - 1].range.upperBound
                x.mentions.append(ActorMention(actor: a, sentence: n, range: r, text: m.text))
                for e in m.alsoNamed {
                    if let other = entryIndex(e), other != a { x.mentions.append(ActorMention(actor: other, sentence: n, range: r, text: m.text)) }
                }
                // The role, then the appositive one (read in turn, with no array built for them).
                func record(_ role: RoleInfo?) {
                    guard let role, coref.actors[coref.canonical(m.actor)].kind == .person else { return }
                    let of = entryIndex(role.of)
                    x.roles.append(ExtractedRole(actor: a, title: role.title, of: of, isFormer: role.isFormer, sentence: n, range: r))
                    if let to = entryIndex(role.to), role.head.hasPrefix("ambassador") || role.head == "envoy" || role.head == "representative" {
                        x.relations.append(ExtractedRelation(subject: a, predicate: role.head == "envoy" ? "envoy_to" : "ambassador_to", object: to, sentence: n))
                    }
                    if let of, let pred = Assembler.predicate(for: role) {
                        x.relations.append(ExtractedRelation(subject: a, predicate: pred, object: of, sentence: n))
                    }
                }
                record(m.role)
                record(m.appositiveRole)
                // "Colonel Riad al-Assad of the opposition Free Syrian Army": member_of.
                if coref.actors[coref.canonical(m.actor)].kind == .person, words[n].lower(m.end) == "of" {
                    var k = m.end + 1
                    while k < words[n].count, ["the", "opposition", "rebel", "activist"].contains(words[n].lower(k)) { k += 1 }
                    if let o = ms.first(where: { $0.start == k && $0.kind == .known }), let oi = actorIndex(o.actor), oi != a {
                        x.relations.append(ExtractedRelation(subject: a, predicate: "member_of", object: oi, sentence: n))
                    }
                }
            }
        }
        // Events.
        for cl in clusters {
            guard let lead = cl.members.filter({ !$0.anaphoric }).max(by: { $0.status.strength < $1.status.strength }) else { continue }
            var status = lead.status
            // "His office denied that he had fled ... Opposition sites said he had crossed the
            // border": when the article denies the event, an undated retelling does not vouch for it.
            if status == .asserted, cl.type == "defection", cl.members.contains(where: { $0.status == .denied }),
               !cl.members.contains(where: { $0.status == .asserted && $0.explicitDate != nil }) {
                status = .denied
            }
            let date = resolveDate(cl)
            let count = cl.members.map(\.count).max() ?? 1
            let object = cl.members.compactMap(\.object).max { $0.count < $1.count }
            var agentGroups: [[Int]] = Assembler.perAgent.contains(cl.type) ? cl.agents.map { [$0] } : [cl.agents]
            // "a couple of members of this Council" vetoed: one veto per member.
            // (Vetoes only: "ten soldiers defected" is one group's defection.)
            if cl.type == "veto" {
                agentGroups = agentGroups.flatMap { g -> [[Int]] in
                    guard let only = g.first, g.count == 1, let n = cl.members.compactMap({ $0.agentCounts[only] }).max(), n > 1 else { return [g] }
                    let base = coref.actors[coref.canonical(only)]
                    return (1...n).map { k in
                        var a = base
                        // One actor per member; the name stays the text's, the description says which.
                        a.descriptor = "\(base.descriptor ?? base.name.joined(separator: " ")) (\(k) of \(n))"
                        a.isNamed = false
                        a.isPlural = false
                        a.mergedInto = nil
                        coref.actors.append(a)
                        return [coref.actors.count - 1]
                    }
                }
            }
            for group in agentGroups {
                let agents = group.compactMap { actorIndex($0) }
                for k in 1...max(1, count) {
                    var participants = agents.map { EventParticipant(actor: $0, part: .agent) }
                    for f in lead.from { if let i = actorIndex(f) { participants.append(EventParticipant(actor: i, part: .from)) } }
                    for t in lead.to { if let i = actorIndex(t) { participants.append(EventParticipant(actor: i, part: .to)) } }
                    participants = participants.uniqued()
                    let names = agents.map { x.actors[$0].name }
                    var summary = Assembler.summary(type: cl.type, agents: names, object: object)
                    if count > 1 { summary += " (\(k) of \(count))" }
                    x.events.append(ExtractedEvent(type: cl.type, cameoCode: lead.trigger.cameo, ploverType: lead.trigger.plover,
                                                   status: status, date: date, participants: participants,
                                                   object: count > 1 ? "\(object ?? "") (\(k) of \(count))" : object,
                                                   sentence: lead.sentence, trigger: lead.range, summary: summary))
                }
            }
        }
        return x
    }

    static func predicate(for role: RoleInfo) -> String? {
        switch role.head {
        case "spokesman", "spokeswoman", "spokesperson": return "spokesperson_of"
        case "envoy": return "envoy_of"
        case "president", "king", "queen", "emir", "leader", "chairman", "prime", "chancellor", "secretary-general", "chief", "head": return "leader_of"
        default: return "member_of"
        }
    }

    /// The most precise date any reported reading gives; else the tense default.
    func resolveDate(_ cl: EventMerger.Cluster) -> EventDate {
        let readings = cl.members
        let reported = readings.filter { $0.status.isReported }
        let pool = reported.isEmpty ? readings : reported
        if let d = pool.compactMap(\.explicitDate).max(by: { $0.rank < $1.rank }) {
            // A defection is dated by its earliest act among the most precise dates.
            if cl.type == "defection" {
                return pool.compactMap(\.explicitDate).filter { $0.rank == d.rank }.min { ($0.start ?? d.start ?? CalendarDay(1, 1, 1)) < ($1.start ?? d.start ?? CalendarDay(1, 1, 1)) } ?? d
            }
            return d
        }
        guard let published = article.published else { return .unknown }
        let pub = pool.compactMap { filedOn[$0.sentence] }.min() ?? published
        if pool.contains(where: \.undatedPast) && !pool.contains(where: { $0.tense == .present || $0.tense == .progressive }) {
            return .before(nil, basis: "previously")
        }
        let present = pool.contains { [.present, .progressive].contains($0.tense) }
        if let story = storyDay, !present {
            return .before(story, basis: "look-back date")
        }
        let ledePerfect = pool.contains { $0.tense == .perfect && $0.sentence <= 2 }
        let spoken = EventMerger.communicative.contains(cl.type) && pool.contains { $0.tense == .past || $0.tense == .nominal || $0.tense == .infinitive }
        if present || ledePerfect || spoken {
            return .day(pub, basis: "publication date")
        }
        return .before(pub, basis: "publication date")
    }

    static func summary(type: String, agents: [String], object: String?) -> String {
        let who = agents.isEmpty ? "Someone" : agents.count == 1 ? agents[0] : agents.dropLast().joined(separator: ", ") + " and " + agents.last!
        let what: String
        switch type {
        case "defection": what = "defected"
        case "veto": what = "vetoed" + (object.map { " " + $0 } ?? " a resolution")
        case "resolution_adopted": what = "adopted " + (object ?? "a resolution")
        case "resolution_failed": what = "did not adopt " + (object ?? "a draft resolution")
        case "resolution_proposed": what = "proposed " + (object ?? "a resolution")
        case "statement": what = "made a statement"
        case "appeal": what = "made an appeal"
        case "meeting": what = "met"
        case "agreement": what = "agreed"
        case "resignation": what = "resigned"
        case "appointment": what = "made an appointment"
        default: what = type.replacingOccurrences(of: "_", with: " ")
        }
        return who + " " + what
    }
}

extension String {
    /// File-private: module-wide it shadowed Foundation's for every caller and trapped on
    /// a target of more than one character.
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        replacingAll(a, with: b)
    }
}
