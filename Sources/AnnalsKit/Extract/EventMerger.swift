/// Merges the candidates of one article into events: all readings of one real-world event
/// become one (same type, agents, compatible dates and resolution numbers); definite
/// nominal mentions ("the defection") join the latest event of their type; undated defaults
/// follow tense; a count ("two earlier attempts") makes several events; each veto of a draft
/// also makes the draft's failure.
struct EventMerger {
    let lexicon: Lexicon
    let article: Article
    var actors: [Coreference.Actor]
    let mentions: [[Mention]]
    /// The sentence that prints the headline, if the body repeats it.
    var headline: Int? = nil

    struct Cluster {
        /// The mentions of one event. Kept with `distinct`, the told (non-anaphoric) members that
        /// differ in what `compatible` reads, so that joining a cluster costs the number of
        /// distinct ways it was told, not the number of times (a long article repeating one
        /// event would otherwise make merging quadratic).
        var members: [EventCandidate] { didSet { summarize() } }
        var agents: [Int]
        var type: String
        var derived = false
        private(set) var distinct: [EventCandidate] = []
        private(set) var hasOtherDraft = false
        private(set) var hasFromVeto = false
        /// The dates of the members that refer back ("Yesterday's veto"): they date the event as
        /// surely as a told member does.
        private(set) var anaphoricDates: [EventDate] = []
        /// The signatures of `distinct`, kept as a set only once there are `setFrom` of them
        /// (before that, empty: the few distinct members are compared one by one, and a
        /// cluster told once or twice allocates no set).
        private var signatures: Set<Signature> = []
        private var summarized = 0
        private static let setFrom = 8

        init(members: [EventCandidate], agents: [Int], type: String) {
            self.members = members
            self.agents = agents
            self.type = type
            summarize()
        }

        /// What `compatible` reads of a member.
        private struct Signature: Hashable {
            var status: EventStatus, tense: EventCandidate.Tense, explicitDate: EventDate?, contextDate: EventDate?
            var undatedPast: Bool, counted: Bool, resolutionNumber: String?

            init(_ m: EventCandidate) {
                self.init(status: m.status, tense: m.tense, explicitDate: m.explicitDate, contextDate: m.contextDate,
                          undatedPast: m.undatedPast, counted: m.count > 1, resolutionNumber: m.resolutionNumber)
            }

            init(status: EventStatus, tense: EventCandidate.Tense, explicitDate: EventDate?, contextDate: EventDate?,
                 undatedPast: Bool, counted: Bool, resolutionNumber: String?) {
                self.status = status
                self.tense = tense
                self.explicitDate = explicitDate
                self.contextDate = contextDate
                self.undatedPast = undatedPast
                self.counted = counted
                self.resolutionNumber = resolutionNumber
            }
        }

        /// Takes in the members appended since the last call; starts over when members were
        /// removed or replaced (the count did not grow).
        private mutating func summarize() {
            if members.count <= summarized {
                distinct = []; signatures = []; hasOtherDraft = false; hasFromVeto = false; anaphoricDates = []; summarized = 0
            }
            for m in members[summarized...] {
                hasOtherDraft = hasOtherDraft || m.otherDraft
                hasFromVeto = hasFromVeto || m.fromVeto
                guard !m.anaphoric else {
                    if let d = m.explicitDate, d.precision != .before, !anaphoricDates.contains(d) { anaphoricDates.append(d) }
                    continue
                }
                let sig = Signature(m)
                if signatures.isEmpty && distinct.count >= Cluster.setFrom { signatures = Set(distinct.map(Signature.init)) }
                let isNew = signatures.isEmpty ? !distinct.contains { Signature($0) == sig } : signatures.insert(sig).inserted
                if isNew { distinct.append(m) }
            }
            summarized = members.count
        }
    }

    struct Result {
        var events: [Cluster]
        var coref: Coreference?
    }

    static let communicative: Set<String> = ["statement", "appeal", "demand", "criticism", "threat", "resolution_proposed", "meeting", "agreement"]

    func merge(_ raw: [EventCandidate], coref: Coreference) -> Result {
        var coref = coref
        var candidates = raw.map { c -> EventCandidate in
            var c = c
            c.agents = c.agents.map { coref.canonical($0) }
            c.from = c.from.map { coref.canonical($0) }
            c.to = c.to.map { coref.canonical($0) }
            c.agents = c.agents.uniqued()
            return c
        }
        // "Albania's ambassador, who co-wrote the text": a state's envoy drafts and vetoes for the
        // state, which is the agent.
        for n in candidates.indices where candidates[n].type == "resolution_proposed" || candidates[n].type == "veto" {
            candidates[n].agents = candidates[n].agents.map { id in
                let a = coref.actors[id]
                guard a.kind == .person, let state = a.roles.first(where: { EventMerger.envoyHeads.contains($0.head) })?.of,
                      state.kind == .country else { return id }
                return countryActor(state, &coref)
            }.uniqued()
        }
        // "after earlier double vetoes in October 2011": the agents of the latest such event told
        // before it (named ones first: "the two permanent members" are Russia and China).
        for n in candidates.indices where candidates[n].inheritsAgents {
            let earlier = candidates[..<n].filter { $0.type == candidates[n].type && !$0.agents.isEmpty && !$0.inheritsAgents }
            let prev = earlier.last { $0.agents.allSatisfy { coref.actors[$0].isNamed } } ?? earlier.last
            candidates[n].agents = prev?.agents ?? []
        }
        // "Minutes later a rival draft also failed": the day of the latest event dated to the day
        // in the two sentences before.
        for n in candidates.indices where candidates[n].followsPrevious && candidates[n].explicitDate == nil {
            let sn = candidates[n].sentence
            // ("The council then adopted": "then" goes on from the sentence right before, first.)
            candidates[n].explicitDate = (candidates[n].followsThen ? candidates[..<n].last { $0.explicitDate != nil && $0.sentence == sn - 1 }?.explicitDate : nil)
                ?? candidates.dayDate(before: n)
        }
        // An event of the "resolution" kinds with no agent is the body's: the one the article names.
        for n in candidates.indices where candidates[n].agents.isEmpty && !candidates[n].anaphoric {
            // "resolution 2202": a bare three- or four-digit number is a Security Council resolution.
            if ["resolution_adopted", "resolution_failed"].contains(candidates[n].type),
               let number = candidates[n].resolutionNumber, (3...4).contains(number.count), number.allSatisfy(\.isNumber), let b = unscActor(&coref) {
                candidates[n].agents = [b]
            } else if ["resolution_adopted", "resolution_failed"].contains(candidates[n].type), let b = defaultBody(coref, before: candidates[n].sentence) {
                candidates[n].agents = [b]
            }
        }
        // A call to defect is an appeal; a threat to veto is a threat: not the event itself.
        candidates = candidates.compactMap { c in
            var c = c
            if c.status == .calledFor && c.type != "appeal" {
                c.type = "appeal"
                c.trigger.cameo = "020"
                c.trigger.plover = "REQUEST"
            }
            return c.agents.isEmpty && !c.anaphoric ? nil : c
        }
        var clusters: [Cluster] = []
        for c in candidates {
            if c.refersBack, let k = clusters.lastIndex(where: { $0.type == c.type }) {
                var c = c
                c.anaphoric = true
                clusters[k].members.append(c)
                continue
            }
            if c.anaphoric {
                // "the veto", "his defection": the latest event of the type that its date fits.
                if let k = clusters.lastIndex(where: { cl in
                    cl.type == c.type && (c.explicitDate == nil || cl.members.allSatisfy { m in m.explicitDate.map { overlaps($0, c.explicitDate!) } ?? true })
                }) {
                    clusters[k].members.append(c)
                }
                continue
            }
            if let k = clusters.firstIndex(where: { compatible($0, c) }) {
                clusters[k].members.append(c)
                clusters[k].agents = Array(Set(clusters[k].agents).union(c.agents)).sorted()
            } else {
                clusters.append(Cluster(members: [c], agents: c.agents, type: c.type))
            }
        }
        // "X resigned in protest ... X announced his resignation on Monday": a defection told as a
        // resignation in protest is dated by the dated resignation of the same person.
        for k in clusters.indices where clusters[k].type == "defection" && clusters[k].members.allSatisfy({ $0.explicitDate == nil }) {
            guard clusters[k].members.contains(where: { $0.trigger.type == "resignation" || $0.trigger.phrase.contains("protest") }) else { continue }
            let agents = Set(clusters[k].agents)
            guard let r = clusters.first(where: { $0.type == "resignation" && !$0.agents.isEmpty && Set($0.agents).isSubset(of: agents) }),
                  var m = r.members.first(where: { $0.explicitDate != nil && $0.status.isReported }) else { continue }
            m.type = "defection"
            m.anaphoric = true
            clusters[k].members.append(m)
        }
        // "X has walked away from the leader ... X landed at Farnborough on Wednesday": an undated
        // defection is dated by the same person's dated arrival. Arrivals are not events themselves.
        for k in clusters.indices where clusters[k].type == "defection" && clusters[k].members.allSatisfy({ $0.explicitDate == nil }) {
            let agents = Set(clusters[k].agents)
            let published = article.published
            guard let r = clusters.first(where: { cl in
                cl.type == "arrival" && !cl.agents.isEmpty && Set(cl.agents).isSubset(of: agents)
                    && cl.members.contains { m in m.status == .asserted && (m.explicitDate?.start).map { d in published.map { d <= $0 } ?? true } == true }
            }), var m = r.members.first(where: { $0.explicitDate != nil && $0.status == .asserted }) else { continue }
            m.type = "defection"
            m.anaphoric = true
            clusters[k].members.append(m)
        }
        // "X has defected ... The 21-year-old announced her decision on Saturday": an undated
        // defection is dated by its announcement by the defector, told within two sentences.
        for k in clusters.indices where clusters[k].type == "defection" && clusters[k].members.allSatisfy({ $0.explicitDate == nil }) {
            let agents = Set(clusters[k].agents)
            let first = clusters[k].members.map(\.sentence).min() ?? 0
            let published = article.published
            guard !agents.isEmpty, var m = clusters.flatMap(\.members).first(where: { m in
                m.announcesMove && m.status == .asserted && !m.agents.isEmpty && Set(m.agents).isSubset(of: agents)
                    && m.sentence >= first && m.sentence <= first + 2
                    && (m.explicitDate?.start).map { d in published.map { d <= $0 } ?? true } == true
            }) else { continue }
            m.type = "defection"
            m.anaphoric = true
            clusters[k].members.append(m)
        }
        clusters.removeAll { $0.type == "arrival" }
        // "X said on Sunday he had left his post ... X fled to Jordan on Friday": a named person
        // defects once in a story; the acts are one defection, dated by the earliest.
        // ("1989: X leaves Labour ... 2002: X leaves the Alliance": a politician's moves between
        // parties told years apart are moves of their own.)
        let earliest = { (cl: Cluster) in cl.members.compactMap { $0.explicitDate?.start }.min() }
        let partyMove = { (cl: Cluster) in
            cl.members.contains { m in m.leavesParty || (m.from + m.to).contains { EventFinder.isParty(coref.actors[safe: $0]?.entry) } }
        }
        let yearsApart = { (a: Cluster, b: Cluster) -> Bool in
            guard partyMove(a), partyMove(b), let x = earliest(a), let y = earliest(b) else { return false }
            return abs(x.dayNumber - y.dayNumber) > 366
        }
        var n = 0
        while n < clusters.count {
            let cl = clusters[n]
            if cl.type == "defection", cl.agents.count == 1, let a = cl.agents.first, coref.actors[a].isNamed, coref.actors[a].kind == .person,
               let k = clusters[..<n].firstIndex(where: { $0.type == "defection" && $0.agents == cl.agents && !yearsApart($0, cl) }) {
                clusters[k].members += cl.members
                clusters.remove(at: n)
                continue
            }
            n += 1
        }
        mergeElaborations(&clusters)
        mergeHeadline(&clusters, coref)
        mergeDescribedDefectors(&clusters, coref)
        absorbCounts(&clusters)
        // "two permanent members vetoed": when the article names the vetoing members, an
        // unnamed plural agent is another description of them, not more vetoes.
        if clusters.contains(where: { $0.type == "veto" && $0.agents.contains { coref.actors[$0].isNamed } }) {
            clusters.removeAll { cl in
                cl.type == "veto" && cl.agents.allSatisfy { !coref.actors[$0].isNamed && coref.actors[$0].isPlural }
            }
        }
        // Each vetoed draft fails: one resolution_failed per veto cluster, unless the text tells it.
        // Vetoes are cast in the Security Council, so its drafts are the ones that fail.
        if let b = unscActor(&coref) {
            for cl in clusters where cl.type == "veto" {
                guard let first = best(cl) else { continue }
                var failed = first
                failed.type = "resolution_failed"
                failed.agents = [b]
                failed.count = cl.members.map(\.count).max() ?? 1
                failed.fromVeto = true
                // "Russia killed the text. ... Yesterday's veto": the failure is on the day a
                // mention that refers back gives, when no told one does.
                if failed.explicitDate == nil, cl.members.allSatisfy({ $0.anaphoric || $0.explicitDate == nil }), let d = cl.anaphoricDates.first {
                    failed.explicitDate = d
                }
                // A veto of "a similar text" makes a failure of its own.
                failed.otherDraft = cl.type == "veto" && cl.hasOtherDraft
                if let k = clusters.firstIndex(where: { $0.type == "resolution_failed" && compatible($0, failed) }) {
                    clusters[k].members.append(failed)
                    // "The draft was not adopted on Tuesday, owing to the negative votes cast by
                    // China and Russia": an undated veto takes the date of its draft's failure told
                    // in the same sentence.
                    if cl.members.allSatisfy({ $0.explicitDate == nil }),
                       let told = clusters[k].members.first(where: { !$0.fromVeto && $0.sentence == first.sentence && $0.explicitDate != nil }),
                       let v = clusters.firstIndex(where: { $0.type == "veto" && $0.agents == cl.agents && $0.members.contains { $0.range == first.range } }) {
                        var dated = first
                        dated.explicitDate = told.explicitDate
                        dated.anaphoric = true
                        clusters[v].members.append(dated)
                    }
                } else {
                    var d = Cluster(members: [failed], agents: [b], type: "resolution_failed")
                    d.derived = true
                    clusters.append(d)
                }
            }
        }
        return Result(events: clusters, coref: coref)
    }

    /// "The US vetoed three texts calling for a ceasefire", in an article whose chronology tells
    /// each of the three with its date: a count sums up acts of the same agents told one by one
    /// elsewhere, so it makes only the acts the article does not tell ("Russia has vetoed four
    /// drafts", one of them told on its day, makes three more).
    func absorbCounts(_ clusters: inout [Cluster]) {
        var n = 0
        while n < clusters.count {
            let cl = clusters[n]
            let count = cl.members.map(\.count).max() ?? 1
            // (Not the acts of a voting body: a council adopts many resolutions, and "had already
            // adopted three" need not be any of those the article dates.)
            guard count > 1, ["veto", "resolution_proposed"].contains(cl.type), !cl.agents.isEmpty,
                  let status = best(cl)?.status, status.isReported else { n += 1; continue }
            // An act told on its own with a date (not a mention that refers back).
            let toldWithDate = { (m: EventCandidate) in m.count == 1 && !m.anaphoric && m.explicitDate?.start != nil }
            // "In April 2012 it vetoed two drafts": only acts told within that time.
            let span = cl.members.first { $0.count > 1 }?.explicitDate
            let told = clusters.indices.filter { k in
                k != n && clusters[k].type == cl.type && clusters[k].agents == cl.agents
                    && clusters[k].members.allSatisfy { $0.count == 1 }
                    && clusters[k].members.contains { m in toldWithDate(m) && (span.map { overlaps($0, m.explicitDate!) } ?? true) }
                    && best(clusters[k])?.status == status
            }.count
            guard told > 0 else { n += 1; continue }
            let ownTold = cl.members.contains(where: toldWithDate) ? 1 : 0
            let untold = count - told - ownTold
            if untold <= 0 && ownTold == 0 { clusters.remove(at: n); continue }
            let remaining = max(1, untold + ownTold)
            for m in clusters[n].members.indices where clusters[n].members[m].count > remaining { clusters[n].members[m].count = remaining }
            n += 1
        }
    }

    /// "The United States had itself killed an earlier attempt. On Oct. 18, Washington cast the
    /// lone no vote against a Brazilian text": an act told as undated past, then told with a date
    /// by the same agents in the next two sentences, is that act.
    func mergeElaborations(_ clusters: inout [Cluster]) {
        EventMerger.absorb(&clusters) { clusters, n in
            let cl = clusters[n]
            guard !cl.agents.isEmpty, cl.members.allSatisfy({ $0.explicitDate == nil && $0.undatedPast && $0.count == 1 }),
                  let last = cl.members.map(\.sentence).max() else { return nil }
            return clusters.indices.first { k in
                k != n && clusters[k].type == cl.type && clusters[k].agents == cl.agents
                    && clusters[k].members.contains { $0.explicitDate != nil && $0.sentence > last && $0.sentence <= last + 2 }
            }
        }
    }

    /// Moves each cluster for which `target` names another into that one, its members as
    /// further mentions (anaphoric), and drops it. `target` gets the clusters as they stand
    /// and the index of the one to place.
    static func absorb(_ clusters: inout [Cluster], target: ([Cluster], Int) -> Int?) {
        var n = 0
        while n < clusters.count {
            if let k = target(clusters, n) {
                clusters[k].members += clusters[n].members.map { m in
                    var m = m
                    m.anaphoric = true
                    return m
                }
                clusters.remove(at: n)
                continue
            }
            n += 1
        }
    }

    /// "A senior North Korean diplomat in London has defected ... Thae Yong-ho, the deputy
    /// ambassador, ...": a defection by one unnamed person is that of the one named defector of
    /// the same kind (a title of the same category, or a head word in common) and country the
    /// story tells, when it is told as surely and at the same time (or, undated, in the lede).
    func mergeDescribedDefectors(_ clusters: inout [Cluster], _ coref: Coreference) {
        func category(_ head: String) -> String? {
            let c = lexicon.titles[head]?.category ?? lexicon.titles[String(head.dropLast())]?.category
            return c == "other" ? nil : c
        }
        let heads = EventMerger.headWords
        func kinds(_ a: Coreference.Actor) -> Set<String> { Set(heads(a).compactMap(category)) }
        EventMerger.absorb(&clusters) { clusters, n in
            let cl = clusters[n]
            guard cl.type == "defection", cl.agents.count == 1, let a = cl.agents.first, let told = best(cl) else { return nil }
            let u = coref.actors[a]
            guard !u.isNamed, u.kind == .person, !u.isPlural, !coref.isAnotherOne(a), !heads(u).isEmpty else { return nil }
            let targets = clusters.indices.filter { k in
                guard k != n, clusters[k].type == "defection", clusters[k].agents.count == 1, let other = best(clusters[k]) else { return false }
                let p = coref.actors[clusters[k].agents[0]]
                guard p.isNamed, p.kind == .person, u.country == nil || p.country == nil || u.country == p.country,
                      !heads(p).isDisjoint(with: heads(u))
                        // A generic word of the kind ("a senior diplomat" for a deputy ambassador),
                        // not another rank ("a brigadier general" is not the colonel).
                        || !heads(u).isDisjoint(with: EventMerger.genericHeads) && !kinds(p).isDisjoint(with: kinds(u)) else { return false }
                guard told.status == other.status || told.status == .asserted && other.status.isReported else { return false }
                if let x = told.explicitDate, let y = other.explicitDate { return overlaps(x, y) }
                // Undated, only the lede's description ("A senior diplomat has defected") sums up
                // the named one; later in the story an unnamed one is someone else.
                return (cl.members.map(\.sentence).min() ?? 0) <= 4
            }
            return targets.count == 1 ? targets[0] : nil
        }
    }

    /// "Syrian Pilot Flies Fighter Jet to Jordan" over "A Syrian air force colonel flew his
    /// MiG-21 across the border ... on Thursday": a headline event by an unnamed actor is the
    /// event of its type the story opens with (within six sentences of the headline), by an
    /// actor of the same kind (a head word in common) and country.
    func mergeHeadline(_ clusters: inout [Cluster], _ coref: Coreference) {
        guard let h = headline else { return }
        func sameReferent(_ a: Int, _ b: Int) -> Bool {
            let x = coref.actors[a], y = coref.actors[b]
            guard x.isPlural == y.isPlural, x.country == nil || y.country == nil || x.country == y.country else { return false }
            let heads = EventMerger.headWords
            return !heads(x).isDisjoint(with: heads(y))
        }
        EventMerger.absorb(&clusters) { clusters, n in
            let cl = clusters[n]
            guard cl.members.allSatisfy({ $0.sentence == h }), !cl.agents.isEmpty, cl.agents.allSatisfy({ !coref.actors[$0].isNamed }) else { return nil }
            return clusters.indices.first { k in
                k != n && clusters[k].type == cl.type
                    && clusters[k].members.contains { $0.sentence > h && $0.sentence <= h + 6 }
                    && cl.agents.allSatisfy { a in clusters[k].agents.contains { sameReferent(a, $0) } }
            }
        }
    }

    func best(_ cl: Cluster) -> EventCandidate? {
        cl.members.filter { !$0.anaphoric }.max { $0.status.strength < $1.status.strength } ?? cl.members.first
    }

    /// Whether the agents of one list are all among the other's (either way), as sets: a few
    /// agents are compared one by one, with no set allocated for either list.
    static func nested(_ a: [Int], _ b: [Int]) -> Bool {
        guard a.count <= 16 && b.count <= 16 else {
            let a = Set(a), b = Set(b)
            return a.isSubset(of: b) || b.isSubset(of: a)
        }
        return a.allSatisfy(b.contains) || b.allSatisfy(a.contains)
    }

    func compatible(_ cl: Cluster, _ c: EventCandidate) -> Bool {
        guard cl.type == c.type else { return false }
        guard EventMerger.nested(cl.agents, c.agents) else { return false }
        // The failure a veto implies is not that of "a rival draft" that "also failed".
        if c.fromVeto && cl.hasOtherDraft { return false }
        if c.otherDraft && cl.hasFromVeto { return false }
        // "they blocked a similar text": not the veto told before.
        if c.type == "veto", c.otherDraft != cl.hasOtherDraft { return false }
        // "Yesterday's veto was a confession" dates the veto told before it: a veto told on
        // March 15, 2014 is another one.
        // A count ("have vetoed two US drafts") sums up acts told with their dates elsewhere.
        if let y = c.explicitDate, c.count == 1, cl.distinct.allSatisfy({ $0.count == 1 }),
           cl.anaphoricDates.contains(where: { !overlaps($0, y) }) { return false }
        for m in cl.distinct {
            // "chose to abstain rather than block it": an act that did not happen is not one told elsewhere.
            if m.status == .negated || c.status == .negated, m.status != c.status { return false }
            // "no vetoes by the United States, Britain, ... to be adopted" (a rule) is not a veto told.
            if (m.status == .hypothetical) != (c.status == .hypothetical) { return false }
            if let x = m.resolutionNumber, let y = c.resolutionNumber, x != y { return false }
            if let x = m.explicitDate, let y = c.explicitDate, !overlaps(x, y) { return false }
            // "The draft, submitted by France and the UK, ... today" and "on 28 February ... That
            // text, presented by France and the UK": drafts put to votes on different days are
            // different drafts.
            if cl.type == "resolution_proposed", let x = m.explicitDate, let y = c.explicitDate, x.precision == .before, y.precision == .before,
               let e1 = x.end, let e2 = y.end, abs(e1.dayNumber - e2.dayNumber) > 3 { return false }
            // "Russia vetoes UN draft" (today's act, told undated in the present or perfect) is not
            // "On Feb. 25 ... Russia blocked a draft", told as history.
            if let pub = article.published {
                let old = { (d: EventDate?) -> Bool in d?.end.map { $0 < pub.adding(days: -7) } ?? false }
                let now = { (x: EventCandidate) -> Bool in x.explicitDate == nil && !x.undatedPast && [.present, .perfect, .progressive].contains(x.tense) }
                if now(c) && old(m.explicitDate) || now(m) && old(c.explicitDate) { return false }
            }
            if let x = m.contextDate, let y = c.contextDate, !overlaps(x, y) { return false }
            if m.undatedPast != c.undatedPast && (m.explicitDate != nil || c.explicitDate != nil || m.tense == .present || c.tense == .present) { return false }
            if m.count > 1 || c.count > 1, m.undatedPast != c.undatedPast { return false }
        }
        return true
    }

    func overlaps(_ a: EventDate, _ b: EventDate) -> Bool {
        guard let a1 = a.end, let b1 = b.end else { return true }
        let a0 = a.start ?? CalendarDay(1, 1, 1), b0 = b.start ?? CalendarDay(1, 1, 1)
        return a0 <= b1 && b0 <= a1
    }

    /// The body an agentless adoption or failure belongs to: the voting body named last at or
    /// before its sentence ("the assembly adopted ... resolution 2202, adopted in 2015" after a
    /// paragraph about the Security Council is the Council's), else the most named one.
    func defaultBody(_ coref: Coreference, before sentence: Int) -> Int? {
        let isBody = { (id: Int) -> Bool in coref.actors[coref.canonical(id)].entry?.adoptsResolutions == true }
        for n in stride(from: min(sentence, mentions.count - 1), through: 0, by: -1) {
            if let m = mentions[n].last(where: { $0.actor >= 0 && isBody($0.actor) }) { return coref.canonical(m.actor) }
        }
        let bodies = coref.actors.indices.filter { coref.actors[$0].mergedInto == nil && coref.actors[$0].entry?.adoptsResolutions == true }
        return bodies.max { coref.actors[$0].mentions < coref.actors[$1].mentions }
    }

    /// The head words an actor is described by, in the singular ("pilots" -> "pilot"), from its
    /// descriptions and its roles (both read lower-cased).
    static func headWords(_ a: Coreference.Actor) -> Set<String> {
        let singular = { (w: String) in w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w }
        return Set(a.heads.map(singular) + a.roles.map { singular($0.head) })
    }

    /// Words for any holder of a kind of post ("a senior diplomat", "an army commander").
    static let genericHeads: Set<String> = ["diplomat", "official", "officer", "soldier", "envoy", "commander", "politician", "lawmaker", "head of government", "head of state"]

    /// Titles of people who speak and vote for their state at the United Nations.
    static let envoyHeads: Set<String> = ["ambassador", "envoy", "representative", "delegate"]

    func countryActor(_ entry: Lexicon.Entry, _ coref: inout Coreference) -> Int {
        if let id = coref.byKey[entry.key] { return coref.canonical(id) }
        coref.actors.append(Coreference.Actor(entry: entry, kind: entry.kind, isNamed: true, country: entry.code, aliases: [entry.name]))
        coref.byKey[entry.key] = coref.actors.count - 1
        return coref.actors.count - 1
    }

    func unscActor(_ coref: inout Coreference) -> Int? {
        guard let entry = lexicon.places["security council"] ?? lexicon.places["u.n. security council"] else { return nil }
        if let id = coref.byKey[entry.key] { return id }
        coref.actors.append(Coreference.Actor(entry: entry, kind: entry.kind, isNamed: true, aliases: [entry.name]))
        coref.byKey[entry.key] = coref.actors.count - 1
        return coref.actors.count - 1
    }
}
