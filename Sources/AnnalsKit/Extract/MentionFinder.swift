/// Finds actor mentions in one sentence: gazetteer names (countries, capitals, demonyms,
/// bodies), titled and untitled person names, role descriptions ("Syria's ambassador to
/// Iraq"), unnamed and collective actors ("a couple of members of this Council"), pronouns.
struct MentionFinder {
    let lexicon: Lexicon
    let s: SentenceWords

    /// Role words that qualify a title: "former", "deputy", "special envoy".
    /// Role modifiers that make another post of the title ("deputy", "vice", "assistant").
    static let rankModifiers: WordSet = ["deputy", "vice", "assistant"]
    static let roleModifiers: WordSet = ["former", "acting", "deputy", "top", "senior", "special", "chief", "interim", "new", "then", "permanent", "elite", "one-time", "veteran", "high-ranking", "highest-ranking", "ranking", "outgoing", "incoming", "late", "vice", "assistant", "joint", "prominent", "powerful", "influential", "exiled", "ousted", "embattled", "longtime", "long-time", "retired"]
    /// Last words of the names of state bodies, troupes and teams ("State Philharmonic",
    /// "National Ballet", "Olympic Committee").
    static let bodyNameEnds: WordSet = ["philharmonic", "orchestra", "ballet", "opera", "theatre", "theater", "circus", "choir", "ensemble", "troupe",
                                        "academy", "institute", "university", "committee", "commission", "ministry", "embassy", "mission", "bank",
                                        "company", "team", "federation", "agency", "service", "police", "army", "navy", "force", "guard", "office"]

    /// Last words that make a capitalised run an institution or a place, never a person.
    static let institutionWords: WordSet = ["embassy", "ministry", "base", "airport", "council", "party", "army", "front", "agency", "bank", "university", "hospital", "group", "company", "news", "times", "post", "television", "tv", "radio", "network", "channel", "street", "square", "province", "district", "city", "state", "republic", "kingdom", "forces", "brigade", "battalion", "division", "command", "office", "department", "committee", "commission", "court", "mission", "movement", "organization", "organisation", "association", "institute", "center", "centre", "foundation", "agency", "guard", "guards", "police", "navy", "jazeera", "arabiya", "reuters", "press", "daily", "journal", "magazine", "club", "palace", "hotel", "prison", "camp", "zone", "river", "sea", "lake", "mountains", "valley", "island", "islands", "road", "highway", "bridge", "war", "crisis", "conference", "summit", "accord", "agreement", "plan", "act", "law", "ballet", "theatre", "theater", "orchestra", "opera", "circus", "troupe", "ensemble", "choir", "academy", "school", "college", "federation", "union", "museum", "stadium", "festival", "games", "olympics", "cup", "league", "championship", "championships", "tournament", "team", "assembly", "alliance", "coalition", "congress", "parliament", "senate"]
    static let articles: WordSet = ["the", "a", "an"]
    // The word lists below are the rules' own, held as sets made once: an array literal in a
    // long function is built on the heap at every call (the optimizer gives up on them there),
    // and `role`, `unnamed` and `person` run at most words of every sentence.
    /// Determiners of the whole a counted part is taken from ("five of its 36 governors").
    static let wholeOpeners: WordSet = ["the", "these", "its", "their"]
    /// Heads of an unnamed description that stand for a body, handled as bodies and metonyms
    /// elsewhere ("the council", "the government").
    static let bodyHeads: WordSet = ["council", "government", "regime", "opposition", "military", "army", "forces", "administration",
                                     "authorities", "state", "states", "nation", "country", "people", "person"]
    /// Heads that name the government of the country they are told with ("the Syrian regime").
    static let governingHeads: WordSet = ["government", "regime", "administration", "authorities"]
    /// Prepositions after a title that name where the post is ("ambassador to Iraq").
    static let postPrepositions: WordSet = ["to", "of", "for"]
    /// Words after "X," that confirm X as a name set off by commas ("X, the ...", "X, who ...").
    static let appositionOpeners: WordSet = ["the", "a", "an", "who", "his", "her", "whose", "its", "their"]
    /// Classes of words that end an unnamed description's modifiers ("two of the", "he").
    static let functionWordClasses: WordFlags = [.auxiliary, .preposition, .determiner, .pronoun]
    /// Classes of a common noun that may open a sentence capitalised ("Officials said").
    static let commonNounClasses: WordFlags = [.personNoun, .collectiveNoun]
    static let nameParticles: WordSet = ["al", "el", "bin", "ibn", "bint", "abu", "abd", "van", "von", "de", "der", "da", "di", "du", "la", "le", "del", "dos", "das", "ben", "wa"]

    /// A title-case line ("Purported Syrian Minister Quits Regime") capitalises every word, so
    /// capitals say nothing about names there: only given names start a person.
    let isHeadline: Bool

    /// `gazetteer(at:)` of every word, computed once: the rules ask for the same words again and again.
    let places: [(Lexicon.Entry, Int, String)?]

    init(lexicon: Lexicon, s: SentenceWords) {
        self.lexicon = lexicon
        self.s = s
        self.isHeadline = MentionFinder.isHeadline(s)
        self.places = s.words.indices.map { MentionFinder.gazetteer(lexicon, s, at: $0) }
    }

    static let headlineLowerWords: WordSet = ["of", "to", "in", "on", "at", "for", "and", "the", "a", "an", "with", "from", "by", "as", "'s"]

    static func isHeadline(_ s: SentenceWords) -> Bool {
        // Every letter word capitalised or a short function word, and at least three of them.
        var letters = 0
        for w in s.words where !w.isPunct && !w.isNumber {
            letters += 1
            if !(w.isCapitalized || headlineLowerWords.contains(w.lower)) { return false }
        }
        return letters >= 3
    }

    func find() -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < s.count {
            let w = s[i]
            if w.isPunct || w.isNumber && !startsCount(i) { i += 1; continue }
            // "in San Francisco": a capitalised run after a place preposition is a place we don't know.
            if s[i].isCapitalized, s.has(i - 1, .locativePreposition), gazetteer(at: i) == nil,
               !s.has(i, .givenName), !s.has(i, .titleStart), let (end, _) = nameRun(at: i) {
                i = end
                continue
            }
            if let m = mention(at: i) {
                out.append(m)
                i = max(m.end, i + 1)
                continue
            }
            i += 1
        }
        return attachAppositions(MentionFinder.confirmCoordinatedNames(shareFamilyNames(out), s))
    }

    /// "the brothers Peter and Anton Novak", "Leonid and Valentina Orlov": a lone given name
    /// joined by "and" to a full name that opens with a given name shares its family name.
    func shareFamilyNames(_ ms: [Mention]) -> [Mention] {
        var ms = ms
        for n in ms.indices.dropLast() where ms[n].kind == .person && ms[n].name.count == 1 && ms[n].end + 1 == ms[n + 1].start
            && s.lower(ms[n].end) == "and" && ms[n + 1].kind == .person && ms[n + 1].name.count >= 2
            && lexicon.givenNames.contains(ms[n].name[0].lowercased()) && lexicon.givenNames.contains(ms[n + 1].name[0].lowercased()) {
            ms[n].name += ms[n + 1].name.dropFirst()
            ms[n].count = nil
        }
        return ms
    }

    /// "Guillermo Rigondeaux and Erislandy Lara": a full name joined by "and" (or a comma) to a
    /// person's name the text confirms is a person's name too.
    /// The confirmation runs along a whole list ("A B, C D, E F and G H left": the last confirms
    /// the one before it, and so on back).
    static func confirmCoordinatedNames(_ ms: [Mention], _ s: SentenceWords) -> [Mention] {
        var ms = ms
        let joined = { (a: Mention, b: Mention) in
            a.end < b.start && (a.end..<b.start).allSatisfy { [",", "and"].contains(s.lower($0)) } && b.start - a.end <= 2
        }
        let partner = { (o: Mention) in o.kind == .person && o.count != -1 && o.name.count >= 2 }
        var changed = true
        while changed {
            changed = false
            for n in ms.indices where ms[n].kind == .person && ms[n].count == -1 && ms[n].name.count >= 2 {
                if n > 0 && partner(ms[n - 1]) && joined(ms[n - 1], ms[n]) || n + 1 < ms.count && partner(ms[n + 1]) && joined(ms[n], ms[n + 1]) {
                    ms[n].count = nil
                    changed = true
                }
            }
        }
        return ms
    }

    /// The first reading at `i` of role, unnamed actor, place, compound, person, pronoun.
    /// (Early returns rather than a `??` chain, which copies the large optional at every step.)
    /// Each reading is only called where its own first test can pass (the tests repeated
    /// here as flag checks), since most words start none.
    func mention(at i: Int) -> Mention? {
        let f = s.flags(i)
        if !f.isDisjoint(with: [.article, .placeStart, .roleModifier, .titleStart]) || s.has(i + 1, .titleStart) || s.has(i + 2, .titleStart),
           let m = role(at: i) { return m }
        if f.contains(.unnamedStart) || s[i].isNumber || s.lower(i + 1) == "loyal", let m = unnamed(at: i) { return m }
        if f.contains(.placeStart), s[i].isCapitalized, let m = countryOfficials(at: i) { return m }
        if !f.isDisjoint(with: [.placeStart, .placeLead]), let m = place(at: i) { return m }
        if f.contains(.hyphen), let m = compound(at: i) { return m }
        if s[i].isCapitalized && (!f.contains(.notName) || familyNameBeforeHyphenatedGivenName(i)), let m = person(at: i) { return m }
        if f.contains(.pronoun), let m = pronoun(at: i) { return m }
        return nil
    }

    // MARK: - Places, bodies, groups

    /// The longest gazetteer phrase at `i` (first word capitalised), with its end.
    func gazetteer(at i: Int) -> (Lexicon.Entry, Int, String)? {
        i >= 0 && i < places.count ? places[i] : nil
    }

    static func gazetteer(_ lexicon: Lexicon, _ s: SentenceWords, at i: Int) -> (Lexicon.Entry, Int, String)? {
        guard i < s.count, s[i].isCapitalized || s[i].lower == "u.n." || s[i].lower == "u.s." else { return nil }
        guard s[i].flags.contains(.placeStart), let candidates = lexicon.placeCandidates[s[i].lower] else { return nil }
        for c in candidates where s.matches(c.words, at: i) {
            let p = c.words
            // Names keep their capitals: "New York" not "new york", "PA" not "Pa".
            if let rule = c.caseRule {
                var ok = true
                for (k, r) in rule.enumerated() where k < p.count {
                    let w = s[i + k]
                    if r == "U" && w.text != w.text.uppercased() { ok = false; break }
                    if r == "C" && !w.isCapitalized && !w.isPunct { ok = false; break }
                }
                if !ok { continue }
            }
            if let e = c.entry { return (e, i + p.count, c.joined) }
        }
        return nil
    }

    /// Words before "council" that make it the Security Council ("this Council"); with the
    /// gazetteer's first words, where `place` can start (`WordFlags.placeLead` is built from it).
    static let councilLeads: WordSet = ["the", "this", "that", "its"]

    func place(at i: Int) -> Mention? {
        // "this Council", "the council": in news of the U.N., the Security Council.
        if MentionFinder.councilLeads.contains(s.lower(i)), s.lower(i + 1) == "council", !(i + 2 < s.count && s[i + 2].isCapitalized),
           !(i + 2 < s.count && (s.has(i + 2, .personNoun) || Lexicon.resolutionNouns.contains(s.lower(i + 2))
               || lexicon.triggerForms[s.lower(i + 2)]?.contains(where: { $0.0.pos == "noun" }) == true
               || ["seat", "seats", "session", "chamber", "vote", "votes", "presidency", "meeting", "action", "veto", "vetoes"].contains(s.lower(i + 2)))),
           let unsc = lexicon.places["security council"] {
            var m = Mention(sentence: s.index, start: i, end: i + 2, kind: .known, entry: unsc)
            m.text = s.text(m.span)
            return m
        }
        // "the assembly": the U.N. General Assembly.
        if ["the", "this"].contains(s.lower(i)), s.lower(i + 1) == "assembly", !(i + 2 < s.count && s[i + 2].isCapitalized),
           let unga = lexicon.places["general assembly"] {
            var m = Mention(sentence: s.index, start: i, end: i + 2, kind: .known, entry: unga)
            m.text = s.text(m.span)
            return m
        }
        var start = i
        var j = i
        if s.lower(i) == "the" { j += 1 }
        guard let (entry, end, phrase) = gazetteer(at: j) else { return nil }
        if j > i { start = i }
        var m = Mention(sentence: s.index, start: start, end: end, kind: .known, entry: entry)
        let isDemonym = lexicon.demonyms.contains(phrase)
        var k = end
        if k < s.count, s[k].isPossessive { k += 1 }
        // "Syria's military", "the Syrian army": a group of the country.
        if entry.kind == .country, k < s.count {
            let next = s.lower(k)
            if WordClass.groupNouns.contains(next) {
                m.end = k + 1
                m.kind = .unnamed
                m.groupKind = .group
                m.head = next
                m.country = entry.code
                m.entry = nil
                m.descriptor = s.text(start..<(k + 1))
                m.isDefinite = true
                m.isPlural = true
                m.text = m.descriptor ?? ""
                return m
            }
            if isDemonym {
                if WordClass.governmentNouns.contains(next) {
                    m.end = k + 1
                } else if end < s.count, s[end].isCapitalized, gazetteer(at: end) == nil,
                          lexicon.titlePhrases[s.lower(end)] == nil {
                    return nil  // "Korean War", "Syrian Observatory": part of another name
                } else if MentionFinder.actingNouns.contains(next) {
                    // "an Algerian draft": the adjective names the draft's sponsor (kept as a mention);
                    // "a Russian veto", "the Russian side" name who acts.
                } else if ["and", ","].contains(next), let last = ((k + 1)..<min(s.count, k + 5)).first(where: { MentionFinder.actingNouns.contains(s.lower($0)) }),
                          ((k + 1)..<last).allSatisfy({ ["and", ","].contains(s.lower($0)) || lexicon.demonyms.contains(s.lower($0)) }) {
                    // "a Chinese and Russian veto": each adjective of the list.
                } else if !(phrase.hasSuffix("s") || phrase == "chinese" || phrase == "british" || phrase == "french") || (start == i && s.lower(i) != "the" && !phrase.hasSuffix("s")) {
                    // A bare adjective ("Syrian cities") names no actor.
                    if !(s.lower(i) == "the" && (k >= s.count || !s[k].isCapitalized && !isNounish(k))) { return nil }
                }
            }
        }
        m.text = s.text(m.span)
        return m
    }

    /// Nouns after which a country adjective names who acts: the sponsor of a draft, the caster of
    /// a veto, a party to talks ("the Russian side").
    static let actingNouns: WordSet = draftNouns.union(["veto", "vetoes", "side", "no", "no-vote", "no-votes"])
    /// Nouns for a draft that a country adjective before them sponsors ("an Algerian draft").
    static let draftNouns: WordSet = ["draft", "text", "resolution", "proposal"]

    func isNounish(_ i: Int) -> Bool {
        let w = s.lower(i)
        return !w.isEmpty && !s[i].isPunct && !WordClass.auxiliaries.contains(w) && !WordClass.prepositions.contains(w)
    }

    // MARK: - Roles

    /// "Syria's ambassador to Iraq", "U.S. Secretary of State Hillary Rodham Clinton",
    /// "Chinese Foreign Minister Yang Jiechi", "the U.N. and Arab League envoy", "Mr. Assad".
    func role(at i: Int) -> Mention? {
        // Cheap test first: a role starts with an article, a place, a qualifier or a title
        // within the first three words. Most words start none.
        guard s.has(i, [.article, .placeStart, .roleModifier, .titleStart]) || s.has(i + 1, .titleStart) || s.has(i + 2, .titleStart)
        else { return nil }
        var j = i
        var determiner: String?
        if s.has(j, .article) { determiner = s.lower(j); j += 1 }
        var of: Lexicon.Entry?
        var possessive = false
        var former = false
        var modifiers: [String] = []
        var also: [Lexicon.Entry] = []
        var steps = 0
        // Qualifiers before the title: places (with 's), "and", role modifiers, lower-case nouns.
        while j < s.count, steps < 8 {
            steps += 1
            if let (e, end, _) = gazetteer(at: j) {
                if of == nil || e.kind != .country || of?.kind != .country { of = of ?? e }
                if of != e { also.append(e) }
                j = end
                if j < s.count, s[j].isPossessive { possessive = true; j += 1 }
                continue
            }
            let lw = s.lower(j)
            if lw == "and", of != nil, gazetteer(at: j + 1) != nil { j += 1; continue }
            if s.has(j, .roleModifier) { if lw == "former" { former = true }; modifiers.append(lw); j += 1; continue }
            break
        }
        // The title itself (longest phrase), possibly with lower-case nouns before it ("oil minister").
        var titleStart = j
        var titleEnd = -1
        var titleWords: [String] = []
        var extra = 0
        while titleEnd < 0, j + extra < s.count, extra <= 3 {
            let k = j + extra
            if s.has(k, .titleStart), let phrases = lexicon.titlePhrases[s.lower(k)] {
                for p in phrases where s.matches(p, at: k) {
                    titleStart = j
                    titleEnd = k + p.count
                    titleWords = p
                    break
                }
            }
            if titleEnd >= 0 { break }
            let w = s[k]
            if w.isPunct || w.isCapitalized && extra > 0 || !w.flags.isDisjoint(with: [.preposition, .auxiliary, .determiner])
                || w.lower == "and" || w.isNumber { break }
            // "an RSF commander", "a KGB officer": an acronym right after the article names the body.
            let acronym = extra == 0 && determiner != nil && MentionFinder.isAcronym(w.text)
            // "the Edmonton MP", "the Newmarket-Aurora MP": a place the gazetteer does not know,
            // right before the title.
            let unknownPlace = determiner != nil && extra == 0 && s.has(k + 1, .titleStart)
                && lexicon.titles[s.lower(k + 1)]?.personOnly == true && !w.flags.contains(.givenName)
            if w.isCapitalized && gazetteer(at: k) == nil && !w.flags.contains(.titleStart) && !acronym && !unknownPlace { break }
            if !w.isCapitalized && (!MentionFinder.isModifier(w) || w.lower.hasSuffix("ed") && !w.flags.contains(.roleModifier)) { break }
            extra += 1
        }
        guard titleEnd >= 0 else { return nil }
        let titleEntry = lexicon.titles[titleWords.joined(separator: " ")]
        if titleEntry?.isHonorific == true {
            // "Mr. Assad": an honorific only introduces a name.
            guard let (nameEnd, name) = nameRun(at: titleEnd), !name.isEmpty else { return nil }
            var m = Mention(sentence: s.index, start: i, end: nameEnd, kind: .person)
            m.name = name
            m.text = s.text(m.span)
            return m
        }
        // Stacked titles: "Foreign Minister", "Brig. Gen.", "Secretary of State".
        var end = titleEnd
        while end < s.count, s.has(end, .titleStart), let phrases = lexicon.titlePhrases[s.lower(end)],
              let p = phrases.first(where: { s.matches($0, at: end) }), lexicon.titles[p.joined(separator: " ")]?.isHonorific != true {
            end += p.count
        }
        var title = s.text(titleStart..<end)
        // "a deputy prime minister" holds another post than "the prime minister": the rank
        // modifiers stay in the title.
        if let rank = modifiers.last(where: { MentionFinder.rankModifiers.contains($0) }), !title.lowercased().hasPrefix(rank) {
            title = (title.first?.isUppercase == true ? rank.capitalized : rank) + " " + title
        }
        let head = s.lower(end - 1).trimmed(".")
        var to: Lexicon.Entry?
        // "ambassador to Iraq", "envoy to Syria", "attorney general of Hama province".
        if end + 1 < s.count, MentionFinder.postPrepositions.contains(s.lower(end)) {
            var k = end + 1
            if s.lower(k) == "the" { k += 1 }
            if let (e, e2, _) = gazetteer(at: k) {
                if s.lower(end) == "to" { to = e } else if of == nil { of = e }
                // "commander of Syria's military police": the title names the possessed body;
                // "lieutenant of the Pakistan Air Force": or the force the country's name heads.
                var e3 = s.lower(end) == "of" ? possessedBodyEnd(after: e2) : e2
                if s.lower(end) == "of", e.kind == .country, e3 == e2 {
                    while e3 < s.count, s[e3].isCapitalized, MentionFinder.forceNouns.contains(s.lower(e3)) || MentionFinder.missionBodies.contains(s.lower(e3)) { e3 += 1 }
                }
                title += " " + s.text(end..<e3)
                end = e3
            } else if s.lower(end) == "of", k < s.count, s[k].isCapitalized, !s[k].isPossessive,
                      let (nEnd, _) = nameRun(at: k, allowPlace: true) {
                var e2 = nEnd
                if e2 < s.count, ["province", "governorate", "region", "district", "city"].contains(s.lower(e2)) { e2 += 1 }
                title += " " + s.text(end..<e2)
                end = e2
            }
        }
        var m = Mention(sentence: s.index, start: i, end: end, kind: .unnamed)
        m.alsoNamed = also
        m.role = RoleInfo(title: title, head: head, of: of, to: to, isFormer: former)
        m.head = head
        m.country = of?.kind == .country ? of?.code : of?.code
        // A name after the title: "Foreign Minister Yang Jiechi".
        // Not "the ruling General People's Congress": a lone collective noun is no name.
        // "Former human rights minister Dr Shireen Mazari": a courtesy title between the post
        // and the name.
        let nameStart = end + 1 < s.count && s[end + 1].isCapitalized && lexicon.titles[s.lower(end)]?.isHonorific == true ? end + 1
            : end + 2 < s.count && s.lower(end + 1) == "." && s[end + 2].isCapitalized && lexicon.titles[s.lower(end) + "."]?.isHonorific == true ? end + 2 : end
        if let (nameEnd, name) = nameRun(at: nameStart), !name.isEmpty, !isHeadline || lexicon.givenNames.contains(name[0].lowercased()),
           !(name.count == 1 && lexicon.flags(of: name[0].lowercased()).contains(.collectiveNoun)),
           !(name.count == 1 && WordClass.reportingVerbs.contains(name[0].lowercased()) && ["to", "that"].contains(s.lower(nameEnd))) {
            m.kind = .person
            m.name = name
            m.end = nameEnd
            m.text = s.text(m.span)
            return m
        }
        // No name: a description ("Syria's ambassador to Iraq", "the general", "a top Syrian general").
        // "Amin's foreign minister": a post held under a named person.
        // Not "Saleh's ruling General People's Congress": the title names only people and no
        // capitalised word follows it.
        if determiner == nil, i >= 2, s[i - 1].isPossessive, s[i - 2].isCapitalized, titleEntry?.personOnly == true,
           end >= s.count || !s[end].isCapitalized { possessive = true }
        // "Niyazov has dismissed his ambassador to Belgium": a person's possessive pronoun
        // determines a title that only names people ("their commander" stays with the group).
        let ownedPost = determiner == nil && i >= 1 && ["his", "her"].contains(s.lower(i - 1)) && titleEntry?.personOnly == true
        if ownedPost { possessive = true }
        guard determiner != nil || possessive || of != nil || !modifiers.isEmpty else { return nil }
        // "a major strike", "the general public": ordinary words need a sign they name a person.
        if titleEntry?.personOnly == false, of == nil, !possessive, modifiers.isEmpty, extra == 0 {
            let next = s.lower(end)
            guard next == "'s" || WordClass.auxiliaries.contains(next) || WordClass.reportingVerbs.contains(next) || next == "," && s.lower(end + 1) == "who" else { return nil }
        }
        // (Someone other than the possessor, told for the first time: not a definite description.)
        m.isDefinite = (determiner == "the" || possessive) && !ownedPost
        m.isPlural = head.hasSuffix("s") && !head.hasSuffix("ss")
        extendDescription(&m)
        // "One of the men, who said he was a sergeant": a description the person gave of himself.
        if i >= 3, MentionFinder.describesItself(s, from: i - 3, to: i + 1) { m.hedge = .claimed }
        m.descriptor = s.text(m.span)
        m.text = m.descriptor ?? ""
        return m
    }

    // MARK: - Unnamed and collective actors

    /// "a North Korean soldier", "More than 120 countries", "a couple of members of this Council",
    /// "the co-sponsors of this draft", "A man claiming to be Syria's deputy oil minister".
    /// The words an unnamed actor can start with (besides numbers and count words); `WordFlags`
    /// builds its `unnamedStart` gate from them.
    static let unnamedIndefinites: WordSet = ["a", "an", "another"]
    /// "that" only opens a sentence ("That officer ...").
    static let unnamedDefinites: WordSet = ["the", "these", "those", "this", "that"]
    /// "more than 120 countries".
    static let unnamedComparatives: WordSet = ["more", "fewer", "less"]
    /// "about fifteen officers", "nearly 200 soldiers".
    static let unnamedApproximations: WordSet = ["about", "around", "nearly", "almost", "roughly", "approximately"]
    static let unnamedQuantifiers: WordSet = ["several", "some", "many", "other", "both"]
    /// "a group of men", "a handful of officers".
    static let collectiveQuantities: WordSet = ["group", "handful", "number", "band", "team", "unit", "contingent", "detachment"]
    /// "hundreds of soldiers".
    static let unnamedMultiples: WordSet = ["hundreds", "thousands", "dozens", "scores", "tens"]

    func unnamed(at i: Int) -> Mention? {
        var j = i
        var count: Int?
        var definite = false
        // "soldiers loyal to Gen. X": a bare plural of officials with its allegiance.
        if MentionFinder.officialPluralHeads.contains(s.lower(i)), s.lower(i + 1) == "loyal", s.lower(i + 2) == "to",
           i == 0 || s[i - 1].isPunct || s.has(i - 1, .temporalWord) || s[i - 1].isNumber {
            var m = Mention(sentence: s.index, start: i, end: i + 1, kind: .unnamed)
            m.head = s.lower(i)
            m.isPlural = true
            var k = i + 3
            // (Up to the clause's verb: "soldiers loyal to Gen. X deserted their units".)
            while k < s.count, k < i + 8, !s[k].isPunct || s[k].text == "." && k + 1 < s.count && s[k + 1].isCapitalized,
                  !(s.has(k, .triggerStart) || s.has(k, .auxiliary) || s.lower(k).hasSuffix("ed") && !s[k].isCapitalized) { k += 1 }
            m.descriptor = s.text(i..<k)
            m.text = m.descriptor ?? ""
            return m
        }
        guard s.has(i, .unnamedStart) || s[i].isNumber else { return nil }
        let w = s.lower(i)
        var collective = false
        if w == "a" && s.lower(i + 1) == "couple" && s.lower(i + 2) == "of" { count = 2; j += 3 }
        // "A dozen members of Eritrea's national team".
        else if w == "a" && s.lower(i + 1) == "dozen" { count = 12; j += 2; if s.lower(j) == "of" { j += 1 } }
        // "a group of men in uniform", "a handful of officers": several, uncounted.
        else if w == "a" && MentionFinder.collectiveQuantities.contains(s.lower(i + 1)) && s.lower(i + 2) == "of" { collective = true; j += 3 }
        else if MentionFinder.unnamedComparatives.contains(w) && s.lower(i + 1) == "than" { j += 2; if let n = number(at: j) { count = n; j += 1 } else { return nil } }
        // "about fifteen Iraqi army officers", "nearly 200 soldiers": an approximate count.
        else if MentionFinder.unnamedApproximations.contains(w), let n = number(at: i + 1) { count = n; j += 2 }
        else if MentionFinder.unnamedIndefinites.contains(w) { j += 1 }
        else if MentionFinder.unnamedDefinites.contains(w) && (w != "that" || i == 0) { definite = true; j += 1 }
        else if MentionFinder.unnamedQuantifiers.contains(w) || WordClass.countValues[w] != nil { count = WordClass.countValues[w]; j += 1 }
        else if MentionFinder.unnamedMultiples.contains(w) && s.lower(i + 1) == "of" { j += 2; if s.lower(j) == "thousands" && s.lower(j + 1) == "of" { j += 2 } }
        // "On February 24 Russian forces crossed": a day after a month name is a date, no count.
        // "May 15", "August 2020 Ambassador X", "in 1988 two diplomats": a day or a year, no count.
        else if let n = number(at: i), !(i >= 1 && s[i].isNumber && s.has(i - 1, .temporalWord) && s[i - 1].isCapitalized && (n <= 31 || (1000...2100).contains(n))),
                !(i >= 1 && s[i].text.utf8.count == 4 && (1000...2100).contains(n) && ["in", "since", "of", "by", "until"].contains(s.lower(i - 1))) { count = n; j += 1 }
        else { return nil }
        // "The 24-year-old, who ...": an age alone refers back to a person (coreference).
        if definite, j == i + 1, MentionFinder.isAge(s.lower(j)), !s.has(j + 1, .personNoun) {
            var m = Mention(sentence: s.index, start: i, end: j + 1, kind: .unnamed)
            m.head = MentionFinder.ageHead
            m.isDefinite = true
            m.descriptor = s.text(m.span)
            m.text = m.descriptor ?? ""
            return m
        }
        if s.lower(j) == "of" && count != nil && MentionFinder.wholeOpeners.contains(s.lower(j + 1)) {
            j += 2
            // "more than 40 of the party's 53 MLAs", "five of its 36 governors": the whole the
            // count is part of, possessed and counted, still heads the phrase.
            if s.lower(j - 1) == "the", let p = (j..<min(s.count, j + 3)).first(where: { s[$0].isPossessive }),
               !(j..<p).contains(where: { s[$0].isPunct || s.has($0, [.preposition, .auxiliary]) }) { j = p + 1 }
            if j + 1 < s.count, s[j].isNumber || WordClass.countValues[s.lower(j)] != nil, !s[j + 1].isPunct { j += 1 }
        }
        var country: String?
        var k = j
        var steps = 0
        while k < s.count, steps < 4 {
            steps += 1
            let lw = s.lower(k)
            if let (e, end, _) = gazetteer(at: k) {
                // "a Russian military helicopter pilot", "a Syrian air force colonel": a body
                // before the person noun only modifies it (the head check below still applies).
                if e.kind != .country {
                    guard e.code != nil || end < s.count, end - k <= 3 else { return nil }
                    if country == nil, let c = e.code, c.count == 3 { country = c }
                    k = end; continue
                }
                country = e.code; k = end; continue
            }
            // "council members": a person noun before another is a modifier.
            if s.has(k, .personNoun) && !(k + 1 < s.count && s.has(k + 1, .personNoun)) { break }
            // "thousands of Slovene and Croat conscripts": two demonyms joined.
            if lw == "and", country != nil, let (e, _, _) = gazetteer(at: k + 1), e.kind == .country { k += 1; continue }
            if s[k].isPunct || s[k].isNumber || s.has(k, MentionFinder.functionWordClasses) || lw == "and" { return nil }
            // "two Libyan Air Force colonels": a capitalised word that is never a name modifies.
            // "more than 90 Member States": a person noun before another, capitalised or not, modifies it.
            let nounBeforeNoun = s.has(k, .personNoun) && k + 1 < s.count && s.has(k + 1, .personNoun)
            // "Fourteen Bengali members": after a count, one capitalised word the gazetteer does
            // not know right before the person noun is a people's name used as an adjective.
            let unknownDemonym = (count != nil || w == "several") && s[k].isCapitalized && k + 1 < s.count && s.has(k + 1, .personNoun) && !s.has(k, .personNoun) && !s.has(k, .hyphen)
            if unknownDemonym { k += 1; continue }
            // "the council's three African and Asian members": two such words joined.
            if count != nil, s[k].isCapitalized, s.lower(k + 1) == "and", k + 3 < s.count, s[k + 2].isCapitalized, s.has(k + 3, .personNoun),
               !s.has(k, .personNoun), !s.has(k + 2, .personNoun) { k += 3; continue }
            if s[k].isCapitalized && gazetteer(at: k) == nil && !s.has(k, .notName) && !nounBeforeNoun { return nil }
            // "The Security Council authorized member states": a verb of an event is no modifier.
            if lw.hasSuffix("ed"), lexicon.triggerForms[lw] != nil { return nil }
            // "twelve national team players": a team noun before the person noun modifies it.
            // "a young Soviet ice dancer", "a chess player": a lower-case noun right before the
            // person noun names what the person does (not a verb form or an adverb; "a quiet man"
            // is an adjective's).
            let craft = !s[k].isCapitalized && k + 1 < s.count && s.has(k + 1, .personNoun) && !s.has(k, [.triggerStart, .temporalWord])
                && !["man", "men", "woman", "women", "person", "people"].contains(s.lower(k + 1))
                && !lw.hasSuffix("ed") && !lw.hasSuffix("ly") && !lw.hasSuffix("ing") && lw.utf8.count > 2
            guard MentionFinder.isModifier(s[k]) || nounBeforeNoun || craft || MentionFinder.groupNouns.contains(lw) && s.has(k + 1, .personNoun) else { return nil }
            k += 1
        }
        guard k < s.count, s.has(k, .personNoun) else { return nil }
        // "Two of the country's best-known boxers": after a count, a possessed noun after "'s"
        // is the head.
        if count != nil, k + 2 < s.count, s[k + 1].isPossessive {
            var q = k + 2
            while q < s.count, q < k + 5, !s.has(q, .personNoun), !s[q].isCapitalized, MentionFinder.isModifier(s[q]) { q += 1 }
            if q < s.count, q > k + 1, s.has(q, .personNoun) { k = q }
        }
        let head = s.lower(k)
        // "military figures", "council members": the noun is a modifier of the next one.
        if k + 1 < s.count, !s[k + 1].isPunct, !s[k + 1].isCapitalized, MentionFinder.compoundHeads.contains(head) {
            let n = s.lower(k + 1)
            if !(WordClass.auxiliaries.contains(n) || WordClass.prepositions.contains(n) || WordClass.clauseOpeners.contains(n) || n == "and" || n == "or" || WordClass.isAdverb(n) || n.hasSuffix("ed")) {
                if s.has(k + 1, .personNoun) {
                    // Let the longer description start at the same place: "council members".
                } else { return nil }
            }
        }
        // "the council", "the government" alone are handled as bodies and metonyms elsewhere.
        if MentionFinder.bodyHeads.contains(head) && count == nil && country == nil && k == j { return nil }
        var m = Mention(sentence: s.index, start: i, end: k + 1, kind: .unnamed)
        m.head = head
        m.count = count
        m.isDefinite = definite
        m.isPlural = collective || s.has(k, .collectiveNoun) || count.map { $0 > 1 } == true
        m.country = country
        if MentionFinder.governingHeads.contains(head), let c = country,
           let entry = lexicon.places.values.first(where: { $0.code == c && $0.kind == .country }) {
            m.kind = .known
            m.entry = entry
            m.text = s.text(m.span)
            return m
        }
        // "Hundreds of Congolese soldiers and police officers": two kinds of people joined are one group.
        if head.hasSuffix("s"), k + 2 < s.count, s.lower(k + 1) == "and" {
            var q = k + 2
            while q < s.count, q < k + 5, !s.has(q, .personNoun), !s[q].isPunct, MentionFinder.isModifier(s[q]) { q += 1 }
            while q + 1 < s.count, s.has(q, .personNoun), s.has(q + 1, .personNoun) { q += 1 }
            if q < s.count, s.has(q, .personNoun), s.lower(q).hasSuffix("s") {
                m.end = q + 1
                m.isPlural = true
            }
        }
        extendDescription(&m)
        m.descriptor = s.text(m.span)
        m.text = m.descriptor ?? ""
        return m
    }

    /// Plural heads a description of a country's officials can have ("Yemen's ambassadors to
    /// several Arab countries", "Syria's army officers").
    static let officialPluralHeads: WordSet = ["soldiers", "officers", "officials", "diplomats", "envoys", "ambassadors", "ministers", "generals", "colonels", "pilots", "troops", "lawmakers", "commanders", "policemen", "constables", "gendarmes", "guards", "guardsmen", "sailors", "conscripts", "athletes", "players", "footballers", "defectors"]

    /// "Yemen's ambassadors to several Arab countries", "Syria's army officers": a country's
    /// possessive and a plural official head, with no determiner, is a group of unnamed
    /// officials of that country.
    func countryOfficials(at i: Int) -> Mention? {
        guard let (e, end, _) = gazetteer(at: i), e.kind == .country, let code = e.code else { return nil }
        // A bare demonym and plural ("Libyan diplomats have resigned") is as often generic as
        // not: only the country's own officials count ("Yemen's ambassadors").
        var k = end
        guard k < s.count, s[k].isPossessive else { return nil }
        k += 1
        let first = k
        while k < s.count, k < first + 3, !s.has(k, .personNoun) || !MentionFinder.officialPluralHeads.contains(s.lower(k)) {
            guard !s[k].isCapitalized, !s[k].isPunct, MentionFinder.isModifier(s[k]) || MentionFinder.forceNouns.contains(s.lower(k)) else { return nil }
            k += 1
        }
        guard k < s.count, MentionFinder.officialPluralHeads.contains(s.lower(k)) else { return nil }
        var m = Mention(sentence: s.index, start: i, end: k + 1, kind: .unnamed)
        m.head = s.lower(k)
        m.isPlural = true
        m.country = code
        extendDescription(&m)
        m.descriptor = s.text(m.span)
        m.text = m.descriptor ?? ""
        return m
    }

    /// Nouns of the bodies a member can belong to: "Cuba's national baseball team".
    static let groupNouns: WordSet = ["team", "squad", "delegation", "embassy", "mission", "party", "cabinet", "government", "parliament", "federation", "unit", "battalion", "brigade", "regiment", "division", "crew", "staff", "orchestra", "troupe", "club"]

    /// Capitalised words of a diplomatic mission after a country's name: "the Pakistani High
    /// Commission", "the Soviet Embassy".
    static let missionBodies: WordSet = ["high", "commission", "embassy", "consulate", "legation", "mission"]

    /// Nouns of armed and security bodies that a possessor can own: "Syria's air force".
    static let forceNouns: WordSet = ["army", "navy", "air", "force", "forces", "guard", "police", "military", "intelligence", "security", "services", "corps"]

    /// The end of the body a possessive at `end` introduces, or `end` when none does:
    /// "of Venezuela's National Guard", "of Syria's air force", "of Cuba's national baseball
    /// team", "of Syria's military police", "of Iran's national women's table tennis squad".
    func possessedBodyEnd(after end: Int) -> Int {
        guard end < s.count, s[end].isPossessive else { return end }
        if let (_, e3, _) = gazetteer(at: end + 1) { return e3 }
        // The possessed body, up to its head noun.
        var k = end + 1
        while k < s.count, k < end + 5, s[k].isCapitalized && !s[k].isPossessive || MentionFinder.forceNouns.contains(s.lower(k)) { k += 1 }
        if k == end + 1 {
            var j = end + 1
            // "of Iran's national women's table tennis squad": a possessive inside it too.
            while j < s.count, j < end + 7, !s[j].isPunct || s[j].isPossessive, !s[j].isCapitalized, !MentionFinder.groupNouns.contains(s.lower(j)),
                  MentionFinder.isModifier(s[j]) || s[j].isPossessive || !s.has(j, [.auxiliary, .preposition, .determiner, .pronoun]) && !s.lower(j).hasSuffix("ed") { j += 1 }
            if j < s.count, MentionFinder.groupNouns.contains(s.lower(j)) { k = j + 1 }
        }
        return k > end + 1 ? k : end
    }

    /// Whether `text` is an acronym of two to five capital letters ("RSF", "KGB", "FSA").
    static func isAcronym(_ text: String) -> Bool {
        (2...5).contains(text.utf8.count) && EventFinder.isCapitals(text)
    }

    /// Nouns of the places and units a post is held in: "the commander of a nearby air base".
    static let postPlaceNouns: WordSet = ["parliament", "congress", "assembly", "senate", "legislature", "base", "airbase", "garrison", "barracks", "airport", "port", "ministry", "command", "department", "headquarters", "prison", "academy", "agency", "directorate", "battalion", "brigade", "regiment", "division", "unit", "embassy", "consulate", "mission", "province", "district", "region", "city", "town", "village", "camp", "checkpoint", "crossing"]

    /// The end of an unnamed place or unit after "of" starting at word `k` ("a nearby air
    /// base", "the army's 5th Division"), or nil.
    func placeOfPostEnd(from k: Int) -> Int? {
        var j = k
        if j < s.count, ["a", "an", "the", "its", "their", "his", "her"].contains(s.lower(j)) { j += 1 }
        let start = j
        while j < s.count, j < start + 4, !s[j].isPunct || s[j].isPossessive {
            if MentionFinder.postPlaceNouns.contains(s.lower(j)), j + 1 >= s.count || !MentionFinder.postPlaceNouns.contains(s.lower(j + 1)) { return j + 1 }
            if s.has(j, [.auxiliary, .preposition, .pronoun, .reportingVerb]) { return nil }
            j += 1
        }
        return nil
    }

    /// Companies people tour with: "a dancer with a Bulgarian folk ensemble".
    static let touringCompanies: WordSet = ["ensemble", "choir", "company", "circus", "ballet", "band", "expedition", "tour"]

    /// Possessive determiners before a group a person belongs to ("of its own staff").
    static let ownerWords: WordSet = ["its", "their", "his", "her", "our", "own"]

    /// The end of "in <place>" or "with <a group>" right after an unnamed person's head, or nil:
    /// "in Copenhagen", "in Nabatiyeh", "with a Bulgarian folk ensemble", "with the national
    /// team". Not a date ("in April") and not a clause ("in which").
    func placeOrCompanyEnd(after end: Int) -> Int? {
        guard end + 1 < s.count else { return nil }
        let k = end + 1
        switch s.lower(end) {
        case "in":
            if let (e, e2, _) = gazetteer(at: k) { return e.kind == .country || e.kind == .location ? e2 : nil }
            var j = k
            while j < s.count, j < k + 3, s[j].isCapitalized, !s[j].isPunct, !s.has(j, [.temporalWord, .notName]), gazetteer(at: j) == nil { j += 1 }
            // A capitalised word that starts a name ("in Prime Minister X's cabinet") is not a place.
            return j > k && (j == s.count || !s[j].isPossessive) ? j : nil
        case "with":
            var j = k
            guard j < s.count, ["a", "an", "the"].contains(s.lower(j)) else { return nil }
            j += 1
            let start = j
            while j < s.count, j < start + 4, !s[j].isPunct {
                if MentionFinder.groupNouns.contains(s.lower(j)) || MentionFinder.touringCompanies.contains(s.lower(j)) { return j + 1 }
                if s.has(j, [.auxiliary, .preposition, .pronoun, .reportingVerb]) { return nil }
                j += 1
            }
            return nil
        default:
            return nil
        }
    }

    /// Heads of legislators named by their seat ("the Member for Coldwater Bay").
    static let seatHolders: WordSet = ["member", "mp", "mla", "mep", "senator", "deputy", "representative", "congressman", "congresswoman"]

    /// Extends a description over "of this Council", "of Syria's Republican Guard",
    /// "claiming to be Syria's deputy oil minister", "for Coldwater Bay" after a legislator.
    func extendDescription(_ m: inout Mention) {
        var end = m.end
        if end + 1 < s.count, s.lower(end) == "of" {
            var k = end + 1
            if ["this", "the", "these", "that"].contains(s.lower(k)) { k += 1 }
            if let (e, e2, _) = gazetteer(at: k) {
                if m.country == nil, e.kind == .country { m.country = e.code }
                // "the delegation of El Salvador": the state is named too (an actor of its own).
                if e.kind == .country, m.head == "delegation", e2 == possessedBodyEnd(after: e2) { m.alsoNamed.append(e) }
                end = possessedBodyEnd(after: e2)
                // "members of the Venezuelan security forces": a body the country adjective heads.
                while end == e2 || MentionFinder.forceNouns.contains(s.lower(end - 1)), end < s.count, MentionFinder.forceNouns.contains(s.lower(end)) || MentionFinder.groupNouns.contains(s.lower(end)) { end += 1 }
                // "the principal conductor of the Belarusian State Philharmonic": a body the
                // country's adjective opens, by its capitalised name.
                if end == e2, end < s.count, s[end].isCapitalized {
                    var q = end
                    while q < s.count, q < end + 4, s[q].isCapitalized, !s.has(q, .givenName) { q += 1 }
                    if q > end, MentionFinder.bodyNameEnds.contains(s.lower(q - 1)) { end = q }
                }
                // "two constables of the Indonesian frontier police": one modifier before the force.
                if end == e2, end + 1 < s.count, !s[end].isPunct, !s[end].isCapitalized, !s.has(end, [.auxiliary, .preposition, .determiner, .pronoun]),
                   MentionFinder.forceNouns.contains(s.lower(end + 1)) {
                    end += 2
                    while end < s.count, MentionFinder.forceNouns.contains(s.lower(end)) { end += 1 }
                }
                // "two members of the Pakistani High Commission in New Delhi": a mission.
                if end == e2 { while end < s.count, s[end].isCapitalized, MentionFinder.missionBodies.contains(s.lower(end)) { end += 1 } }
            } else if k < s.count, s[k].isCapitalized, let f = (k..<min(s.count, k + 4)).first(where: { !s[$0].isCapitalized }), f > k,
                      MentionFinder.forceNouns.contains(s.lower(f - 1)) {
                // "two members of the Federal Border Police": a force the gazetteer lacks, by its name.
                end = f
            } else if let e = placeOfPostEnd(from: k) {
                // "the commander of a nearby air base", "the head of the logistics command".
                end = e
            } else if let g = (k..<min(s.count, k + 4)).first(where: { MentionFinder.groupNouns.contains(s.lower($0)) }),
                      (k..<g).allSatisfy({ MentionFinder.ownerWords.contains(s.lower($0)) }) {
                // "a member of its own staff", "two players of their team": the group is the owner's.
                end = g + 1
            } else if let g = (k..<min(s.count, k + 4)).first(where: { MentionFinder.groupNouns.contains(s.lower($0)) }),
                      (k..<g).allSatisfy({ !s[$0].isPunct && !s[$0].isCapitalized && !s.has($0, [.auxiliary, .preposition, .determiner, .pronoun]) }) {
                // "eighteen members of the national football squad": the team they belong to.
                end = g + 1
            } else if k < s.count, Lexicon.resolutionNouns.contains(s.lower(k)) || s.has(k, .personNoun) {
                end = k + 1
                // "a member of the women's national volleyball squad": the possessed noun phrase.
                if end < s.count, s[end].isPossessive || s.lower(end) == "'s" {
                    var j = end + 1
                    while j < s.count, j < end + 5, !s[j].isPunct, !WordClass.auxiliaries.contains(s.lower(j)), !WordClass.prepositions.contains(s.lower(j)),
                          !WordClass.clauseOpeners.contains(s.lower(j)), !s.lower(j).hasSuffix("ed") { j += 1 }
                    if j > end + 1 { end = j }
                }
            }
        }
        // "a Bulgarian diplomat in Copenhagen", "a dancer with a Bulgarian folk ensemble": where an
        // unnamed person serves, or the company they travel with, is part of who they are.
        if m.kind == .unnamed, end == m.end, let e = placeOrCompanyEnd(after: end) { end = e }
        // "the Member for Coldwater Bay", "the MP for Ashworth": a legislator's seat names them.
        if end + 1 < s.count, s.lower(end) == "for", MentionFinder.seatHolders.contains(m.head ?? ""), s[end + 1].isCapitalized {
            var k = end + 1
            while k < s.count, k < end + 5, s[k].isCapitalized || s.has(k, .hyphen) && !s[k].isPunct { k += 1 }
            end = k
        }
        // "a man claiming to be X": the description carries its own hedge.
        if end + 2 < s.count, s.lower(end) == "who", let start = MentionFinder.selfDescription(s, who: end) {
            // "a man who told reporters he was a flight lieutenant of the air force said ...": what
            // he says he is, up to the clause's own verb.
            var k = start
            while k < s.count, k < start + 12, !s[k].isPunct || s[k].isPossessive,
                  k == start || s[k].isPossessive || !(WordClass.auxiliaries.contains(s.lower(k)) || s.has(k, .reportingVerb) || WordClass.clauseOpeners.contains(s.lower(k))
                    || s.has(k, .triggerStart) && !s.has(k - 1, [.determiner, .preposition]) || k > start + 1 && s.lower(k).hasSuffix("ed")) { k += 1 }
            m.hedge = .claimed
            for r in start..<k {
                if let inner = role(at: r), inner.role != nil { m.role = inner.role; if m.country == nil { m.country = inner.country }; break }
            }
            end = k
        } else if end + 2 < s.count, ["claiming", "purporting", "who", "identifying"].contains(s.lower(end)) {
            var k = end
            // It ends before the clause's own verb ("... logistics command said he had left").
            while k < s.count, k < end + 16, !s[k].isPunct || s[k].isPossessive, k == end || s[k].isPossessive || !(WordClass.auxiliaries.contains(s.lower(k)) || k > end + 2 && (s.lower(k).hasSuffix("ed") || s.has(k, .reportingVerb)) && s.lower(k - 1) != "to") || s.lower(k - 1) == "to"
                || k == end + 3 && ["said", "says", "say"].contains(s.lower(end + 1)) && ["he", "she", "they"].contains(s.lower(end + 2)) { k += 1 }
            if s.lower(end) != "who" || s.text(end..<k).contains("claim") || MentionFinder.describesItself(s, from: end + 1, to: k) {
                m.hedge = .claimed
                // Take the role inside ("to be Syria's deputy oil minister").
                for r in (end + 1)..<k {
                    if let inner = role(at: r), inner.role != nil { m.role = inner.role; if m.country == nil { m.country = inner.country }; break }
                }
                end = k
            }
        }
        m.end = max(m.end, end)
    }

    /// Whether words `from..<to` hold a self-description: "identified himself as a brigadier
    /// general", "described herself as a former officer" (a man who says what he is). Not a
    /// name ("identified himself as Dzmitry Lapko"): that links the man to the name.
    static func describesItself(_ s: SentenceWords, from: Int, to: Int) -> Bool {
        guard from + 3 < to else { return false }
        for k in from..<(to - 3) where ["identified", "described", "introduced", "presented"].contains(s.lower(k)) {
            if ["himself", "herself", "themselves"].contains(s.lower(k + 1)), s.lower(k + 2) == "as", !s[k + 3].isCapitalized { return true }
        }
        // "who said they were soldiers from a battalion", "who said he was a sergeant".
        for k in from..<(to - 3) where ["said", "says", "say"].contains(s.lower(k)) {
            if ["he", "she", "they"].contains(s.lower(k + 1)), ["was", "were", "is", "are"].contains(s.lower(k + 2)), !s[k + 3].isCapitalized { return true }
        }
        return false
    }

    /// Where a self-description after "who" starts: "who told reporters he was [a sergeant]",
    /// "who said she had been [a clerk]", "who gave his name only as [a captain]", "who told a
    /// newspaper that he had been [the radio officer ...]". Nil when the clause says something
    /// else, or names a person ("who said he was Ivan Petrov").
    static func selfDescription(_ s: SentenceWords, who: Int) -> Int? {
        var k = who + 1
        if ["gave", "gives"].contains(s.lower(k)), ["his", "her"].contains(s.lower(k + 1)), s.lower(k + 2) == "name" {
            k += 3
            if s.lower(k) == "only" { k += 1 }
            guard s.lower(k) == "as" else { return nil }
            k += 1
        } else {
            guard ["said", "says", "told", "tells", "claimed", "claims", "insisted"].contains(s.lower(k)) else { return nil }
            k += 1
            // The one told ("reporters", "a Copenhagen newspaper", "immigration officers").
            var j = k
            while j < s.count, j < k + 5, !s[j].isPunct, !["he", "she", "they", "that"].contains(s.lower(j)) { j += 1 }
            k = j
            if s.lower(k) == "that" { k += 1 }
            guard ["he", "she", "they"].contains(s.lower(k)) else { return nil }
            k += 1
            if ["had", "has", "have"].contains(s.lower(k)), s.lower(k + 1) == "been" { k += 2 }
            else if ["was", "were", "is", "are"].contains(s.lower(k)) { k += 1 }
            else { return nil }
        }
        guard k < s.count, ["a", "an", "the"].contains(s.lower(k)) || !s[k].isCapitalized else { return nil }
        return k
    }

    func startsCount(_ i: Int) -> Bool { number(at: i) != nil }

    /// Nouns that often modify another noun ("military figures", "council members").
    static let compoundHeads: WordSet = ["military", "army", "council", "security", "government", "opposition", "regime", "guard", "state", "member", "country", "leader", "party", "police", "forces", "official", "general", "chief", "senior", "head"]

    /// Words that can stand between a determiner and the head of an unnamed actor.
    static let modifierWords: WordSet = ["trade", "press", "finance", "embassy", "consular", "legation", "ministry", "customs", "aviation", "party", "union", "helicopter", "fighter", "jet", "tank", "submarine", "transport", "bomber", "infantry", "artillery", "missile", "drone", "coast", "riot", "combat", "test", "navy", "frontline", "reserve", "elected", "police", "military", "force", "forces", "naval", "marine", "top", "senior", "junior", "young", "old", "unnamed", "unidentified", "other", "foreign", "defense", "defence", "oil", "army", "air", "security", "intelligence", "government", "opposition", "rebel", "regime", "council", "border", "elite", "former", "high-ranking", "low-ranking", "mid-ranking", "ranking", "permanent", "non-permanent", "fellow", "key", "prominent", "several", "many", "few", "more", "couple", "lone", "single", "second", "third", "first", "last", "latest", "new", "ruling", "cabinet", "western", "arab", "muslim", "gulf", "european", "african", "asian", "member", "veteran", "retired", "serving", "active", "one-time", "guerrilla", "militia", "resistance", "underground"]

    /// `isModifier(word.lower)`, with the table lookups read from the word's flags.
    static func isModifier(_ word: Word) -> Bool {
        if !word.flags.isDisjoint(with: [.modifierWord, .roleModifier, .hyphen]) { return true }
        var w = word.lower
        // A string ends with an ASCII suffix only if its bytes do: find the suffixes whose bytes
        // end the word (a bit each), then confirm those as before.
        let candidates: UInt32 = w.withUTF8 { b in
            guard let last = b.last, modifierSuffixLastBytes.contains(last) else { return 0 }
            var bits: UInt32 = 0
            for (n, (_, tail)) in modifierSuffixes.enumerated() where b.count >= tail.count {
                var equal = true
                for k in 0..<tail.count where b[b.count - tail.count + k] != tail[k] { equal = false; break }
                if equal { bits |= 1 << UInt32(n) }
            }
            return bits
        }
        guard candidates != 0 else { return false }
        for (n, (suffix, _)) in modifierSuffixes.enumerated() where candidates & (1 << UInt32(n)) != 0 && w.hasSuffix(suffix) && w.count > 4 {
            return true
        }
        return false
    }
    /// Last bytes of the suffixes: n e h l c y t s r d.
    static let modifierSuffixLastBytes: [UInt8] = Array("nehlcytsrd".utf8)
    static let modifierSuffixes: [(String, [UInt8])] = ["ian", "ese", "ish", "al", "ic", "ive", "ary", "ory", "ent", "ant", "ous", "ful", "less", "ern", "ior", "ed"].map { ($0, Array($0.utf8)) }

    static func isModifier(_ w: String) -> Bool {
        if modifierWords.contains(w) || roleModifiers.contains(w) || w.utf8.contains(45) { return true }
        for suffix in ["ian", "ese", "ish", "al", "ic", "ive", "ary", "ory", "ent", "ant", "ous", "ful", "less", "ern", "ior", "ed"] where w.hasSuffix(suffix) && w.count > 4 { return true }
        return false
    }

    func number(at i: Int) -> Int? { MentionFinder.number(s, at: i) }

    /// The count word or number at word `i` ("twelve", "12", "1,200").
    static func number(_ s: SentenceWords, at i: Int) -> Int? {
        guard i < s.count else { return nil }
        if s.has(i, .countWord), let n = WordClass.countValues[s.lower(i)] { return n }
        guard s[i].isNumber else { return nil }
        return Int(s[i].text.filter { $0 != "," })
    }

    // MARK: - Person names

    /// A run of capitalised name tokens at `i`: "Nawaf Fares", "Bashar al-Assad", "Susan E. Rice".
    func nameRun(at i: Int, allowPlace: Bool = false) -> (Int, [String])? {
        var j = i
        var name: [String] = []
        while j < s.count {
            let w = s[j]
            let lw = w.lower
            if w.isPunct || w.isPossessive || w.isNumber { break }
            if !allowPlace, gazetteer(at: j) != nil, !name.isEmpty || j == i { if name.isEmpty { return nil }; break }
            if w.isCapitalized {
                if w.flags.contains(.notName) && !(j == i && familyNameBeforeHyphenatedGivenName(j)) { break }
                // "MiG-15", "Su-27", "F-16": a model number, not a name.
                if w.text.utf8.contains(where: { (0x30...0x39).contains($0) }) { break }
                // "Moussa Koussa Abandons Gadhafi": a headline verb ends the name.
                if !name.isEmpty && !w.flags.isDisjoint(with: [.triggerStart, .reportingVerb]) { break }
                if w.flags.contains(.titleStart) && name.isEmpty && !w.flags.contains(.givenName) { break }
                name.append(w.text)
                j += 1
                continue
            }
            // "al-Assad", "bin Laden", "van Rompuy".
            if w.flags.contains(.hyphen), let dash = lw.firstIndex(of: "-"), MentionFinder.nameParticles.contains(String(lw[..<dash])), !name.isEmpty || j > i {
                name.append(w.text); j += 1; continue
            }
            if w.flags.contains(.nameParticle), !name.isEmpty, j + 1 < s.count, s[j + 1].isCapitalized {
                name.append(w.text); j += 1; continue
            }
            break
        }
        if name.isEmpty { return nil }
        return (j, name)
    }

    /// The head given to an age used as a noun ("the 24-year-old").
    static let ageHead = "year-old"

    /// "24-year-old", "five-year-old": a number, then "-year-old".
    static func isAge(_ w: String) -> Bool {
        guard w.hasSuffix("-year-old"), let first = w.first else { return false }
        return first.isNumber || WordClass.countValues[String(w.dropLast("-year-old".count))] != nil
    }

    /// Participles said only of a person, opening a phrase set off after a name ("X, known
    /// to all as Juanita,", "X, born in 1931,").
    /// Articles before a person's title that a name follows ("the deputy Idit Silman").
    static let titleArticles: WordSet = ["the", "a"]
    /// Words inside a body's name between its institution word and the rest ("the Movement
    /// for Multi-party Democracy", "the Party of Regions").
    static let bodyNameLinks: WordSet = ["for", "of"]
    /// Irregular past forms of event verbs that a lone name before them is the subject of.
    static let irregularPastActs: WordSet = ["quit", "fled", "left", "broke", "crossed", "sought", "went", "flew", "swam", "ran", "threw", "split", "tore", "swore", "joined", "vetoed"]
    static let personParticiples: WordSet = ["known", "born", "nicknamed", "dubbed", "aged", "whom", "elected", "re-elected", "appointed", "married", "widowed"]

    /// Family nouns that a name in apposition can follow ("her husband, X,").
    static let kinshipNouns: WordSet = ["husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "uncle", "aunt", "son-in-law", "brother-in-law"]

    /// "No Kum-sok", "So Jin-ho": a short family name that is also a common word, before a
    /// hyphenated given name in the Korean way (capital, hyphen, lower case: "Kum-sok").
    func familyNameBeforeHyphenatedGivenName(_ i: Int) -> Bool {
        guard i + 1 < s.count, MentionFinder.familyNamesThatAreWords.contains(s.lower(i)), s.has(i + 1, .hyphen), s[i + 1].isCapitalized else { return false }
        let parts = s[i + 1].text.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { (2...4).contains($0.count) && $0.allSatisfy(\.isLetter) }
            && parts[0].dropFirst().allSatisfy(\.isLowercase) && parts[1].allSatisfy(\.isLowercase)
    }

    /// Korean family names spelled like English words ("No Kum-sok", "So Jin-ho", "Oh Chong-song").
    static let familyNamesThatAreWords: WordSet = ["no", "so", "do", "oh", "ha", "an", "ma", "yu", "go", "ko", "mo", "bu"]

    /// Whether the comma at `k` is followed by the clause's verb (a trigger or an auxiliary).
    func verbAfter(comma k: Int) -> Bool {
        s.lower(k) == "," && (lexicon.triggerForms[s.lower(k + 1)] != nil || WordClass.auxiliaries.contains(s.lower(k + 1)))
    }

    func person(at i: Int) -> Mention? {
        guard s[i].isCapitalized, !s[i].flags.contains(.notName) || familyNameBeforeHyphenatedGivenName(i) else { return nil }
        guard let (end, name) = nameRun(at: i) else { return nil }
        // "Said to Defect": a verb that is also a given name.
        if name.count == 1, WordClass.reportingVerbs.contains(name[0].lowercased()), ["to", "that"].contains(s.lower(end)) { return nil }
        // "Soviet Embassy", "Hussein Air Base", "Al Jazeera Television": places and bodies, not people.
        if let last = name.last?.lowercased(), MentionFinder.institutionWords.contains(last) { return nil }
        // "the Janata Party", "the Labour Front": a name run that a capitalised institution word
        // ends is the body's name ("Party" stops the run as a word that opens no name).
        if end < s.count, s[end].isCapitalized, s.has(end, .institutionWord) { return nil }
        // "the Movement for Multi-party Democracy", "the Front for the Liberation of Mozambique":
        // capitals after an institution word and "for" or "of" continue the body's name.
        if i >= 2, MentionFinder.bodyNameLinks.contains(s.lower(i - 1)) || s.lower(i - 1) == "the" && i >= 3 && MentionFinder.bodyNameLinks.contains(s.lower(i - 2)),
           case let head = s.lower(i - 1) == "the" ? i - 3 : i - 2, s[head].isCapitalized, s.has(head, .institutionWord) { return nil }
        // "the Newmarket-Aurora MP", "the Edmonton MP": a place before a title is a description.
        if name.count >= 2, s.has(i - 1, .article), let last = name.last?.lowercased(),
           lexicon.titles[last]?.personOnly == true { return nil }
        // "Sixty years ago today", "Thirty-five of them": a number word, not a name.
        // "Fourteen Bengali members of the embassy": a count opens no name however long the run.
        if name[0].lowercased().split(separator: "-").allSatisfy({ WordClass.countValues[String($0)] != nil }) { return nil }
        // "Officials said", "Diplomats say": a common noun at the start of a sentence.
        if name.count == 1, !lexicon.flags(of: name[0].lowercased()).isDisjoint(with: MentionFinder.commonNounClasses) { return nil }
        // "Prosecutors said", "Investigators believe": the plural of a title, not a name.
        if name.count == 1, case let w = name[0].lowercased(), w.hasSuffix("s"), lexicon.titles[String(w.dropLast())] != nil { return nil }
        if isHeadline && (name.count < 2 || !lexicon.givenNames.contains(name[0].lowercased())) { return nil }
        let previous = s.lower(i - 1)
        let next = s.lower(end)
        let given = lexicon.givenNames.contains(name[0].lowercased())
        let speaks = WordClass.reportingVerbs.contains(next) || (next == "of" || next == ",") && given
        let hasParticle = name.contains { t in t.lowercased().hasPrefix("al-") || MentionFinder.nameParticles.contains(t.lowercased()) }
        // A capitalised word after "in", "at", "from" is a place unless it is clearly a name.
        if WordClass.locativePrepositions.contains(previous) && !given { return nil }
        // "Her husband, Arseni Zdanevich, has ...", "the spokesman, Ilya Morov,": a name set off
        // by commas after a person noun names that person.
        let appositive = previous == "," && next == "," && i >= 2
            && (s.has(i - 2, .personNoun) || MentionFinder.kinshipNouns.contains(s.lower(i - 2)))
        // "X, the ...", "X, who ...", "X, 24," (an age set off by commas).
        let confirmed = next == "," && (MentionFinder.appositionOpeners.contains(s.lower(end + 1))
                // "Juana Castro Ruz, known to everyone as Juanita,", "X, born in Aleppo,": what
                // only a person is.
                || MentionFinder.personParticiples.contains(s.lower(end + 1))
                || s.lower(end + 1) == "one" && s.lower(end + 2) == "of"
                // "Chary Babayev, ambassador to Britain,", "X, former central bank chief": a post
                // set off by a comma after the name, with no article.
                || lexicon.titlePhrases[s.lower(end + 1)] != nil || MentionFinder.roleModifiers.contains(s.lower(end + 1))
                // "Wanume Kibedi, Amin's foreign minister,": a possessive name after the comma.
                || (end + 2 < s.count && s[end + 1].isCapitalized && s[end + 2].isPossessive)
                || (end + 2 < s.count && s[end + 1].isNumber && s.lower(end + 2) == "," && (Int(s[end + 1].text).map { (14...99).contains($0) } ?? false)))
            || (WordClass.auxiliaries.contains(next) && !["'s"].contains(next)) || lexicon.triggerForms[next] != nil || appositive
            // "the runner who carried the flag, Weynay Tesfay, applied for asylum": a name set
            // off by commas before the clause's verb.
            || previous == "," && next == "," && verbAfter(comma: end)
            // "two players, Norbert Nachtweih and Jurgen Pahl, stayed behind": the same for a
            // pair of names.
            || previous == "," && next == "and" && end + 1 < s.count && s[end + 1].isCapitalized
                && ((end + 2)..<min(s.count, end + 6)).contains { s.lower($0) == "," && verbAfter(comma: $0) }
            || previous == "and" && next == "," && verbAfter(comma: end) && i >= 4 && ((i - 5)..<(i - 1)).contains { $0 >= 0 && s.lower($0) == "," }
            // "Yulieski Gurriel and his younger brother": a name that "his" or "her" refers back
            // to at once, with a kinsman after it.
            || next == "and" && s.lower(end + 1, isEither: "his", or: "her")
                && (end + 2..<min(s.count, end + 5)).contains { MentionFinder.kinshipNouns.contains(s.lower($0)) }
            // "the deputy Idit Silman", "the lawmaker Nir Orbach": a name after a person's title.
            || name.count >= 2 && i >= 2 && MentionFinder.titleArticles.contains(s.lower(i - 2)) && (lexicon.titles[previous]?.personOnly == true || s.has(i - 1, .personNoun))
            // "Ghaida Rinawie Zoabi of Meretz": a member of a party the gazetteer knows.
            || next == "of" && (gazetteer(at: end + 1).map { EventFinder.isParty($0.0) } ?? false)
            // "Jim Hale of Ohio, Democrat to Republican", "Virgil Goode of Virginia leaves the
            // Democrats": a legislator by name and state, then a comma or the clause's verb.
            || next == "of" && end + 2 < s.count && s[end + 1].isCapitalized && !s[end + 2].isCapitalized
                && (s.lower(end + 2) == "," || lexicon.triggerForms[s.lower(end + 2)] != nil || WordClass.auxiliaries.contains(s.lower(end + 2)))
                && !MentionFinder.institutionWords.contains(name[name.count - 1].lowercased())
        if name.count >= 2 {
            guard given || speaks || hasParticle || previous == "as" || confirmed else {
                var m = Mention(sentence: s.index, start: i, end: end, kind: .person)
                m.name = name
                m.text = s.text(m.span)
                m.count = -1  // weak: a name only if coreference confirms it
                return m
            }
        }
        var m = Mention(sentence: s.index, start: i, end: end, kind: .person)
        m.name = name
        m.text = s.text(m.span)
        // "In 1995 Mrema quit CCM": a lone name right before an event verb acts, as one before a
        // reporting verb speaks (past forms only: "Rally defects" in a title is no name).
        // (Not an acronym, "RSF", nor the end of a longer name, "New Hampshire left", nor a
        // sentence's first word, which any capitalised word may be: "Others crossed".)
        let acts = (lexicon.triggerForms[next] != nil && next.hasSuffix("ed") || MentionFinder.irregularPastActs.contains(next))
            && name[0].contains(where: \.isLowercase) && i > 0 && !s[i - 1].isCapitalized
        if name.count == 1 && !speaks && !acts { m.count = -1 }
        return m
    }

    /// "U.S.-drafted", "French-sponsored": a country or body inside a hyphenated word.
    func compound(at i: Int) -> Mention? {
        // No hyphen byte, no "-" character.
        guard s[i].flags.contains(.hyphen) else { return nil }
        let w = s.lower(i)
        guard let dash = w.lastIndex(of: "-"), dash != w.startIndex else { return nil }
        let prefix = String(w[..<dash])
        guard let entry = lexicon.places[prefix], lexicon.placeCase[prefix] != nil, s[i].isCapitalized else { return nil }
        var m = Mention(sentence: s.index, start: i, end: i + 1, kind: .known, entry: entry)
        m.text = String(s[i].text[..<s[i].text.index(s[i].text.startIndex, offsetBy: prefix.count)])
        // "a U.S.-Albanian draft", "the German-Belgian text": a second country after the dash.
        let suffix = String(w[w.index(after: dash)...])
        if let other = lexicon.places[suffix], other.kind == .country, other.key != entry.key, lexicon.demonyms.contains(suffix) {
            m.alsoNamed = [other]
        }
        return m
    }

    func pronoun(at i: Int) -> Mention? {
        guard s.has(i, .pronoun) else { return nil }
        let w = s.lower(i)
        var m = Mention(sentence: s.index, start: i, end: i + 1, kind: .pronoun)
        m.head = w
        m.text = s[i].text
        m.isPlural = ["they", "them", "their", "themselves", "we", "us", "our"].contains(w)
        return m
    }

    // MARK: - Appositions

    /// "Susan Rice, the US Ambassador to the UN," and "The senior analyst ..., Daniel Pinkston,"
    /// give the person the role; "Tlas served as a brigadier general" too.
    /// The words between a description and a name in apposition: a comma, possibly after a
    /// short infinitive ("The first member of parliament to break ranks, Ikhlas Badawi").
    static func isApposition(_ s: SentenceWords, from: Int, to: Int) -> Bool {
        guard to > from, s.lower(to - 1) == "," else { return false }
        if to - from == 1 { return true }
        let inner = (from..<(to - 1))
        return s.lower(from) == "to" && inner.count <= 5 && !inner.contains { s[$0].isPunct }
    }

    /// "No Kum-sok, a young North Korean lieutenant who ...": a comma, an article and modifiers
    /// the role mention left out stand between a name and its description.
    func isDescribedApposition(from end: Int, to start: Int) -> Bool {
        guard end < s.count, s.lower(end) == ",", ["a", "an"].contains(s.lower(end + 1)) else { return false }
        var k = end + 2
        while k < start, MentionFinder.isModifier(s[k]) { k += 1 }
        return k == start && start > end + 2
    }

    /// "Khudaiberdy Orazov, former central bank chief and deputy prime minister,": a first post
    /// set off by a comma and joined by "and" to the post the role mention holds, both the
    /// person's. The words between are a short post phrase (a title among them, no punctuation).
    func coordinatedPost(from end: Int, to start: Int) -> Bool {
        guard start - end >= 3, start - end <= 7, s.lower(end) == ",", s.lower(start - 1) == "and" else { return false }
        let inner = (end + 1)..<(start - 1)
        return !inner.contains { s[$0].isPunct || s[$0].isCapitalized && !s[$0].flags.contains(.notName) }
            && inner.contains { lexicon.titles[s.lower($0)] != nil }
    }

    /// "Mr Rurarz, an economist by training, went": a short phrase opened by a preposition
    /// ("by training", "in the ministry") and closed by a comma ends a description at `end`.
    static func closesOnQualifier(_ s: SentenceWords, after end: Int) -> Bool {
        guard s.has(end, .preposition), !s.has(end, .relativePronoun) else { return false }
        guard let comma = (end + 1..<min(s.count, end + 5)).first(where: { s[$0].isPunct }) else { return false }
        return s.lower(comma) == "," && comma > end + 1
    }

    func attachAppositions(_ ms: [Mention]) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(ms.count)  // one mention out per mention in at most
        var skip: Set<Int> = []
        for (n, m) in ms.enumerated() where !skip.contains(n) {
            var m = m
            if m.kind == .person, n + 1 < ms.count {
                let next = ms[n + 1]
                let between = s.text(m.end..<next.start).lowercased()
                // "Gen. Francisco Yanez, a member of the air force high command, said": a singular
                // description set off by commas is the person too, titled or not ("Aliaksandr
                // Zhuk, the principal conductor of the State Philharmonic, failed to return").
                let describes = next.kind == .unnamed && next.role == nil && !next.isPlural && next.groupKind == nil && next.count == nil
                    && between == "," && ["a", "an", "the"].contains(s.lower(next.start))
                    && (s.lower(next.end) == "," || MentionFinder.closesOnQualifier(s, after: next.end))
                if describes {
                    // (An earlier "a Belarusian conductor" is then this person too.)
                    if m.describedAs == nil { m.describedAs = next.head }
                    skip.insert(n + 1)
                } else if next.kind == .unnamed, next.role != nil, isDescribedApposition(from: m.end, to: next.start) || [",", "served as", "serves as", "is", "was", "as", "became", ", a", "is a", "was a", ", who was", ", who is", ", who had been", ", who has been", ", who was a", ", who is a", ", who served as"].contains(between) || between.hasSuffix("served as")
                            || coordinatedPost(from: m.end, to: next.start) {
                    if m.role == nil { m.role = next.role } else { m.appositiveRole = next.role }
                    skip.insert(n + 1)
                } else if next.kind == .person, between == ",", next.end < s.count, s[next.end].isPossessive, n + 2 < ms.count,
                          case let role = ms[n + 2], role.kind == .unnamed, role.role != nil, !role.isPlural, role.start == next.end + 1 {
                    // "Wanume Kibedi, Amin's foreign minister,": a post held under another person.
                    if m.role == nil { m.role = role.role } else { m.appositiveRole = role.role }
                    skip.insert(n + 2)
                }
            }
            // "The pilot, Col. Hassan Merei al-Hamadeh," and "Myanmar's ambassador, Kyaw Moe Tun,":
            // a singular description followed by a name is that person, and confirms the name.
            // "a KGB officer in London, Oleg Lyalin,": a place after a preposition may stand between.
            let placeBetween = n + 2 < ms.count && ms[n + 1].kind == .known && ms[n + 1].start == m.end + 1
                && s.has(m.end, .locativePreposition) && ms[n + 2].kind == .person && MentionFinder.isApposition(s, from: ms[n + 1].end, to: ms[n + 2].start)
            let name = placeBetween ? n + 2 : n + 1
            if m.kind == .unnamed, !m.isPlural, m.groupKind == nil, name < ms.count, ms[name].kind == .person,
               placeBetween || MentionFinder.isApposition(s, from: m.end, to: ms[name].start) {
                var p = ms[name]
                if p.role == nil { p.role = m.role } else { p.appositiveRole = m.role }
                p.describedAs = m.head
                // ("after he was removed as deputy prime minister, Mrema quit": a post after "as"
                // completes the clause before; the name opens the next, its span its own.)
                if m.isDefinite || m.role != nil, s.lower(m.start - 1) != "as" { p.start = m.start }
                p.count = nil
                out.append(p)
                // The place then lies inside the person's span and names no actor of its own.
                if placeBetween { skip.insert(n + 1) }
                skip.insert(name)
                continue
            }
            out.append(m)
        }
        return out
    }
}
