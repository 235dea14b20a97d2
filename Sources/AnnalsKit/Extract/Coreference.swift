/// In-article coreference: mentions become actors. Names cluster by their tokens
/// ("Hillary Rodham Clinton" / "Secretary Clinton" / "Clinton"), pronouns take the latest
/// fitting antecedent, definite descriptions ("the soldier", "the general") the latest actor
/// with that head or title, and unnamed actors join a named one when the article says so.
struct Coreference {
    struct Actor {
        var name: [String] = []
        var entry: Lexicon.Entry?
        var kind: ActorKind
        var isNamed: Bool
        var roles: [RoleInfo] = []
        var heads: Set<String> = []
        var descriptor: String?
        var country: String?
        var aliases: [String] = []
        var isPlural = false
        var firstSentence = 0
        /// The sentence of the latest mention resolved to this actor.
        var lastSentence = 0
        var mentions = 0
        var mergedInto: Int?
        var hedge: EventStatus?
        var count: Int?
        /// What the name, an honorific or a noun tells ("Yair Lapid", "Mrs. X", "the
        /// chairwoman"); nil when nothing does.
        var gender: Gender?
    }

    var actors: [Actor] = []
    /// Given names (lower case), which are never a family name written first, unless they
    /// are also in `familyNamesFirst`.
    var givenNames: Set<String> = []
    var givenNameGenders: [String: Gender] = [:]
    var familyNamesFirst: Set<String> = []
    /// Heads of unnamed descriptions that denote one person ("a soldier", "a radio operator"):
    /// the singulars of `person_nouns.tsv` (`Lexicon.personHeads`).
    var personHeads: Set<String> = []
    /// First and last words of the person names the article confirms (see `resolve`).
    var confirmedNameWords: Set<String> = []
    var byKey: [String: Int] = [:]

    /// Whether two descriptions with the same head name different crafts by the word right
    /// before it ("freestyle wrestler", "Greco-Roman wrestler"); adjectives of age, rank or
    /// nationality ("young", "senior", "Cuban") say nothing of the craft.
    static func craftsDiffer(_ a: (text: String, country: String?), _ b: (text: String, country: String?), head: String) -> Bool {
        func craft(_ d: (text: String, country: String?)) -> String? {
            let words = d.text.split(whereSeparator: { $0 == " " }).map(String.init)
            guard let h = words.lastIndex(where: { $0.lowercased() == head }), h >= 1 else { return nil }
            let word = words[h - 1], w = word.lowercased()
            // (A capitalised word in a description that names a country is its demonym: "a Cuban wrestler".)
            if word.first?.isUppercase == true && d.country != nil { return nil }
            return MentionFinder.modifierWords.contains(w) || MentionFinder.articles.contains(w) || ["this", "that", "young", "old", "older", "younger"].contains(w)
                || w.first.map({ !$0.isLetter }) == true ? nil : w
        }
        guard let x = craft(a), let y = craft(b) else { return false }
        return x != y
    }

    /// Heads of diplomats' posts, which "the diplomat" can take up again.
    static let diplomatHeads: Set<String> = ["ambassador", "envoy", "consul", "attache", "attaché", "chargé", "charge", "counselor", "counsellor", "secretary"]


    /// Pronouns for anyone at all: a "he" they govern names no one of the story. Not
    /// "everyone" or "nobody" ("Everyone knew he had defected": "he" is someone told).
    static let indefinitePronouns: WordSet = ["someone", "somebody", "anyone", "anybody", "whoever"]

    /// Verbs of telling someone something: "informed X that", "told X that".
    static let tellingVerbs: WordSet = ["told", "informed", "assured", "warned", "notified", "reminded", "tells", "informs", "assures", "warns"]

    /// The actor of the person who tells an object "that" right before `m`: in "A had informed
    /// B that he", A.
    /// Also after a place ("told supporters at Government House that he"), in a second
    /// complement ("told X that Y had failed and that he was leaving") and after "who" ("Z,
    /// the governor, who told supporters that he": Z).
    static func teller(before m: Mention, in earlier: ArraySlice<Mention>, words s: SentenceWords) -> Int? {
        guard m.start >= 4, s.lower(m.start - 1) == "that" else { return nil }
        var that = m.start - 1
        if s.lower(that - 1) == "and", let first = (max(1, that - 30)..<(that - 1)).first(where: { s.lower($0) == "that" }),
           !(first..<that).contains(where: { [".", ";", ":"].contains(s.lower($0)) }) { that = first }
        // The telling verb: its object (a name or "supporters") and at most a short place
        // between it and "that".
        guard let verb = (max(1, that - 8)..<(that - 1)).last(where: { Coreference.tellingVerbs.contains(s.lower($0)) }),
              !(verb + 1..<that).contains(where: { s[$0].isPunct }) else { return nil }
        var k = verb
        while k > 0, WordClass.auxiliaries.contains(s.lower(k - 1)) || s.lower(k - 1) == "also" { k -= 1 }
        if let subject = earlier.last(where: { $0.end == k }), subject.actor >= 0, subject.kind == .person || subject.kind == .unnamed && !subject.isPlural {
            return subject.actor
        }
        // ("Z, the governor of Sokoto, who": the nearest person before "who".)
        guard k >= 2, s.lower(k - 1) == "who" else { return nil }
        return earlier.last(where: { $0.end <= k - 1 && $0.end >= k - 12 && $0.actor >= 0 && $0.kind == .person })?.actor
    }

    /// The person who says "that" right before `m` when a relative clause stands between
    /// the person and the saying verb: in "A, who sat in the Cabinet under B and C, announced
    /// at the weekend that he had left", A (not C, the nearest name). The verb may be followed
    /// by a short phrase of time or place; nil when the sentence is not built that way.
    static func sayerAcrossRelative(before m: Mention, in earlier: ArraySlice<Mention>, words s: SentenceWords) -> Int? {
        guard m.start >= 6, s.lower(m.start - 1) == "that",
              let verb = (max(1, m.start - 6)..<(m.start - 1)).last(where: { s.has($0, .reportingVerb) || s.lower($0) == "confirmed" }),
              !(verb + 1..<(m.start - 1)).contains(where: { s[$0].isPunct }) else { return nil }
        var k = verb
        while k > 0, WordClass.auxiliaries.contains(s.lower(k - 1)) { k -= 1 }
        // ", who ... ," closes right before the verb.
        guard k >= 4, s.lower(k - 1) == "," else { return nil }
        guard let who = (max(1, k - 30)..<(k - 1)).last(where: { s.lower($0) == "who" && s.lower($0 - 1) == "," }),
              !(who..<(k - 1)).contains(where: { [".", ";", ":", "that"].contains(s.lower($0)) }),
              let person = earlier.last(where: { $0.end == who - 1 }), person.actor >= 0, person.kind == .person else { return nil }
        return person.actor
    }

    /// Whether `m` speaks in a reporting clause set off by a comma: ", a diplomat in the region
    /// said on Monday,".
    static func isParentheticalSource(_ m: Mention, in s: SentenceWords) -> Bool {
        guard m.start > 0, s.lower(m.start - 1) == "," else { return false }
        var k = m.end
        while k < s.count, k < m.end + 4, !s[k].isPunct {
            if s.has(k, .reportingVerb) { return true }
            k += 1
        }
        return false
    }

    /// "The government ... is led by Heng Samrin, a former commander. He broke with Pol Pot":
    /// the agent of a passive is its clause's doer, not an object a later "he" passes over.
    static func isPassiveAgent(_ m: Mention, in s: SentenceWords) -> Bool {
        guard m.start >= 2, s.lower(m.start - 1) == "by" else { return false }
        let v = s.lower(m.start - 2)
        return v.hasSuffix("ed") || v.hasSuffix("en") || ["led", "held", "won", "run", "made", "taught", "brought", "sent", "told", "built", "kept", "caught", "found", "struck", "shot", "hit", "set"].contains(v)
    }

    /// "THORNE: Because it has a second act.": a name opening a sentence before a colon.
    static func isSpeakerLabel(_ m: Mention, in s: SentenceWords) -> Bool {
        m.start == 0 && m.kind == .person && s.lower(m.end) == ":"
    }

    static func key(_ name: [String]) -> String { name.map { $0.lowercased() }.joined(separator: " ") }

    static func surname(_ name: [String]) -> String {
        guard var last = name.last?.lowercased() else { return "" }
        for p in ["al-", "el-", "ad-", "as-"] where last.hasPrefix(p) { last = String(last.dropFirst(p.count)) }
        return last
    }

    /// Resolves every mention of every sentence, in order; returns the mentions with `actor` set.
    mutating func resolve(_ sentences: [[Mention]], words: [SentenceWords]) -> [[Mention]] {
        var out = sentences
        // Name words the article confirms somewhere ("Ryu said ..."): an unconfirmed use of the
        // same name before it ("Ryu Song-chol's job") is that person too.
        for ms in sentences {
            for m in ms where m.kind == .person && m.count != -1 {
                // The first name word, then the last (no array built for the two).
                if let t = m.name.first { confirmedNameWords.insert(t.lowercased()) }
                if let t = m.name.last { confirmedNameWords.insert(t.lowercased()) }
            }
        }
        var recent: [Int] = []  // actor ids in order of mention, newest last
        var objectOnly: [Int: Bool] = [:]  // whether an actor's latest mention followed a preposition
        for si in out.indices {
            for mi in out[si].indices {
                var m = out[si][mi]
                var id: Int?
                // "Every time someone disappears, the rumor goes around that he has defected": a
                // "he" after "someone" in its sentence is that anyone, no person of the story.
                let personPronoun = m.kind == .pronoun && WordClass.singularPersonPronouns.contains(m.head ?? "")
                let boundByAnyone = personPronoun && (0..<m.start).contains { Coreference.indefinitePronouns.contains(words[si].lower($0)) }
                // "He" opening a sentence is the previous sentence's subject, not its last name.
                if personPronoun, si > 0, !boundByAnyone,
                   m.start == 0 || [",", "and", "but"].contains(words[si].lower(m.start - 1)) {
                    let prev = words[si - 1]
                    let people = out[si - 1].filter { p in
                        guard p.actor >= 0, !Coreference.isSpeakerLabel(p, in: prev) else { return false }
                        let a = actors[canonical(p.actor)]
                        return a.kind == .person && !a.isPlural && fits(p.actor, pronoun: m.head) && (!WordClass.prepositions.contains(prev.lower(p.start - 1)) || Coreference.isPassiveAgent(p, in: prev))
                    }
                    var subject = people.first
                    // "An official has confirmed that Hijab is in Jordan. He is said to have
                    // crossed ...": after a source's report, the person it reports on.
                    if let source = subject, let v = (source.end..<min(prev.count, source.end + 4)).first(where: { prev.has($0, .reportingVerb) || ["confirmed", "confirms", "reported"].contains(prev.lower($0)) }),
                       let reported = people.first(where: { $0.start > v && $0.start <= v + 6 && $0.kind == .person && canonical($0.actor) != canonical(source.actor) }) {
                        subject = reported
                    }
                    id = subject.map { canonical($0.actor) }
                }
                // "It was not the first time Moscow had blocked the council over Ukraine. In March
                // 2014, it cast the lone veto": a subject "it" is the previous sentence's first
                // country or body that is not the object of a preposition.
                // "On Dec. 8 it was again the only no": so is one right after an opening time.
                if id == nil, m.kind == .pronoun, si > 0, m.head == "it", m.start > 0,
                   words[si].lower(m.start - 1) == "," || m.start <= 5 && (words[si][m.start - 1].isNumber || words[si].has(m.start - 1, .temporalWord)) {
                    // An "it" there counts when it too follows an opening phrase (a sentence-initial "It" may be empty).
                    id = out[si - 1].first { p in
                        guard p.actor >= 0, p.kind != .pronoun || p.head == "it" && p.start > 0 else { return false }
                        let a = actors[canonical(p.actor)]
                        return (a.kind == .country || a.kind == .organization) && !WordClass.prepositions.contains(words[si - 1].lower(p.start - 1))
                            && !(p.start >= 2 && WordClass.prepositions.contains(words[si - 1].lower(p.start - 2)) && words[si - 1].lower(p.start - 1) == "the")
                    }.map { canonical($0.actor) }
                }
                // "Shevchenko had informed Secretary General Waldheim that he was absenting
                // himself": after "told X that", "he" is the teller.
                if id == nil, personPronoun, !boundByAnyone,
                   let teller = Coreference.teller(before: m, in: out[si][..<mi], words: words[si])
                    ?? Coreference.sayerAcrossRelative(before: m, in: out[si][..<mi], words: words[si]), fits(teller, pronoun: m.head) {
                    id = canonical(teller)
                }
                // "He was an Iraqi pilot": a description right after a copula says what its
                // subject is; it brings in nobody new.
                // ("who said he was a sergeant" is his claim, kept apart.)
                // ("X, who was himself a Khmer Rouge battalion commander": so after a reflexive,
                // and with "who" for the subject.)
                let w = words[si]
                let copula = m.start >= 3 && w.lower(m.start - 1, isEither: "himself", or: "herself") ? m.start - 2 : m.start - 1
                if id == nil, m.kind == .unnamed, !m.isPlural, m.groupKind == nil, m.count == nil, m.hedge == nil, copula >= 1,
                   WordClass.beForms.contains(w.lower(copula)), !w[copula].isPossessive,
                   let subject = out[si][..<mi].last(where: { $0.end == copula && $0.actor >= 0 })
                    ?? (copula >= 2 && w.lower(copula - 1) == "who"
                        ? out[si][..<mi].last(where: { ($0.end == copula - 1 || $0.end == copula - 2 && w.lower(copula - 2) == ",") && $0.actor >= 0 && $0.kind == .person }) : nil),
                   case let described = canonical(subject.actor), actors[described].kind == .person, !actors[described].isPlural {
                    id = described
                    addRole(m.role, to: described)
                }
                if id == nil, !boundByAnyone {
                    // "a former tutor of Kim Jong Il ... He remains ...": a person told only as the
                    // object of a preposition is not who a later "he" means when another is at hand.
                    var candidates = recent
                    if personPronoun {
                        let subjects = recent.filter { !(objectOnly[canonical($0)] ?? false) }
                        if subjects.contains(where: { actors[canonical($0)].kind == .person && !actors[canonical($0)].isPlural && fits($0, pronoun: m.head) }) { candidates = subjects }
                        // "X has left Syria, a diplomat said, setting off reports that he had
                        // defected": the source set off by commas is not whom the report is about.
                        // Only after a person the sentence told first ("In the statement, the prime
                        // minister said he" has no other).
                        let before = out[si][..<mi]
                        let sources = Set(before.filter { src in
                            src.actor >= 0 && Coreference.isParentheticalSource(src, in: words[si])
                                && before.contains { $0.end < src.start && $0.actor >= 0 && $0.actor != src.actor && actors[canonical($0.actor)].kind == .person }
                        }.map { canonical($0.actor) })
                        let others = candidates.filter { !sources.contains(canonical($0)) }
                        if !sources.isEmpty, others.contains(where: { actors[canonical($0)].kind == .person && !actors[canonical($0)].isPlural && fits($0, pronoun: m.head) }) { candidates = others }
                    }
                    id = assign(&m, recent: candidates, relativeFollows: words[si].has(m.end, .relativePronoun))
                }
                // Places and bodies the mention names besides its own actor ("a U.S.-Albanian
                // draft"), and the state a delegate speaks and votes for ("the Soviet delegate").
                let stateVoiced = m.role.flatMap { Coreference.representsState($0) ? $0.of : nil }
                for e in m.alsoNamed + (stateVoiced.map { [$0] } ?? []) where byKey[e.key] == nil {
                    byKey[e.key] = newActor(Actor(entry: e, kind: e.kind, isNamed: true, country: e.code, aliases: [e.name], firstSentence: si))
                }
                // "The pilot, Col. X": the earlier "a Syrian pilot" is X.
                if let id, let head = m.describedAs, m.kind == .person,
                   let u = recent.reversed().map({ canonical($0) }).first(where: { !actors[$0].isNamed && actors[$0].kind == .person && !actors[$0].isPlural && (actors[$0].heads.contains(head) || actors[$0].roles.contains { $0.head == head }) }),
                   u != id, isDeputy(u) == [m.role, m.appositiveRole].contains(where: { $0.map { Coreference.isDeputyTitle($0.title) } ?? false }) {
                    merge(u, into: id)
                }
                m.actor = id ?? -1
                out[si][mi] = m
                // "THORNE: ... He landed": a transcript's speaker label is who speaks, not whom a
                // "he" of the answer means (she would say "I").
                if let id, !Coreference.isSpeakerLabel(m, in: words[si]) {
                    // ("that of Rear Admiral X, who was posted at ...": a relative clause makes the
                    // object the subject of its own verb.)
                    let w = words[si]
                    let relative = w.lower(m.end) == "who" || w.lower(m.end) == "," && w.lower(m.end + 1) == "who"
                    objectOnly[id] = m.kind != .pronoun && m.start > 0 && WordClass.prepositions.contains(w.lower(m.start - 1)) && !Coreference.isPassiveAgent(m, in: w) && !relative
                    actors[id].mentions += 1
                    actors[id].lastSentence = si
                    noteGender(of: m, for: id)
                    recent.removeAll { $0 == id }
                    recent.append(id)
                }
            }
        }
        return out
    }

    /// Maps the mentions' actors through every merge, in place (no array of each sentence's
    /// mentions copied when the caller holds the only reference).
    func canonicalize(_ sentences: inout [[Mention]]) {
        for si in sentences.indices {
            for mi in sentences[si].indices {
                sentences[si][mi].actor = canonical(sentences[si][mi].actor)
            }
        }
    }

    /// "Syria's ambassador to Iraq defected. Nawaf Fares urged ...": a definite role description
    /// followed, at the start of the next sentence, by a newly named person without a role of
    /// their own, is that person (the way news introduces a name one sentence late).
    mutating func bridge(_ sentences: [[Mention]]) {
        for k in 0..<max(0, sentences.count - 1) {
            for m in sentences[k] where m.kind == .unnamed && m.isDefinite && m.role != nil && m.actor >= 0 && !Coreference.isSuperlative(m.text) {
                let u = canonical(m.actor)
                guard !actors[u].isNamed, actors[u].kind == .person, !actors[u].isPlural else { continue }
                guard let first = sentences[k + 1].first, first.kind == .person, first.start == 0, first.actor >= 0 else { continue }
                let p = canonical(first.actor)
                guard actors[p].isNamed, actors[p].firstSentence == k + 1 else { continue }
                merge(u, into: p)
            }
        }
    }

    func canonical(_ id: Int) -> Int {
        var id = id
        while id >= 0, let next = actors[id].mergedInto { id = next }
        return id
    }

    private mutating func newActor(_ a: Actor) -> Int {
        actors.append(a)
        return actors.count - 1
    }

    /// The actor mention `m` names, given the actors of the sentences just before (`recent`);
    /// `relativeFollows` when a relative pronoun follows the mention ("the guerrilla who ...").
    private mutating func assign(_ m: inout Mention, recent: [Int], relativeFollows: Bool = false) -> Int? {
        switch m.kind {
        case .known:
            guard let e = m.entry else { return nil }
            if let id = byKey[e.key] {
                if !actors[id].aliases.contains(m.text) { actors[id].aliases.append(m.text) }
                return id
            }
            let id = newActor(Actor(entry: e, kind: e.kind, isNamed: true, country: e.code, aliases: [m.text], firstSentence: m.sentence))
            byKey[e.key] = id
            return id
        case .person:
            let key = Coreference.key(m.name)
            if let id = byKey["p:" + key] { addRole(m.role, to: id); addRole(m.appositiveRole, to: id); return id }
            // A shorter or longer form of a known name: surname, or first + last.
            var candidates = actors.indices.filter { id in
                actors[id].kind == .person && actors[id].isNamed && actors[id].mergedInto == nil
                    && Coreference.compatible(actors[id].name, m.name)
            }
            // "Thae Yong Ho" ... "Thae", "Kim Jong Un" ... "Kim": a family name written first,
            // used alone, when only one person carries it first. So is a given name ("Berhane
            // Kidanemariam" ... "Berhane": Ethiopians are called by it).
            if candidates.isEmpty, m.name.count == 1 {
                let first = actors.indices.filter { id in
                    actors[id].kind == .person && actors[id].isNamed && actors[id].mergedInto == nil
                        && actors[id].name.count >= 2 && actors[id].name[0].lowercased() == m.name[0].lowercased()
                }
                if first.count == 1 { candidates = first }
            }
            // "Orestes Lorenzo Pérez" ... "Lorenzo": a Spanish paternal surname, the middle of
            // three names, used alone, when one person carries it there and nobody carries it first.
            if candidates.isEmpty, m.name.count == 1 {
                let w = m.name[0].lowercased()
                let named = actors.indices.filter { actors[$0].kind == .person && actors[$0].isNamed && actors[$0].mergedInto == nil }
                let middle = named.filter { id in
                    let n = actors[id].name
                    return n.count >= 3 && n[1..<(n.count - 1)].contains { $0.lowercased() == w }
                }
                if middle.count == 1, !named.contains(where: { actors[$0].name.first?.lowercased() == w }) { candidates = middle }
            }
            if !candidates.isEmpty {
                // Prefer a candidate whose role matches the title used now, then the most mentioned.
                let pick = candidates.max { a, b in
                    let ra = m.role.map { r in actors[a].roles.contains { $0.head == r.head } } ?? false
                    let rb = m.role.map { r in actors[b].roles.contains { $0.head == r.head } } ?? false
                    if ra != rb { return !ra }
                    return actors[a].mentions < actors[b].mentions
                }!
                if m.name.count > actors[pick].name.count { actors[pick].name = m.name }
                byKey["p:" + key] = pick
                if !actors[pick].aliases.contains(m.text) { actors[pick].aliases.append(m.text) }
                addRole(m.role, to: pick)
                addRole(m.appositiveRole, to: pick)
                return pick
            }
            if m.count == -1 && m.role == nil
                && !(m.name.count >= 2 && [m.name.first, m.name.last].compactMap({ $0?.lowercased() }).contains(where: confirmedNameWords.contains)) {
                // A weak single name ("Homs", "YouTube"): not an actor unless it speaks later.
                return nil
            }
            let id = newActor(Actor(name: m.name, kind: .person, isNamed: true, aliases: [m.text], firstSentence: m.sentence))
            byKey["p:" + key] = id
            addRole(m.role, to: id)
            addRole(m.appositiveRole, to: id)
            return id
        case .pronoun:
            let w = m.head ?? ""
            if WordClass.firstPerson.contains(w) { return nil }
            let wantPerson = WordClass.singularPersonPronouns.contains(w)
            let wantPlural = ["they", "them", "their", "themselves"].contains(w)
            for id in recent.reversed() {
                let a = actors[canonical(id)]
                if wantPerson && a.kind == .person && !a.isPlural && fits(id, pronoun: w) { return canonical(id) }
                if wantPlural && (a.isPlural || a.kind == .group) { return canonical(id) }
                // "Shelby had been voting with Republicans ... he was joining them": a party told
                // by its members' plural name is what "them" can mean.
                if w == "them", EventFinder.isParty(a.entry), a.aliases.last?.hasSuffix("s") == true { return canonical(id) }
                if !wantPerson && !wantPlural && (a.kind == .country || a.kind == .organization) { return canonical(id) }
            }
            return nil
        case .unnamed:
            let head = m.head ?? ""
            if m.groupKind == .group {
                let key = "g:" + (m.country ?? "") + ":" + head
                if let id = byKey[key] { return id }
                let id = newActor(Actor(kind: .group, isNamed: false, heads: [head], descriptor: m.descriptor, country: m.country, aliases: [m.text], isPlural: true, firstSentence: m.sentence))
                actors[id].name = [m.descriptor ?? head]
                byKey[key] = id
                return id
            }
            // "The 24-year-old" is the latest named person spoken of (news gives ages of the
            // people it names), else the latest person.
            if head == MentionFinder.ageHead {
                let people = recent.reversed().map { canonical($0) }.filter { actors[$0].kind == .person && !actors[$0].isPlural }
                return people.first { actors[$0].isNamed } ?? people.first
            }
            // "the 52-year-old counsellor": news gives the ages of people it names, so an aged
            // description is the one person named in this sentence or the one before.
            if m.isDefinite, !m.isPlural, m.text.contains("-year-old"), let id = justNamedPerson(recent, sentence: m.sentence) {
                addRole(m.role, to: id)
                return id
            }
            // A definite description refers back: "the soldier", "the general", "the U.N. envoy".
            // A superlative one ("the highest-ranking intelligence officer ever to defect") ranks
            // the person just named among all; it does not pick an earlier one by its head.
            if m.isDefinite, Coreference.isSuperlative(m.text), !m.isPlural,
               let id = justNamedPerson(recent, sentence: m.sentence + 1) ?? justNamedPerson(recent, sentence: m.sentence) {
                return id
            }
            if m.isDefinite && !Coreference.isSuperlative(m.text) {
                func placesFit(_ a: Actor) -> Bool { Coreference.placesFit(m.role, a.roles) }
                for id in recent.reversed() {
                    let a = actors[canonical(id)]
                    guard a.kind == .person || a.kind == .group || !a.isNamed, placesFit(a) else { continue }
                    // "Indian forces ... The British forces had left": another country's are others.
                    if let c = m.country, let other = a.country, c != other { continue }
                    // "Information minister X confirmed the minister's defection": a description
                    // is not the named person its own sentence introduced (that would be "his").
                    if a.isNamed, a.kind == .person, a.firstSentence == m.sentence { continue }
                    // "a freestyle wrestler ... the Greco-Roman wrestler": two crafts, two people.
                    if !a.isNamed, Coreference.craftsDiffer((m.text, m.country), (a.descriptor ?? "", a.country), head: head) { continue }
                    let ofFits = m.role?.of == nil || a.roles.allSatisfy { $0.of == nil || $0.of == m.role?.of }
                    // ("his ambassador to Belgium ... the diplomat": a diplomat is any envoy.)
                    let diplomat = head == "diplomat" && !a.isPlural && a.kind == .person && (!a.heads.isDisjoint(with: Coreference.diplomatHeads) || a.roles.contains { Coreference.diplomatHeads.contains($0.head) })
                    if (a.heads.contains(head) && ofFits) || diplomat || a.roles.contains(where: { $0.head == head && (m.role?.of == nil || $0.of == nil || $0.of == m.role?.of) }) {
                        addRole(m.role, to: canonical(id))
                        return canonical(id)
                    }
                }
                // Also any earlier person with that title in the article.
                if let id = actors.indices.last(where: { actors[$0].mergedInto == nil && actors[$0].kind == .person && placesFit(actors[$0]) && actors[$0].roles.contains { $0.head == head && (m.role?.of == nil || $0.of == nil || $0.of == m.role?.of) } }) {
                    addRole(m.role, to: id)
                    return id
                }
                // "Vice President X denied that he had defected, after reports that the veteran
                // diplomat had fled": an epithet for the one person named in this sentence or
                // the one before.
                // (Not one who holds that post for another place: "the Newmarket MP ... The
                // Edmonton MP".)
                // (Not one a relative clause picks out: "Uribe said the guerrilla who deserted
                // ... would receive a reward" tells of someone else.)
                if !m.isPlural, personHeads.contains(head), m.country == nil, !relativeFollows,
                   let id = justNamedPerson(recent, sentence: m.sentence),
                   !actors[id].roles.contains(where: { $0.head == head && $0.title.lowercased() != m.role?.title.lowercased() }) {
                    addRole(m.role, to: id)
                    return id
                }
                // "Two Libyan air force colonels who flew their jets to Malta ... The pilots landed":
                // a definite plural of people is the latest unnamed group of people told in this
                // sentence or the two before, when counts and countries agree.
                if m.isPlural, isPersonPlural(head), let id = latestPeopleGroup(recent, like: m) {
                    return id
                }
            }
            let kind: ActorKind = m.isPlural || !personHeads.contains(head) && m.role == nil ? .group : .person
            var a = Actor(kind: kind, isNamed: false, heads: [head], descriptor: m.descriptor, country: m.country, aliases: [m.text], isPlural: m.isPlural, firstSentence: m.sentence)
            a.hedge = m.hedge
            a.count = m.count
            if let r = m.role { a.roles.append(r) }
            a.name = [m.descriptor ?? head]
            return newActor(a)
        }
    }

    /// "the highest-ranking ...", "the most senior ...", "the first ...": a description that
    /// ranks its referent.
    static func isSuperlative(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard words.count >= 2, words[0] == "the" else { return false }
        let w = words[1]
        return ["most", "first", "only", "last", "latest", "highest-ranking", "most-senior", "best-known"].contains(w)
            || w.hasSuffix("est") && w.count > 5 || w.hasSuffix("est-ranking")
    }

    /// The one named person (canonical id) mentioned in `sentence` or the one before, among
    /// `recent`; nil when there is none or more than one.
    private func justNamedPerson(_ recent: [Int], sentence: Int) -> Int? {
        let named = Set(recent.map { canonical($0) }.filter { id in
            actors[id].isNamed && actors[id].kind == .person && !actors[id].isPlural && actors[id].lastSentence >= sentence - 1
        })
        return named.count == 1 ? named.first : nil
    }

    /// "the Edmonton MP" is not "the Newmarket-Aurora MP": when a described role and a holder's
    /// title with the same head both name a place (capitalised words before the head), they
    /// name the same one. ("the Vermont senator" fits a plain "senator".)
    static func placesFit(_ role: RoleInfo?, _ roles: [RoleInfo]) -> Bool {
        func places(_ title: String) -> [Substring] { title.split(separator: " ").dropLast().filter { $0.first?.isUppercase == true } }
        guard let role else { return true }
        let wanted = places(role.title)
        guard !wanted.isEmpty else { return true }
        return roles.allSatisfy { r in r.head != role.head || places(r.title).isEmpty || wanted.allSatisfy { r.title.contains($0) } }
    }

    /// Whether an actor is described as a deputy ("Libya's deputy ambassador"), who is not the
    /// holder of the post ("Libya's ambassador, X").
    func isDeputy(_ u: Int) -> Bool {
        holdsDeputyRole(u) || actors[u].aliases.contains { $0.lowercased().contains("deputy") }
    }

    /// Whether one of an actor's roles is a deputy's ("deputy ambassador").
    func holdsDeputyRole(_ id: Int) -> Bool {
        actors[id].roles.contains { Coreference.isDeputyTitle($0.title) }
    }

    /// Titles of people who cast their state's vote in a council or assembly ("the Soviet
    /// delegate", "China's permanent representative").
    static let stateVoiceHeads: Set<String> = ["delegate", "delegation", "representative", "permanent representative", "ambassador", "envoy"]
    /// Whether `role` is one that speaks and votes for a country named by it.
    static func representsState(_ role: RoleInfo) -> Bool {
        role.of?.kind == .country && stateVoiceHeads.contains(role.head)
    }

    static func isDeputyTitle(_ title: String) -> Bool { title.lowercased().contains("deputy") }

    /// Plural heads that denote people ("pilots", "men", "guardsmen"), not other groups ("rebels").
    func isPersonPlural(_ head: String) -> Bool {
        if head.hasSuffix("men") { return true }
        guard head.hasSuffix("s") else { return false }
        return personHeads.contains(String(head.dropLast())) && !["members", "leaders", "activists"].contains(head)
    }

    /// The latest unnamed plural group of people mentioned in `m`'s sentence or the two before,
    /// whose count and country do not conflict with `m`'s.
    private func latestPeopleGroup(_ recent: [Int], like m: Mention) -> Int? {
        for id in recent.reversed().map({ canonical($0) }) {
            let a = actors[id]
            guard !a.isNamed, a.isPlural, a.entry == nil, a.lastSentence >= m.sentence - 2,
                  a.heads.contains(where: isPersonPlural) else { continue }
            if let c = m.count, let d = a.count, c != d { continue }
            if let c = m.country, let d = a.country, c != d { continue }
            return id
        }
        return nil
    }

    private mutating func addRole(_ r: RoleInfo?, to id: Int) {
        guard let r, !actors[id].roles.contains(r) else { return }
        actors[id].roles.append(r)
        actors[id].heads.insert(r.head)
    }

    /// Names that can be the same person: one is the other's surname, or they share first and
    /// last tokens ("Hillary Clinton" ~ "Hillary Rodham Clinton"), never different first names.
    static func compatible(_ a: [String], _ b: [String]) -> Bool {
        let la = a.map { $0.lowercased() }, lb = b.map { $0.lowercased() }
        if la == lb { return true }
        // "Thae Yong-ho" ~ "Thae Yong Ho": the same syllables, hyphenated or not.
        let syllables = { (n: [String]) in n.flatMap { $0.split(separator: "-") } }
        // Names whose parts are all non-empty and hold no "-" byte split into themselves, and
        // differ then as they did above: only a hyphen or an empty part makes the test worth it.
        let splits = { (n: [String]) in n.contains { $0.isEmpty || $0.utf8.contains(0x2D) } }
        if splits(la) || splits(lb), syllables(la) == syllables(lb) { return true }
        if surname(a) != surname(b) { return false }
        if la.count == 1 || lb.count == 1 { return true }
        return la.first == lb.first
    }

    /// An unnamed actor joins the one named person in the article who holds a role with the
    /// same head and country ("a top Syrian general" → "Tlas served as a brigadier general").
    /// Openings of a description that say it is someone other than the one told before: "a second
    /// general", "another diplomat", "a further officer".
    static let anotherOpenings = ["another ", "a second ", "a third ", "a fourth ", "the second ", "the third ", "a further ", "one more ", "other "]

    /// Whether actor `u` was introduced as someone else than those already told ("a second general").
    func isAnotherOne(_ u: Int) -> Bool {
        guard let first = actors[u].aliases.first?.lowercased() else { return false }
        return Coreference.anotherOpenings.contains { first.hasPrefix($0) }
    }

    /// `predicative`: actors described after a copula ("This is a pilot trained by the regime"),
    /// which say something of one already told rather than bring in someone new.
    mutating func linkDescriptions(predicative: Set<Int> = []) {
        for u in actors.indices where !actors[u].isNamed && actors[u].kind == .person && actors[u].mergedInto == nil && !actors[u].isPlural && !isAnotherOne(u) {
            let heads = actors[u].heads.union(actors[u].roles.map(\.head))
            let country = actors[u].country ?? actors[u].roles.first?.of?.code
            // A definite description ("the veteran diplomat") refers back, never to a person
            // first named after it.
            let definite = actors[u].aliases.first?.lowercased().hasPrefix("the ") ?? false
            // An indefinite one told after the person is named is someone new ("Brigadier General
            // Manaf Tlass slipped out ... Last week, a brigadier general and several colonels
            // crossed into Turkey").
            let told = (actors[u].aliases.first ?? actors[u].name.joined(separator: " ")).lowercased()
            let indefinite = told.hasPrefix("a ") || told.hasPrefix("an ")
            let named = actors.indices.filter { p in
                actors[p].isNamed && actors[p].kind == .person && actors[p].mergedInto == nil
                    && actors[p].roles.contains { r in heads.contains(r.head) && (country == nil || r.of == nil || r.of?.code == country) }
                    && !(definite && actors[p].firstSentence > actors[u].firstSentence)
                    && !(indefinite && !predicative.contains(u) && actors[p].firstSentence < actors[u].firstSentence)
                    && isDeputy(u) == holdsDeputyRole(p)
                    && actors[u].roles.allSatisfy { Coreference.placesFit($0, actors[p].roles) }
            }
            if named.count == 1 { merge(u, into: named[0]) }
        }
    }

    /// "A colonel in the Syrian air force flew his MiG to Jordan ... Col. Hassan al-Hamadeh ...":
    /// a story that opens on an unnamed person and names one person of the same kind (the same
    /// title category, no conflicting country) within the next two sentences is about that person.
    /// "HWANG JANG-YOP, FEBRUARY 1997" over a paragraph that opens "The chief ideologist ... walked
    /// into the consulate": a fact box's header line that names a person (a line of its own,
    /// short, without a final full stop) is the topic of the paragraph under it, so the first
    /// unnamed person described there (in its first sentence, as its subject) is that person.
    /// `headers` holds the sentence indices of such lines.
    mutating func linkSectionHeads(_ sentences: [[Mention]], headers: [Int], paragraphStart: (Int) -> Bool) {
        for h in headers where h + 1 < sentences.count && paragraphStart(h + 1) {
            guard let head = sentences[h].first, head.start == 0, head.kind == .person, head.actor >= 0 else { continue }
            let named = canonical(head.actor)
            // "4. Jim Jeffords, 2001 / No switch has mattered more. On May 24, 2001, ... the
            // Vermont senator said": the first actor of the paragraph's first sentence that names
            // one, early in it (after an opening adverbial), up to its second sentence.
            let opening = sentences[h + 1].first(where: { $0.actor >= 0 })
                ?? (h + 2 < sentences.count && !paragraphStart(h + 2) ? sentences[h + 2].first(where: { $0.actor >= 0 }) : nil)
            guard actors[named].isNamed, let m = opening, m.start <= 2 || m.start <= 12 && m.isDefinite,
                  m.kind == .unnamed, !m.isPlural else { continue }
            let u = canonical(m.actor)
            guard u != named, !actors[u].isNamed, actors[u].kind == .person else { continue }
            if let c = actors[u].country, let d = actors[named].country, c != d { continue }
            merge(u, into: named)
        }
    }

    mutating func linkIntroductions(_ sentences: [[Mention]], words: [SentenceWords], titles: [String: Lexicon.Title], paragraphStart: (Int) -> Bool = { _ in false }) {
        func category(_ head: String) -> String? {
            titles[head]?.category ?? titles[head + "."]?.category ?? titles[String(head.dropLast())]?.category
        }
        for (k, ms) in sentences.enumerated() {
            for m in ms where m.kind == .unnamed && !m.isDefinite && !m.isPlural && m.actor >= 0 {
                let u = canonical(m.actor)
                guard !actors[u].isNamed, actors[u].kind == .person, actors[u].firstSentence == k, !isAnotherOne(u) else { continue }
                let heads = actors[u].heads.union(actors[u].roles.map(\.head))
                let cats = Set(heads.compactMap(category))
                guard !cats.isEmpty else { continue }
                // "Libya's deputy ambassador publicly turned against the leader. Ibrahim Dabbashi
                // told reporters ...": a name that opens the next sentence, new there and given no
                // role, introduces the person just described.
                if k + 1 < sentences.count, !paragraphStart(k + 1), let p = sentences[k + 1].first, p.start == 0, p.kind == .person, p.actor >= 0 {
                    let id = canonical(p.actor)
                    if id != u, actors[id].isNamed, actors[id].firstSentence == k + 1, actors[id].roles.isEmpty,
                       !sentences[k].contains(where: { $0.kind == .person && $0.actor >= 0 && canonical($0.actor) != u && actors[canonical($0.actor)].isNamed }) {
                        merge(u, into: id)
                        continue
                    }
                }
                // A deputy is not the holder of the post ("deputy ambassador" is not "ambassador").
                let deputy = isDeputy(u)
                let named = (k..<min(sentences.count, k + 3)).flatMap { sentences[$0] }.compactMap { p -> Int? in
                    guard p.kind == .person, p.actor >= 0 else { return nil }
                    // "crossed to the lines of General Michel Aoun's army": a name told as an
                    // owner introduces nobody just described.
                    if p.end < words[p.sentence].count, words[p.sentence][p.end].isPossessive { return nil }
                    let id = canonical(p.actor)
                    guard id != u, actors[id].isNamed, actors[id].firstSentence >= k else { return nil }
                    let roles = actors[id].roles
                    guard roles.contains(where: { r in category(r.head).map(cats.contains) ?? false }) else { return nil }
                    if deputy != holdsDeputyRole(id) { return nil }
                    let country = actors[u].country
                    if let c = country, roles.contains(where: { $0.of?.kind == .country && $0.of?.code != c }) { return nil }
                    return id
                }
                if let p = named.first, Set(named).count == 1 { merge(u, into: p) }
            }
        }
    }

    /// "Brig. Gen. Faris Haddad commanded a brigade ... On Monday, the 50-year-old officer crossed
    /// into Turkey": a definite description with a generic head (officer, soldier, diplomat,
    /// envoy, official) is the one named person of that kind (title category) mentioned in the
    /// two sentences before it.
    mutating func linkGenericDescriptions(_ sentences: [[Mention]], titles: [String: Lexicon.Title]) {
        let kinds: [String: String?] = ["officer": "military", "soldier": "military", "diplomat": "diplomatic", "envoy": "diplomatic", "official": nil]
        func category(_ head: String) -> String? {
            titles[head]?.category ?? titles[head + "."]?.category ?? titles[String(head.dropLast())]?.category
        }
        for (k, ms) in sentences.enumerated() {
            for m in ms where m.kind == .unnamed && m.isDefinite && !m.isPlural && m.actor >= 0 {
                guard let head = m.head, let wanted = kinds[head] else { continue }
                let u = canonical(m.actor)
                guard !actors[u].isNamed, actors[u].kind == .person, actors[u].roles.allSatisfy({ $0.of == nil }) else { continue }
                var found: Set<Int> = []
                for n in max(0, k - 2)...k {
                    for p in sentences[n] where p.kind == .person && p.actor >= 0 && (n < k || p.end <= m.start) {
                        let id = canonical(p.actor)
                        guard id != u, actors[id].isNamed, actors[id].kind == .person, !actors[id].roles.isEmpty else { continue }
                        if let w = wanted, !actors[id].roles.contains(where: { category($0.head) == w }) { continue }
                        found.insert(id)
                    }
                }
                if found.count == 1, let p = found.first { merge(u, into: p) }
            }
        }
    }

    mutating func merge(_ u: Int, into p: Int) {
        guard u != p else { return }
        actors[u].mergedInto = p
        for r in actors[u].roles where !actors[p].roles.contains(r) { actors[p].roles.append(r) }
        if let d = actors[u].descriptor, !actors[p].aliases.contains(d) { actors[p].aliases.append(d) }
        actors[p].heads.formUnion(actors[u].heads)
        if actors[p].hedge == nil { actors[p].hedge = actors[u].hedge }
        if actors[p].gender == nil { actors[p].gender = actors[u].gender }
    }
}
