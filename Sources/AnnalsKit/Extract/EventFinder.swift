/// Finds event triggers in one sentence and fills their frames: agents (active subject,
/// passive "by", coordination, relative clauses, possessors of nominalisations, light verbs),
/// status from modality cues, the date of the trigger's own clause, and counts.
struct EventFinder {
    let lexicon: Lexicon
    let s: SentenceWords
    let mentions: [Mention]
    /// The sentence's time expressions, tagged when first read.
    let timeSource: SentenceTimes
    var times: [(words: Range<Int>, date: EventDate)] { timeSource.value }
    let actors: [Coreference.Actor]
    /// The person quoted in this sentence, for "we" and "I" inside quotes.
    let speaker: Int?
    /// The publication day, for sanity checks on dates.
    var published: CalendarDay? = nil
    /// The members of the last list of two or more named actors told in the sentence before
    /// ("Britain and France did something new. They vetoed ..."), for a plural pronoun that
    /// resolved to no one.
    var pluralAntecedent: [Int] = []
    /// The last list of named countries or bodies told in the six sentences before, for a
    /// counted description of them ("Russia and China vetoed it. ... when the two powers
    /// blocked a European text").
    var countedAntecedent: [Int] = []
    /// The article speaks of defection (`Extractor.tellsDefection`): there
    /// a named person who leaves, flees or stays abroad is read as a defector without a title.
    var defectionStory = false
    /// One of the three sentences before names a draft or resolution: "Thirteen members voted for
    /// it. Washington vetoed it." ("it" is then the draft).
    var draftJustTold = false
    /// `isSegmentBoundary` of each word, remembered (see `segmentBoundary`).
    let segmentBoundaries = WordMemo()

    /// Verbs whose tense is the tense of the infinitive they govern ("continue to prevent").
    static let aspectualVerbs: WordSet = ["continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "begin", "begins", "began", "start", "starts", "started", "resume", "resumed", "resumes"]
    /// Departures whose purpose infinitive is the same act, at their time ("was quitting to
    /// join the revolution", "left Syria to join the rebels", "fled to Turkey to join them").
    static let departureVerbs: WordSet = ["quit", "quits", "quitting", "resigned", "resigning", "resigns", "left", "leaving", "leaves",
                                              "fled", "fleeing", "flees", "defected", "defecting", "deserted", "deserting"]
    /// Heads of unnamed actors who hold a post a defector can leave.
    /// Whether `w` is the acronym of a United Nations mission or force: capitals, at least four
    /// letters, opening on "UN", "MINU", "MONU" or "ONU" ("UNAMET", "UNIFIL", "MINUSMA", "MONUC").
    static func isMissionAcronym(_ w: String) -> Bool {
        w.utf8.count >= 4 && isCapitals(w) && ["UN", "MINU", "MONU", "ONU"].contains { w.hasPrefix($0) }
    }

    /// An acronym of three to six capitals that is not a UN body's ("LURD", "MNLA", "SPLA").
    static func isUnknownMovementAcronym(_ w: String) -> Bool {
        (3...6).contains(w.utf8.count) && isCapitals(w) && !w.hasPrefix("UN")
    }

    /// Whether `w` is written in ASCII capitals only.
    static func isCapitals(_ w: String) -> Bool { w.utf8.allSatisfy { (65...90).contains($0) } }

    /// What one dismisses when dismissing is a denial: "dismissed the reports", "dismissed
    /// claims that ...".
    static let dismissableNouns: WordSet = ["report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions",
                                            "allegation", "allegations", "speculation", "story", "stories", "accounts", "talk", "idea", "notion", "charge", "charges", "it", "them", "this", "that"]

    /// Objects of leaving that end a career, not a side: "left office", "quit politics".
    static let officeObjects: WordSet = ["office", "power", "politics"]

    /// Heads of armed forces as a body: they withdraw from a country; they do not defect by leaving it.
    static let troopHeads: WordSet = ["forces", "troops", "contingent", "contingents", "units", "army", "armies"]

    /// Words for officials that are titles or bodies rather than people of `person_nouns.tsv`
    /// (whose rows marked official join them in `Lexicon.officialHeads`).
    static let officialTitleHeads: WordSet = ["agent", "army", "captain", "deputy", "forces", "lieutenant", "major", "military", "police"]
    /// Heads of military flyers, who defect by flying to another country.
    static let flyerHeads: WordSet = ["pilot", "pilots", "airman", "airmen", "aviator", "aviators", "lieutenant", "lieutenants", "captain", "captains", "major", "majors", "colonel", "colonels"]
    /// Heads of the members of a team or troupe, who leave together in squads.
    static let squadHeads: WordSet = ["players", "footballers", "boxers", "wrestlers", "swimmers", "cyclists", "athletes", "dancers", "musicians", "members"]
    /// What a delegate's possessive names when it acts for the delegate ("his delegation").
    static let delegationNouns: WordSet = ["delegation", "government", "country"]
    static let permanentMembers: WordSet = ["USA", "RUS", "CHN", "GBR", "FRA", "SUN"]
    /// Words of sufficiency or ability that govern an infinitive telling what could be done
    /// ("enough to kill a draft", "able to block").
    static let sufficiencyWords: WordSet = ["enough", "sufficient", "able", "unable", "needed", "required", "empowered", "entitled", "free"]
    /// Verbs that give someone a time to act in, and the times given ("gave them 24 hours to
    /// leave"); see `isUltimatum`.
    static let ultimatumVerbs: WordSet = ["gave", "give", "gives", "giving", "given"]
    static let ultimatumSpans: WordSet = ["hours", "days", "weeks", "minutes", "deadline", "ultimatum", "hour", "day", "week"]

    /// "gave its diplomats 24 hours to leave": a verb of giving at `k` with a time given before
    /// `end` is an ultimatum, an appeal; "giving up his post to join" is not.
    func isUltimatum(at k: Int, before end: Int) -> Bool {
        EventFinder.ultimatumVerbs.contains(s.lower(k)) && (k + 1..<end).contains { EventFinder.ultimatumSpans.contains(s.lower($0)) }
    }
    static let appealGovernors: WordSet = ["urged", "urge", "urges", "urging", "encouraged", "encourage", "encourages", "asked", "ask", "asks", "called", "calls", "calling", "pressed", "influence", "influenced", "inspire", "prompt", "push", "pushed", "told", "invited", "appealed", "lobbied", "lobbying", "lobby", "lobbies", "pressured", "pressuring", "pressing", "ordered", "order", "orders", "ordering"]

    func isAdverb(_ j: Int) -> Bool { WordClass.isAdverb(s.lower(j)) }

    /// Time expressions that name something rather than date it: "the February 17 revolution",
    /// "the 6 April movement" (a date between "the" and a lower-case noun).
    static func datingTimes(_ times: [(words: Range<Int>, date: EventDate)], in s: SentenceWords) -> [(words: Range<Int>, date: EventDate)] {
        times.filter { t in
            // "Resolution 2533 (2020)": the year in a resolution's name dates nothing.
            if t.words.lowerBound >= 2, s.lower(t.words.lowerBound - 1) == "(", s[t.words.lowerBound - 2].isNumber, s.lower(t.words.upperBound) == ")" { return false }
            guard t.words.lowerBound >= 1, s.lower(t.words.lowerBound - 1) == "the", t.words.upperBound < s.count else { return true }
            let next = s[t.words.upperBound]
            let naming = !next.isPunct && !next.isNumber && !next.isCapitalized && ["revolution", "movement", "uprising", "coalition", "brigade", "brigades", "group", "youth", "front", "agreement", "accord", "accords", "attacks", "attack", "protests", "revolt", "bombing", "bombings", "war", "coup", "election", "elections", "massacre"].contains(next.lower)
            return !naming
        }
    }

    /// The finest date (highest `EventDate.rank`; the first of equals) among the sentence's
    /// time expressions that `include` accepts.
    ///
    /// ```swift
    /// finestDate { $0.words.upperBound <= i }   // the finest date told before word i
    /// ```
    func finestDate(where include: ((words: Range<Int>, date: EventDate)) -> Bool) -> EventDate? {
        var best: EventDate?
        // Of equally fine dates, one that names its year ("Six months later, on Sept. 21, 1953").
        let namesYear = { (d: EventDate) in d.basis.utf8.contains { (0x30...0x39).contains($0) } && d.basis.count >= 4
            && d.basis.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 } }
        for t in times where include(t) {
            if best == nil || t.date.rank > best!.rank || t.date.rank == best!.rank && namesYear(t.date) && !namesYear(best!) { best = t.date }
        }
        return best
    }

    func find() -> [EventCandidate] {
        var out: [EventCandidate] = []
        // "X of Ohio, Democrat to Republican": a move between parties, told with no verb.
        if s.words.contains(where: { $0.flags.contains(.partyMember) }) || mentions.contains(where: { EventFinder.isParty($0.entry) }) { out += partySwitches() + partyConversions() }
        var i = 0
        while i < s.count {
            if s.has(i, .hyphen) || s[i].isCapitalized, let c = draftedBy(at: i) { out.append(c) }
            if s.has(i, .triggerStart), EventFinder.tallyVerbs.contains(s.lower(i)), let c = tallyAdoption(at: i) { out.append(c) }
            if s.lower(i) == "by" || s[i].isNumber, let c = bodyTally(at: i) { out.append(c) }
            if s.lower(i) == "by", let c = draftByStates(at: i) { out.append(c) }
            if s.has(i, .leadVerb), let c = ledOutOf(at: i) { out.append(c) }
            if s.lower(i) == "unanimously", let c = unanimousAct(at: i) { out.append(c) }
            if s.has(i, .shelterVerb) {
                if EventFinder.grantVerbs.contains(s.lower(i)), let c = grantedAsylum(at: i) { out.append(c) }
                if EventFinder.askVerbs.contains(s.lower(i)), let c = askedSomeoneForShelter(at: i) { out.append(c); i += 1; continue }
            }
            guard s.has(i, .triggerStart), let options = lexicon.triggerForms[s.lower(i)] else { i += 1; continue }
            var matched = false
            // "voted alone against", "voted overwhelmingly against": an adverb may split a verb
            // from its particle.
            let split = i + 2 < s.count && EventFinder.splittingAdverb(s.lower(i + 1))
            for (trigger, form) in options where s.matches(form, at: i)
                || split && trigger.pos == "verb" && form.count == 2 && EventFinder.particles.contains(form[1]) && s.lower(i + 2) == form[1] && s.lower(i) == form[0] {
                let length = s.matches(form, at: i) ? form.count : 3
                if var c = frame(trigger, at: i, length: length) {
                    // "the Council condemned the use of chemical weapons in resolution 612": what a
                    // voting body did in a numbered resolution is that resolution's adoption too;
                    // what it "called for in resolution 181" it did not propose but adopted.
                    let byBody = c.status == .asserted && !c.agents.isEmpty && c.agents.allSatisfy { actors[$0].entry?.adoptsResolutions == true }
                    if byBody, c.type == "resolution_proposed" || !c.type.hasPrefix("resolution_"),
                       let number = numberedResolution(after: c.words.upperBound), let f = lexicon.firstTrigger["resolution_adopted"] {
                        var a = c
                        a.type = "resolution_adopted"
                        a.trigger = f
                        a.resolutionNumber = number
                        if c.type == "resolution_proposed" { c = a } else { out.append(a) }
                    } else if byBody, EventFinder.bodyActTypes.contains(c.type), let a = bodyAct(c) {
                        out.append(a)
                    }
                    out.append(c)
                    for d in c.alsoDates {
                        var more = c
                        more.explicitDate = d
                        more.alsoDates = []
                        out.append(more)
                    }
                    matched = true
                    i += length
                    break
                }
            }
            if !matched { i += 1 }
        }
        return out
    }

    /// Particles and prepositions of two-word verb triggers that an adverb may split off.
    static let particles: WordSet = ["against", "down", "over", "away", "out", "off", "up", "across", "through", "with", "from"]
    /// "alone", "again" and adverbs in -ly (not "only", "early", "likely").
    static func splittingAdverb(_ w: String) -> Bool {
        ["alone", "again", "jointly"].contains(w) || w.count > 4 && w.hasSuffix("ly") && !["only", "early", "likely", "daily", "weekly", "rally", "ally", "italy"].contains(w)
    }

    /// Triggers for getting on the transport home ("board", "get on"): a defection only when
    /// refused, so their own negation and destination mean the opposite.
    static let boardingPhrases: Set<[String]> = [["board"], ["get", "on"]]

    // The trigger word lists `frame` reads, held as sets made once: an array literal in a
    // function as long as `frame` is built on the heap at every call.
    /// First words of triggers that put a text to the vote ("put a rival text to a vote").
    static let puttingVerbs: WordSet = ["put", "bring"]
    /// First words of departures that may be a trip with a purpose ("left ... to attend").
    static let tripVerbs: WordSet = ["leave", "cross", "fly", "quit", "slip", "go", "travel", "head", "walk", "drive"]
    /// Triggers of joining or going back to a side, which may be a party ("joined the Liberals").
    static let partyJoiningPhrases: Set<[String]> = [["join"], ["rejoin"], ["move", "to"], ["return", "to"]]
    /// Agent constraints of acts done by members of a body ("member", "permanent").
    static let memberAgents: WordSet = ["member", "permanent"]
    /// First words of triggers of escaping a country ("fled Belarus").
    static let escapeVerbs: WordSet = ["flee", "escape"]
    /// First words of triggers of taking an aircraft away ("flew his MiG-25 to Japan").
    static let aircraftVerbs: WordSet = ["fly", "land", "bring"]
    /// First words of statements that may announce a move ("announced his defection").
    static let moveAnnouncingVerbs: WordSet = ["announce", "confirm", "reveal", "disclose"]
    /// First words of defection triggers that tell a refusal or a wish, with no route to fill.
    static let refusingFirstWords: WordSet = ["refuse", "would"]
    /// Determiners before a nominal trigger that point back at an act told ("the veto").
    static let pointingDeterminers: WordSet = ["the", "this", "that"]
    /// The perfect tenses, whose act a reported complement may date ("had said that ...").
    static let perfectTenses: Set<EventCandidate.Tense> = [.pluperfect, .perfect]
    // Word lists read in loops over a sentence's words (the verb group before every trigger,
    // every word before a trigger), as sets: a literal array is searched word by word.
    /// Adverbs and negations `tense` steps over inside a verb group ("had not yet", "n't").
    static let tenseGroupAdverbs: WordSet = ["not", "never", "also", "already", "just", "previously", "formally", "n't", "even", "still",
                                            "recently", "now", "then", "truly", "too", "reportedly", "allegedly"]
    /// Adverbs and negations `verbGroupStart` steps over ("had reportedly", "later").
    static let verbGroupAdverbs: WordSet = ["not", "never", "also", "already", "just", "previously", "n't", "even", "still", "truly", "formally",
                                           "now", "too", "reportedly", "allegedly", "apparently", "later", "eventually", "subsequently",
                                           "finally", "soon", "afterwards", "then"]
    /// Particles between a passive verb and "by" ("put forward by").
    static let byParticles: WordSet = ["forward", "up", "out", "down", "off", "through"]
    /// Object pronouns of "sponsored with him by ...".
    static let objectPronouns: WordSet = ["him", "her", "them", "it"]
    /// Prepositions of a short place or time between a passive verb and "by" ("introduced at the meeting by").
    static let settingOpeners: WordSet = ["at", "in", "during", "on"]
    /// Words before a trigger that make it a noun ("its veto", "a double veto").
    static let nounOpeners: WordSet = ["first", "its", "their", "his", "her", "a", "the", "double", "triple", "joint"]
    /// Words that place an act after the one told before ("later", "afterwards").
    static let laterWords: WordSet = ["later", "afterward", "afterwards"]

    static let followVerbs = WordSet(["followed", "follow", "follows", "following", "did", "done", "do", "does"] + Array(takeVerbs))
    /// "took the same step", "made the same choice": verbs whose object repeats an act
    /// (`sameActNouns`).
    static let takeVerbs: WordSet = ["took", "taken", "take", "takes", "taking", "made", "make", "makes", "making"]
    static let sameActNouns: WordSet = ["step", "course", "decision", "choice", "move", "route", "path", "road", "journey"]
    static let followObjects: [[String]] = [["suit"], ["him"], ["her"], ["them"], ["his", "lead"], ["her", "lead"], ["their", "lead"],
                                            ["his", "example"], ["her", "example"], ["the", "same"], ["likewise"], ["so"]]
    /// Doing-verb objects that repeat an act ("did the same", "did so").
    static let doObjects: Set<[String]> = [["the", "same"], ["likewise"], ["so"]]

    /// The kinds of act "followed suit" and "did the same" go back to (a set built once, not
    /// at every call).
    static let followedKinds: Set<String> = ["defection", "veto", "resolution_proposed"]
    /// The kind of act "together with" goes back to (`companions`).
    static let defectionKind: Set<String> = ["defection"]

    /// "On Friday, Permanent Representative X followed him", "China followed suit", "two more
    /// envoys did the same": another act of the kind last told (`latest`, from this sentence or
    /// the two before), by the subject of the verb.
    func followedSuit(latest: (Int, Set<String>) -> EventCandidate?) -> [EventCandidate] {
        var out: [EventCandidate] = []
        for k in 0..<s.count where s.has(k, .followVerb) && s.lower(k) != "fate" {
            let takeVerb = EventFinder.takeVerbs.contains(s.lower(k))
            // "took the same step", "made a similar choice".
            if takeVerb, !(["the", "a"].contains(s.lower(k + 1)) && ["same", "similar"].contains(s.lower(k + 2))
                           && EventFinder.sameActNouns.contains(s.lower(k + 3))) { continue }
            let doVerb = ["did", "done", "do", "does"].contains(s.lower(k)) || takeVerb
            guard let last = latest(k, EventFinder.followedKinds) else { continue }
            var length = takeVerb ? 3 : EventFinder.followObjects.first(where: { o in
                doVerb == EventFinder.doObjects.contains(o) && o.indices.allSatisfy { s.lower(k + 1 + $0) == o[$0] }
            })?.count
            // "the vice-president, X, had followed Hijab": the one followed is the last act's agent.
            if length == nil, !doVerb, let m = mentions.first(where: { $0.start == k + 1 && $0.actor >= 0 && last.agents.contains($0.actor) }) {
                length = m.end - m.start
            }
            // "Their brother Marian followed a year later", "two colonels followed in March": with
            // no object, what follows is the act itself.
            if length == nil, !doVerb, k + 1 < s.count, !(s.lower(k) == "following" && WordClass.determiners.contains(s.lower(k - 1))),
               s[k + 1].isPunct && s.lower(k + 1) != "-"
                || ["in", "on", "within", "later", "soon", "shortly", "afterwards", "that", "this", "last", "days", "weeks", "months"].contains(s.lower(k + 1))
                || (k + 2..<min(s.count, k + 4)).contains(where: { ["later", "afterwards"].contains(s.lower($0)) }) {
                length = 0
            }
            // "On Monday he was followed by Dalia Itzik": the one followed is the last act's agent,
            // the ones after "by" do the act.
            if length == nil, s.lower(k) == "followed", WordClass.beForms.contains(s.lower(k - 1)) || s.lower(k - 1) == "been",
               let by = byAgents(after: k + 1), s.lower(k + 1) == "by",
               subject(before: verbGroupStart(k)).contains(where: { last.agents.contains($0.actor) }) {
                var c = repeated(last, at: k, end: by.last!.end)
                c.agents = by.filter { $0.kind != .pronoun }.map(\.actor).filter { $0 >= 0 && !last.agents.contains($0) }.uniqued()
                c.status = status(for: k, agents: by)
                if !c.agents.isEmpty, agentAllowed(c.trigger, c) { out.append(c) }
                continue
            }
            guard let length else { continue }
            let end = k + 1 + length
            let agents = subject(before: verbGroupStart(k))
            // "In February 2012 they did so again": the same actors repeat their act.
            if doVerb, s.lower(end) == "again", agents.allSatisfy({ $0.kind == .pronoun && $0.isPlural }), last.agents.count >= 2 {
                var c = repeated(last, at: k, end: end + 1)
                c.agents = last.agents
                if c.explicitDate != nil, agentAllowed(c.trigger, c) { out.append(c) }
                continue
            }
            guard !agents.isEmpty, !agents.contains(where: { last.agents.contains($0.actor) }) else { continue }
            // A new act of the same kind, about the same draft.
            var c = repeated(last, at: k, end: end)
            c.agents = agents.map(\.actor).filter { $0 >= 0 }.uniqued()
            // "X went over last week. His brother took the same step": the same step, undated,
            // is told as taken at the time of the one it repeats.
            if takeVerb, c.explicitDate == nil, !c.undatedPast, let d = last.explicitDate { c.explicitDate = d; c.followsPrevious = false }
            // "Shalgham initially declined to follow him".
            c.status = isRefused(at: k) ? .negated : status(for: k, agents: agents)
            guard !c.agents.isEmpty, agentAllowed(c.trigger, c) else { continue }
            out.append(c)
        }
        // "Then a British-drafted resolution ... met the same fate": a draft that met the fate
        // of the one vetoed just before was vetoed by the same members.
        for k in 3..<max(3, s.count) where s.lower(k) == "fate" && s.lower(k - 1) == "same" && s.lower(k - 2) == "the"
            && ["met", "suffered", "shared"].contains(s.lower(k - 3)) {
            guard let last = latest(k - 3, ["veto"]), !last.agents.isEmpty,
                  (max(0, k - 20)..<(k - 3)).contains(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }) else { continue }
            var c = repeated(last, at: k - 3, end: k + 1)
            c.agents = last.agents
            c.otherDraft = true
            c.status = status(for: k - 3, agents: [])
            if c.explicitDate != nil, agentAllowed(c.trigger, c) { out.append(c) }
        }
        return out
    }

    /// Verbs of leaving in a companion's relative clause ("who left with him").
    static let companionVerbs: WordSet = ["left", "went", "walked", "crossed", "fled", "defected", "quit", "came", "resigned"]

    /// "Kenji Yamaoka, a close ally who left with him", "Among those who went with him were
    /// three ministers: A, B and C": the companions of the last defector (`latest`, from this
    /// sentence or the two before) defected with him.
    func companions(latest: (Int, Set<String>) -> EventCandidate?) -> [EventCandidate] {
        var out: [EventCandidate] = []
        for k in 1..<max(1, s.count - 2) where s.lower(k) == "who" && EventFinder.companionVerbs.contains(s.lower(k + 1)) {
            var w = k + 2
            if s.lower(w) == "out" { w += 1 }
            // (A pronoun in the relative clause is never the clause's own subject, "who": "X, an
            // ally who left with him" means the defector even when "him" was taken for X.)
            let antecedent = mentions.last(where: { $0.end <= k && $0.end >= k - 6 })?.actor
            guard s.lower(w) == "with", let last = latest(k, EventFinder.defectionKind), last.status == .asserted,
                  let p = mentions.first(where: { $0.start == w + 1 && $0.kind == .pronoun && (last.agents.contains($0.actor) || $0.actor == antecedent) }) else { continue }
            var agents: [Mention] = []
            if s.lower(k - 1) == "those", s.lower(k - 2) == "among" {
                // "Among those who went with him were ...": the people after the verb, past a
                // counted description and a colon.
                var j = p.end
                guard ["were", "was"].contains(s.lower(j)) else { continue }
                j += 1
                while j < s.count, s.lower(j) != "." {
                    if let m = mentions.first(where: { $0.start == j }) {
                        if m.kind == .person && actors[safe: m.actor]?.isNamed == true { agents.append(m) }
                        j = m.end
                    } else { j += 1 }
                }
            } else if let m = mentions.last(where: { $0.end <= k && $0.end >= k - 6 && ($0.kind == .person || $0.kind == .unnamed) }),
                      !(m.end..<k).contains(where: { s.lower($0) == "of" || s.lower($0) == "." }) {
                // "Kenji Yamaoka, a close ally who left with him": the description's person.
                let named = mentions.last(where: { $0.end < m.start && $0.end >= m.start - 2 && $0.kind == .person && s.lower($0.end) == "," })
                agents = [named ?? m]
            }
            var c = repeated(last, at: k + 1, end: p.end)
            c.agents = agents.map(\.actor).filter { $0 >= 0 && !last.agents.contains($0) }.uniqued()
            c.explicitDate = c.explicitDate ?? last.explicitDate
            c.status = status(for: k + 1, agents: agents)
            if !c.agents.isEmpty, agentAllowed(c.trigger, c) { out.append(c) }
        }
        return out
    }

    /// A copy of the act `last` told again by the words `k..<end` of this sentence, with their
    /// tense and date.
    func repeated(_ last: EventCandidate, at k: Int, end: Int) -> EventCandidate {
        var c = EventCandidate(type: last.type, trigger: last.trigger, sentence: s.index, words: k..<end,
                               range: s[k].range.lowerBound..<s[end - 1].range.upperBound)
        c.object = last.object
        c.resolutionNumber = last.resolutionNumber
        c.otherDraft = last.otherDraft
        c.contextDate = last.contextDate
        c.leavesParty = last.leavesParty
        c.tense = tense(at: k)
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        c.followsPrevious = c.explicitDate == nil && !c.undatedPast
        return c
    }

    /// Verbs after which an infinitive adoption took place ("voted to adopt").
    static let adoptingGovernors: WordSet = ["voted", "vote", "votes", "agreed", "agrees", "decided", "decides", "moved", "went", "proceeded", "unanimously"]

    /// Failure phrases whose subject can only be a draft, so that "it" is one.
    static let draftOnlyPhrases: Set<[String]> = [["win", "only"], ["fall", "short"], ["go", "down"], ["fail", "to", "pass"], ["fail", "to", "win"]]

    static let tallyVerbs: WordSet = ["won", "received", "got", "garnered", "secured", "drew", "obtained", "gained"]

    /// "Resolution 2669 won 12 votes in favour, with China, India and Russia abstaining": a
    /// draft that wins nine or more of the Council's votes is adopted unless a permanent member
    /// votes no. The candidate is only a reading: `Extractor.dropVetoedTallies` removes it when
    /// a veto or a failure is told in its sentence or the two after ("The text won 13 votes ...
    /// its lone no was enough to sink it").
    func tallyAdoption(at i: Int) -> EventCandidate? {
        guard i >= 1, let n = MentionFinder.number(s, at: i + 1), n >= 9, n <= 15,
              s.lower(i + 2) == "votes" || s.lower(i + 2) == "of" && s.lower(i + 4) == "votes",
              !["only", "just", "merely"].contains(s.lower(i - 1)), s.lower(i - 1) != "have", tense(at: i) == .past || tense(at: i) == .perfect else { return nil }
        // The subject is the draft: "It", "The text", "Resolution 2669 (2022)".
        let from = max(0, i - 6)
        guard s.lower(i - 1) == "it" || (from..<i).contains(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }),
              !mentions.contains(where: { $0.start >= from && $0.end <= i && $0.kind != .pronoun && $0.actor >= 0 }) else { return nil }
        // "won 13 votes but fell to Chinese and Russian no votes": not adopted.
        if (i..<s.count).contains(where: { EventFinder.tallyFailureWords.contains(s.lower($0)) }) { return nil }
        guard let trigger = lexicon.firstTrigger["resolution_adopted"] else { return nil }
        var c = EventCandidate(type: "resolution_adopted", trigger: trigger, sentence: s.index, words: i..<(i + 3),
                               range: s[i].range.lowerBound..<s[i + 2].range.upperBound)
        c.tense = .past
        c.isTally = true
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        return c
    }

    /// Who may be counted as voting in an assembly ("141 countries voted for a resolution").
    static let voterNouns: WordSet = ["countries", "nations", "states", "members", "member", "governments", "delegations"]

    /// A body's act carried by a tally: "the Assembly demanded Russia's withdrawal by 141 votes
    /// to 5" (a body named before "by N votes to M", more for than against), and "141 countries
    /// voted for a resolution" after the Assembly is named (at least 20 voters: no council has
    /// that many). The body named in the sentence is the agent.
    func bodyTally(at i: Int) -> EventCandidate? {
        var end: Int
        if s.lower(i) == "by" {
            // "by 141 votes to 5", "by a vote of 141 to 5", "by 141 to 5".
            var k = i + 1
            if s.lower(k) == "a", s.lower(k + 1) == "vote", s.lower(k + 2) == "of" { k += 3 }
            guard let yes = MentionFinder.number(s, at: k) else { return nil }
            k += 1
            if s.lower(k) == "votes" { k += 1 }
            guard ["to", "against"].contains(s.lower(k)), let no = MentionFinder.number(s, at: k + 1), yes > no, yes >= 9 else { return nil }
            end = k + 2
        } else {
            guard let n = MentionFinder.number(s, at: i), n >= 20, EventFinder.voterNouns.contains(s.lower(i + 1)), s.lower(i + 2) == "voted",
                  s.lower(i + 3) == "for" || s.lower(i + 3) == "in" && ["favour", "favor"].contains(s.lower(i + 4)) else { return nil }
            end = i + 4
            guard (end..<min(s.count, end + 4)).contains(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }) else { return nil }
        }
        guard let body = mentions.last(where: { $0.end <= i && $0.actor >= 0 && actors[$0.actor].entry?.adoptsResolutions == true }),
              let trigger = lexicon.firstTrigger["resolution_adopted"] else { return nil }
        // The body's own verb, in the past: not "expect it to pass by 120 votes to 10".
        let verbs = body.end..<i
        guard !verbs.contains(where: { ["will", "would", "could", "may", "might", "to", "should", "shall"].contains(s.lower($0)) }),
              verbs.contains(where: { [.past, .perfect].contains(tense(at: $0)) }) || s.lower(i + 2) == "voted" else { return nil }
        var c = EventCandidate(type: "resolution_adopted", trigger: trigger, sentence: s.index, words: i..<end,
                               range: s[i].range.lowerBound..<s[end - 1].range.upperBound)
        c.tense = .past
        c.agents = [body.actor]
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        if c.explicitDate == nil { c.explicitDate = finestDate { $0.words.lowerBound >= body.end && $0.words.upperBound <= end } }
        c.status = status(for: i, agents: [body])
        return c
    }

    /// "On Dec. 4 the council unanimously demanded that Iran release the hostages": a voting
    /// body that did something unanimously voted, so it adopted a resolution. The body is the
    /// subject of a past verb right after "unanimously" (or right before it: "decided
    /// unanimously"), and the verb is no resolution trigger of the lexicon.
    func unanimousAct(at i: Int) -> EventCandidate? {
        // "the Security Council this afternoon decided unanimously that all States shall cease":
        // the adverb after the verb.
        if i >= 2, s.lower(i - 1).hasSuffix("ed"), !WordClass.auxiliaries.contains(s.lower(i - 2)), !isResolutionVerb(i - 1),
           let body = subject(before: i - 1).first(where: { $0.actor >= 0 && actors[$0.actor].entry?.adoptsResolutions == true }) {
            return adoption(at: i - 1, by: body)
        }
        guard i >= 1, i + 1 < s.count, !isResolutionVerb(i + 1),
              let body = mentions.last(where: { $0.end == i && $0.actor >= 0 && actors[$0.actor].entry?.adoptsResolutions == true }),
              tense(at: i + 1) == .past, s.lower(i + 1).hasSuffix("ed") else { return nil }
        return adoption(at: i + 1, by: body)
    }

    /// Acts a voting body does by resolution when it does them on a day: calling on a state,
    /// demanding, condemning or deploring, imposing sanctions.
    static let bodyActTypes: Set<String> = ["appeal", "demand", "criticism", "sanction"]

    /// "The Security Council on Friday night called upon Portugal to desist", "in February 1972
    /// it called on Portugal to recognise ...": what a voting body did on a given day, in the
    /// past, it did by adopting a resolution. Not a statement ("in a presidential statement",
    /// "a press statement"), not an undated habit ("has repeatedly called on"), not a call
    /// reported from a speaker, not what a resolution itself says ("resolution 417, which
    /// condemned ...", "a resolution that would have condemned"), and only on a day, week or
    /// month ("the 1967 lines" dates nothing).
    func bodyAct(_ c: EventCandidate) -> EventCandidate? {
        let v = c.words.lowerBound
        guard c.tense == .past, let d = c.explicitDate, [.day, .week, .month].contains(d.precision), !c.undatedPast,
              !(max(0, v - 3)..<v).contains(where: { s.has($0, [.modal, .relativePronoun]) }),
              // (Nor a later verb of that relative clause: "which condemned ... and demanded".)
              !(1..<max(1, v)).contains(where: { k in
                  ["which", "that"].contains(s.lower(k)) && (s.has(k - 1, .resolutionNoun) || s.lower(k - 1) == "," && k >= 2
                      && (s.has(k - 2, .resolutionNoun) || s[k - 2].isNumber || s.lower(k - 2) == ")"))
              }),
              !(0..<s.count).contains(where: { ["statement", "statements", "letter", "communique", "communiqué"].contains(s.lower($0)) }),
              let trigger = lexicon.firstTrigger["resolution_adopted"] else { return nil }
        var a = c
        a.type = "resolution_adopted"
        a.trigger = trigger
        return a
    }

    /// Whether word `k` is a form of a resolution trigger of the lexicon (which reads
    /// "unanimously adopted" itself); the triggers of a numbered resolution's acts do not count,
    /// nor a proposal's ("the council unanimously called for a ceasefire" is a vote).
    func isResolutionVerb(_ k: Int) -> Bool {
        lexicon.triggerForms[s.lower(k)]?.contains { $0.0.type.hasPrefix("resolution_") && $0.0.type != "resolution_proposed" && $0.0.agent != "numbered" } ?? false
    }

    /// The adoption a voting body's past verb at `k` tells, dated by the verb's clause.
    func adoption(at k: Int, by body: Mention) -> EventCandidate? {
        guard let trigger = lexicon.firstTrigger["resolution_adopted"] else { return nil }
        var c = EventCandidate(type: "resolution_adopted", trigger: trigger, sentence: s.index, words: k..<(k + 1), range: s[k].range)
        c.tense = .past
        c.agents = [body.actor]
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        c.status = status(for: k, agents: [body])
        return c
    }

    static let tallyFailureWords: WordSet = ["but", "fell", "failed", "veto", "vetoes", "vetoed", "blocked", "against", "short", "no", "not", "sank", "killed"]

    static let askVerbs: WordSet = ["asked", "ask", "asks", "asking", "begged", "pleaded"]

    /// "asked the Colombian police for protection", "asked Japan for asylum": the request with
    /// its addressee between the verb and "for", read as the lexicon's "ask for ..." trigger.
    func askedSomeoneForShelter(at i: Int) -> EventCandidate? {
        guard s.lower(i + 1) != "for",
              let f = ((i + 2)..<min(s.count, i + 7)).first(where: { s.lower($0) == "for" }),
              !((i + 1)..<f).contains(where: { s[$0].isPunct || WordClass.auxiliaries.contains(s.lower($0)) }),
              let noun = [f + 1, f + 2].first(where: { EventFinder.shelterNouns.contains(s.lower($0)) || s.lower($0) == "protection" }),
              noun == f + 1 || ["political", "temporary"].contains(s.lower(f + 1)),
              let (t, _) = lexicon.triggerForms["asked"]?.first(where: { $0.0.phrase == ["ask", "for", s.lower(noun) == "protection" ? "protection" : "asylum"] })
        else { return nil }
        return frame(t, at: i, length: 1)
    }

    static let grantVerbs: WordSet = ["granted", "grant", "grants", "granting", "gave", "give", "gives", "giving"]
    static let shelterNouns: WordSet = ["asylum", "sanctuary", "refuge"]

    /// "King Hussein agreed to give them sanctuary", "Germany granted him asylum": the one
    /// sheltered defected (dated by the grant when the text gives nothing earlier).
    func grantedAsylum(at i: Int) -> EventCandidate? {
        guard let m = mentions.first(where: { $0.start == i + 1 && $0.actor >= 0 && ($0.kind == .person || $0.kind == .unnamed || $0.kind == .pronoun) }),
              m.kind != .pronoun || ["him", "her", "them"].contains(m.head ?? ""),
              let a = actors[safe: m.actor], a.kind == .person || a.kind == .group,
              let noun = [m.end, m.end + 1].first(where: { EventFinder.shelterNouns.contains(s.lower($0)) }),
              noun == m.end || ["political", "temporary", "permanent"].contains(s.lower(m.end)),
              let trigger = lexicon.firstTrigger["defection"] else { return nil }
        // "King Hussein had agreed to give him sanctuary": "him" is never the granter.
        if subject(before: verbGroupStart(i)).contains(where: { $0.actor == m.actor }) || mentions.contains(where: { $0.end <= i && $0.actor == m.actor && $0.kind != .pronoun }) { return nil }
        var c = EventCandidate(type: "defection", trigger: trigger, sentence: s.index, words: i..<(noun + 1),
                               range: s[i].range.lowerBound..<s[noun].range.upperBound)
        c.agents = [m.actor]
        c.tense = tense(at: i)
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        c.status = status(for: i, agents: [m])
        if c.tense == .future || c.tense == .infinitive && !["agreed", "decided"].contains(s.lower(i - 2)) { return nil }
        return c
    }

    /// A proposal the words of a draft's own noun phrase tell ("a U.S.-drafted resolution", "a
    /// resolution by Ethiopia"): no verb, so no tense; the draft's phrase from `object`; the
    /// sentence's one time, if it has exactly one, as its context. The caller fills the agents.
    func namedProposal(words: Range<Int>, object: Int) -> EventCandidate? {
        guard let trigger = lexicon.firstTrigger["resolution_proposed"] else { return nil }
        var c = EventCandidate(type: "resolution_proposed", trigger: trigger, sentence: s.index, words: words, range: s[words.lowerBound].range)
        c.tense = .nominal
        c.object = objectPhrase(from: object)
        c.contextDate = times.count == 1 ? times[0].date : nil
        return c
    }

    /// "a U.S.-drafted resolution", "the French-sponsored text": the prefix proposed it.
    func draftedBy(at i: Int) -> EventCandidate? {
        if let c = nationalDraft(at: i) { return c }
        guard s.has(i, .hyphen) else { return nil }
        let w = s.lower(i)
        guard ["-drafted", "-sponsored", "-authored", "-written", "-proposed"].contains(where: { w.hasSuffix($0) }),
              let m = mentions.first(where: { $0.start == i && $0.actor >= 0 }),
              (i + 1..<min(s.count, i + 5)).contains(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }),
              var c = namedProposal(words: i..<(i + 1), object: i + 1) else { return nil }
        c.agents = [m.actor]
        return c
    }

    /// "vetoed a resolution by Ethiopia, Malaysia and Zaire": the states a draft is by proposed
    /// it (not a body that adopted it, "a resolution by the Assembly", nor a tally, "by 13
    /// votes"). `i` is the "by".
    func draftByStates(at i: Int) -> EventCandidate? {
        guard i >= 1, MentionFinder.draftNouns.contains(s.lower(i - 1)),
              let by = byAgents(after: i), by.allSatisfy({ $0.kind == .known && $0.entry?.kind == .country && $0.actor >= 0 }),
              var c = namedProposal(words: (i - 1)..<(i + 1), object: i - 1) else { return nil }
        c.agents = by.map(\.actor)
        return c
    }

    /// "an Algerian draft", "the Russian text", "a U.S. resolution": a country's adjective (or
    /// abbreviation) right before a draft noun names who proposed it. Not a country's plain name
    /// ("a Syria resolution" is about Syria), and not a body ("a U.N. resolution").
    func nationalDraft(at i: Int) -> EventCandidate? {
        guard s[i].isCapitalized || s[i].text.containsASCII("."),
              (i + 1..<min(s.count, i + 5)).contains(where: { MentionFinder.draftNouns.contains(s.lower($0)) }),
              let m = mentions.first(where: { $0.start == i && $0.actor >= 0 && $0.kind == .known }),
              let e = m.entry, e.kind == .country else { return nil }
        var k = m.end
        // "Algeria's draft", "France's revised text": a country's possessive names the author too.
        let possessive = k < s.count && s[k].isPossessive
        if possessive { k += 1 }
        while k < s.count, k < m.end + 3, ["-", "rival", "competing", "original", "revised", "new", "own"].contains(s.lower(k)) { k += 1 }
        guard MentionFinder.draftNouns.contains(s.lower(k)) else { return nil }
        let written = m.text.lowercased()
        // "an Algerian draft", "a U.S. text", "a UAE draft", "a second US draft".
        // ("a Myanmar text": a name that also serves as the adjective is the subject, not the author.)
        let adjective = possessive || lexicon.demonyms.contains(written) && written != e.name.lowercased() || (written.contains(".") && written.count <= 5)
            || (2...4).contains(m.text.count) && m.text.allSatisfy(\.isUppercase)
        guard adjective, !WordClass.prepositions.contains(s.lower(i - 1)) || ["a", "an", "the"].contains(s.lower(i - 1)),
              var c = namedProposal(words: i..<(i + 1), object: i) else { return nil }
        c.agents = [m.actor]
        // "a U.S.-Albanian draft": both countries of the compound.
        for e in m.alsoNamed {
            if let id = actorIndex(ofEntry: e.key), !c.agents.contains(id) { c.agents.append(id) }
        }
        return c
    }

    // MARK: - Frames

    func frame(_ t: Lexicon.Trigger, at i: Int, length: Int) -> EventCandidate? {
        if rejectsEarly(t, at: i) { return nil }
        let end = i + length
        // "refused on Sunday to board a flight home": only a refusal to board is a defection.
        // "refused to get on the plane" likewise.
        if EventFinder.boardingPhrases.contains(t.phrase) {
            // "asked for protection rather than board the plane" likewise.
            let ratherThan = s.lower(i - 1) == "than" && s.lower(i - 2) == "rather" || s.lower(i - 1) == "of" && s.lower(i - 2) == "instead"
            guard ratherThan || s.lower(i - 1) == "to" && (max(0, i - 5)..<i).contains(where: { EventFinder.refusals.contains(s.lower($0)) }) else { return nil }
        }
        // "had sought to soften the language": a verb that takes a draft as its object does not
        // when an infinitive follows it.
        // "crossed to rebel lines" is no infinitive: the trigger's object follows.
        if !t.objects.isEmpty, length == 1, s.lower(end) == "to", end + 1 < s.count, !s[end + 1].isCapitalized,
           !WordClass.determiners.contains(s.lower(end + 1)), s.has(end + 1, .pronoun) == false,
           !(end + 2..<min(s.count, end + 4)).contains(where: { t.objectWords.contains(s.lower($0)) }) { return nil }
        // "Moscow put a rival text to a vote", "brought the draft to the vote": only with the vote
        // after the draft does the subject propose it.
        if t.type == "resolution_proposed", EventFinder.puttingVerbs.contains(t.phrase.first ?? ""), t.phrase.count == 1 {
            guard let to = (end..<min(s.count, end + 12)).first(where: { s.lower($0) == "to" && (s.lower($0 + 1) == "vote" || s.lower($0 + 2) == "vote") }),
                  !(end..<to).contains(where: { s[$0].isPunct && s.lower($0) != "-" }), !isPassive(at: i) else { return nil }
        }
        // "Guaido, who left Venezuela in defiance of a travel ban to attend the aid concert": a
        // trip with a purpose is no defection.
        if t.type == "defection", EventFinder.tripVerbs.contains(t.phrase.first ?? ""),
           let to = (end..<min(s.count, end + 12)).first(where: { s.lower($0) == "to" && EventFinder.tripPurposes.contains(s.lower($0 + 1)) }),
           !(end..<to).contains(where: { [";", ".", "and"].contains(s.lower($0)) }) { return nil }
        // "the question passed to the General Assembly": handed on, not adopted.
        if t.type == "resolution_adopted", t.phrase.spells("pass"), s.lower(end) == "to" || s.lower(end) == "over" { return nil }
        let isNounReading = nounContext(i)
        // A noun phrase of several words ("negative votes", "asylum request") reads as a noun anywhere.
        if t.pos == "noun" && !isNounReading && t.phrase.count == 1 && t.type != "resolution_proposed" { return nil }
        // ("The Council adopts resolution 1239": after "council" a present form in -s that no
        // noun trigger shares is the council's verb; not "a Security Council draft".)
        if t.pos == "verb" && isNounReading && !s[i].lower.hasSuffix("ed")
            && !(s.lower(i - 1) == "council" && s[i].lower.hasSuffix("s") && !(lexicon.triggerForms[s.lower(i)]?.contains { $0.0.pos == "noun" } ?? false)) { return nil }
        // "Russia voted against that measure too, but procedural decisions cannot be vetoed": a
        // permanent member's no on a procedural vote is no veto.
        if t.type == "veto", t.phrase.spells("vote", "against"), s.words.contains(where: { $0.lower == "procedural" }) { return nil }
        var c = EventCandidate(type: t.type, trigger: t, sentence: s.index, words: i..<end,
                               range: s[i].range.lowerBound..<s[end - 1].range.upperBound)
        // The object word, when it comes before the trigger ("drafts ... in February and April,
        // that Russia vetoed"): its dates are the event's when the clause has none.
        var objectBefore: Int?
        // A comma before which the main clause tells the time (", becoming the first officer to
        // defect", ", a defection that ...").
        var mainClauseComma: Int?
        // The end of a name set off after a sentence-opening superlative phrase: the main clause
        // after it tells the time.
        var appositionNameEnd: Int?
        // Object constraint: "block a resolution", "left the country".
        if !t.objects.isEmpty {
            // "refused to go home": a form may hold its object.
            guard let o = (i + 1..<end).first(where: { t.objectWords.contains(s.lower($0)) }) ?? objectWord(after: end, before: i, in: t.objectWords)
                    ?? itForTheDraft(at: i, end: end, trigger: t) ?? objectOfCouncilParticiple(at: i, end: end, trigger: t)
                    ?? voteAgainstThatKilled(at: i, end: end, trigger: t) ?? pronounObject(at: end, in: t.objects) else { return nil }
            // "resolution 2712, drafted by Malta, calling for pauses": what a text calls for is
            // its content; only a call for a text after it proposes one.
            if t.phrase.spells("call", "for"), o < i { return nil }
            if o < i { objectBefore = o }
            // ("walked out of the party", "left the party early" may be a gathering's.)
            c.leavesParty = c.type == "defection" && o > i
                && (EventFinder.partyNouns.contains(s.lower(o)) && (t.phrase != ["leave"] && t.phrase != ["walk", "out", "of"] || isNamedParty(at: o))
                    || EventFinder.sideBodyNouns.contains(s.lower(o))
                    || mentions.contains { $0.start == o && EventFinder.isParty($0.entry) }
                    || t.objects.contains("@party") && partyNamedInApposition(at: o) != nil)
            // "voted 13-0 on Monday, with two abstentions, to impose sanctions": the purpose infinitive.
            if t.phrase.spells("vote") && (o < end || s.lower(o - 1) != "to") { return nil }
            if t.phrase.spells("leave") {
                // "had left no room for military intervention": a thing not left, or one named
                // inside another's phrase, is no place departed.
                if s.lower(end) == "no" || o - 1 > end && ["for", "of"].contains(s.lower(o - 1)) { return nil }
                // "abandoned President X on Friday, leaving him with little more than his palace
                // guard": a participle after a comma that leaves a person in a state.
                if s.lower(i - 1) == ",", s.lower(i).hasSuffix("ing"), ["him", "her", "them", "it", "us"].contains(s.lower(end)) { return nil }
                // "the veto left the Russian Federation increasingly isolated": a state the object
                // is left in, not a departure.
                if o > end - 1 {
                    let w = s.lower(mentions.first(where: { $0.span.contains(o) }).map(\.end) ?? o + 1)
                    if w.hasSuffix("ly") && w.count > 4 || EventFinder.resultStates.contains(w) { return nil }
                }
            }
            // "joined the February 17 revolution", not "joined talks with the opposition".
            if t.phrase.spells("join") && (o < end || o - end > 4) { return nil }
            // "joined the Liberals in December 2003": joining a party is a change of allegiance
            // only in a story that tells of one (not "joined the party as a student").
            // So is moving to, rejoining or returning to one ("moved to the APC", "returned to
            // the PDP" in a season of defections; not "returned to the party after a holiday").
            if EventFinder.partyJoiningPhrases.contains(t.phrase), !defectionStory,
               mentions.contains(where: { $0.start == o && EventFinder.isParty($0.entry) }) || s.lower(o, isEither: "party", or: "opposition") && t.phrase.spells("rejoin") { return nil }
            // "broke with Moscow", "broke with the Kremlin": the country right after, not one
            // further on ("broke with tradition when he visited Russia").
            if t.phrase.spells("break", "with"), mentions.contains(where: { $0.start == o && $0.entry?.kind == .country }), o - end > 1,
               !(end..<min(s.count, end + 3)).contains(where: { t.objectWords.contains(s.lower($0)) }) { return nil }
            // "recognized the opposition leader as interim president": a rival named head of state,
            // not "recognized the president's authority".
            // Its object comes first ("recognised as president by X" is passive).
            if t.phrase.spells("recognize") && (o <= end || !(max(end + 1, o - 3)..<o).contains { s.lower($0) == "as" }) { return nil }
            if Lexicon.resolutionNouns.contains(s.lower(o)) { c.resolutionNumber = resolutionNumber(near: o) }
            // "The mechanism was created in July 2014 by resolution 2165", "the operation set up
            // under Security Council resolution 745", "it broadened the sanctions with resolution
            // 917": a council act done by, under or with a numbered resolution was that
            // resolution's adoption.
            if t.type == "resolution_adopted", t.agent == "council", c.resolutionNumber == nil,
               let number = numberedResolution(after: end)
                ?? (i >= 5 && s.lower(i - 1) == "," ? numberedResolution(after: previousComma(before: i - 1) + 1) : nil) {
                c.resolutionNumber = number
            }
            // What the event is about, when it is a resolution: "a U.S.-backed resolution that would
            // have ...", "resolution 2042"; not "us from fulfilling our purpose".
            if Lexicon.resolutionNouns.contains(s.lower(o)) || s.lower(o) == "it" { c.object = objectPhrase(around: o) }
        }
        c.tense = tense(at: i)
        if t.pos == "noun" || t.pos == "adj" { c.tense = .nominal }
        // "Resolution 1199 demands a ceasefire", "resolution 918 (1994) imposed an arms embargo":
        // the subject right before the verb group is a numbered resolution.
        if t.agent == "numbered" {
            guard let number = numberedSubject(before: verbGroupStart(i)) else { return nil }
            c.resolutionNumber = number
            c.needsDate = true
        }
        // Agents.
        var agentMentions: [Mention] = []
        if t.pos == "noun" && t.type == "resolution_proposed", s.lower(i - 1) == "as",
           let m = mentions.last(where: { $0.end == i - 1 && $0.actor >= 0 && $0.kind == .known }),
           (0..<m.start).contains(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }) {
            // "The text, drafted by the UK and France with Germany and the U.S. as co-sponsors":
            // the members named before "as".
            agentMentions = coordinated(ending: m)
        } else if t.pos == "noun" && t.type == "resolution_proposed", let named = namedInApposition(afterWord: end, allowsOne: !s.lower(end - 1).hasSuffix("s")), named.allSatisfy({ $0.kind == .known }) {
            // "on behalf of its sponsors — Australia, Belgium, Malaysia, the Netherlands and
            // Ukraine —": the members named in apposition.
            agentMentions = named
        } else if t.pos == "noun" && t.type == "resolution_proposed" {
            // "the co-sponsors of this draft": the noun phrase is the agent.
            guard isNounReading || s.lower(i - 1) == "the" || s.lower(end) == "of",
                  s.lower(end) == "of", let o = objectWord(after: end, before: i, in: Lexicon.resolutionNouns),
                  let m = mentions.first(where: { $0.span.contains(i) && $0.actor >= 0 }) else { return nil }
            // "The sponsors of the draft, Norway and Chile, asked ...": the members named after it.
            if let named = namedInApposition(afterWord: o + 1, allowsOne: !m.isPlural), named.allSatisfy({ $0.kind == .known }) {
                agentMentions = named
            } else {
                agentMentions = [m]
            }
        } else if t.pos == "adj" {
            // "the failed resolution": the body that voted, filled in later.
            guard Lexicon.resolutionNouns.contains(s.lower(end)) || Lexicon.resolutionNouns.contains(s.lower(end + 1)) else { return nil }
        } else if t.pos == "noun" {
            // "cast their third double veto": an unresolved possessive leaves the light verb's subject.
            // "The Soviet Union cast the council's very first veto": a body that holds the act
            // in its record is not who acted; the light verb's subject is.
            // "Russia and China have twice used their vetoes": a possessive pronoun in the light
            // verb's object is its subject's.
            if let a = possessor(before: i), a.allSatisfy({ $0.kind == .pronoun }), let light = lightVerb(before: i),
               case let subject = subject(before: light), subject.contains(where: { $0.kind != .pronoun && $0.actor >= 0 }) {
                agentMentions = subject
            }
            else if let a = possessor(before: i), a.contains(where: { $0.actor >= 0 }) || lightVerb(before: i) == nil {
                if t.type == "veto", let first = a.first, a.allSatisfy({ $0.entry?.kind == .organization }),
                   let light = lightVerb(before: s.lower(first.start - 1) == "the" ? first.start - 1 : first.start) {
                    agentMentions = subject(before: light)
                } else {
                    agentMentions = a
                }
            }
            else if s.lower(end) == "of", let m = mentions.first(where: { $0.start == end + 1 || $0.start == end + 2 }) {
                // "the defection of such a high-ranking official": a generic description refers back.
                // "the negative votes of two permanent members, China and the Russian Federation":
                // the members named in apposition.
                if m.kind == .unnamed, let named = namedInApposition(after: m) { agentMentions = named }
                else if m.kind == .unnamed && !m.isDefinite && ["the", "this", "that"].contains(s.lower(i - 1)) { c.anaphoric = true }
                else { agentMentions = [m] }
            }
            else if let light = lightVerb(before: i) { agentMentions = subject(before: light) }
            else if let m = mentions.first(where: { $0.start == end }), WordClass.lightVerbs.contains(s.lower(m.end)) { agentMentions = [m] }
            else if WordClass.lightVerbs.contains(s.lower(end)), let by = byAgents(after: end + 1) { agentMentions = by }  // "the veto cast by Russia"
            else if t.type == "veto", s.lower(end) == "by", let by = byAgents(after: end) { agentMentions = by }  // "negative votes by China"

            // "struck down by a Chinese and Russian veto": country adjectives before the noun.
            else if t.type == "veto", let ms = countryAdjectives(before: i) { agentMentions = ms }
            // "On Dec. 8 it was again the only no": the copula's subject cast it.
            else if t.type == "veto", let cop = (max(0, i - 4)..<i).last(where: { ["was", "is", "were", "are"].contains(s.lower($0)) }),
                    ((cop + 1)..<i).allSatisfy({ ["the", "again", "also", "once", "still"].contains(s.lower($0)) }) {
                agentMentions = subject(before: verbGroupStart(cop))
            }
            else if EventFinder.pointingDeterminers.contains(s.lower(i - 1)) || s.lower(i - 1) == "'s" { c.anaphoric = true }
            // "12 waitresses ... arrived in the South, a group defection that ...": the noun sums up the clause before.
            else if ["defection", "veto"].contains(t.type), let comma = clauseSummaryComma(before: i) {
                agentMentions = mainSubject(before: comma)
                mainClauseComma = comma
            }
            // "after earlier double vetoes in October 2011": more acts by the same agents (dated below).
            else if t.type == "veto", (max(0, i - 3)..<i).contains(where: { WordClass.earlierWords.contains(s.lower($0)) }) { c.inheritsAgents = true }
            else { return nil }
        } else if c.tense == .infinitive, let governor = infinitiveGovernor(i) {
            let g = s.lower(governor)
            if EventFinder.expectationGovernors.contains(g), governor + 1 < i - 1 {
                // "expected more of them to change sides": who is expected to act has not yet.
                agentMentions = mentions.filter { $0.start > governor && $0.end <= i - 1 }
                if let last = agentMentions.last { agentMentions = coordinated(ending: last) }
                c.status = .hypothetical
            } else if EventFinder.appealGovernors.contains(g) || (g == "on" && ["called", "calls", "calling", "call"].contains(s.lower(governor - 1)))
                        || isUltimatum(at: governor, before: i) {
                // "urged members of Syria's military to join him": they are asked, not acting.
                agentMentions = mentions.filter { $0.start > governor && $0.end <= i - 1 }
                if let last = agentMentions.last { agentMentions = coordinated(ending: last) }
                c.status = g == "influence" || g == "influenced" ? .hypothetical : .calledFor
            } else if let m = mentions.first(where: { $0.end == i - 1 && $0.end == governor + 1 && $0.actor >= 0 }), m.start >= 2, s.lower(m.start - 1) == "of",
                      EventFinder.decisionNouns.contains(s.lower(m.start - 2)) {
                // "appalled by the decision of two members to block the text": the noun's "of"
                // phrase acts, not the one appalled.
                // Unnamed ("two members"), it tells again an act told with its agents.
                if m.kind == .unnamed, namedInApposition(after: m) == nil { c.anaphoric = true }
                else { agentMentions = m.kind == .unnamed ? (namedInApposition(after: m) ?? [m]) : coordinated(ending: m) }
            } else if let the = superlativeStart(governor), the >= 3, s.lower(the - 1) == ",", s.has(the - 2, .reportingVerb) {
                // "A soldier walked across the border, the military said, the second North Korean
                // to defect this month": the phrase sums up the act the main clause told.
                return nil
            } else if let cop = predicateCopula(governor) {
                // "became the most senior officer to break with X", "was the first general to
                // defect": the copula's subject acts; ", becoming ..." shares the main clause's subject.
                if s.lower(cop) == "becoming", s.lower(cop - 1) == "," {
                    agentMentions = mainSubject(before: cop - 1)
                    mainClauseComma = cop - 1
                    c.tense = .past
                } else {
                    agentMentions = subject(before: verbGroupStart(cop))
                    c.tense = tense(at: cop)
                }
            } else if let the = superlativeStart(governor), the == 0 || s[the - 1].isPunct && s.lower(the - 1) != ",",
                      let cop = (end..<min(s.count, end + 8)).first(where: { ["is", "was"].contains(s.lower($0)) }),
                      !(end..<cop).contains(where: { s[$0].isPunct }),
                      let complement = mentions.first(where: { $0.start > cop && $0.start <= cop + 3 && $0.actor >= 0 && $0.kind != .pronoun }) {
                // "The most prominent official to break ranks so far is Myanmar's ambassador to
                // the United Nations": the copula's complement is the one who acted.
                agentMentions = [complement]
                c.tense = .past
            } else if let the = superlativeStart(governor), the >= 4, s.lower(the - 1) == "of", s.lower(the - 2) == "one",
                      let object = mentions.last(where: { $0.end == the - 2 && $0.actor >= 0 }),
                      ["making", "made", "make", "makes"].contains(s.lower(object.start - 1)) {
                // "..., making him one of the highest-ranking diplomats ever to abandon the North":
                // the object of "making" is the one who acted; a set's other members are generic.
                agentMentions = [object]
                c.tense = .past
            } else if let the = superlativeStart(governor), the == 0 || s[the - 1].isPunct || s.lower(the - 1) == "-" || s.lower(the - 1) == "that",
                      let comma = (i..<s.count).first(where: { s.lower($0) == "," }),
                      let name = mentions.first(where: { $0.span.contains(comma + 1) && $0.kind == .person && $0.actor >= 0 }) {
                // "The highest-ranking North Korean ever to seek refuge in the South, Hwang
                // Jang-yop, ... walked into the embassy in 1997": the name in apposition acts,
                // at the main clause's time.
                agentMentions = [name]
                c.tense = .past
                mainClauseComma = nil
                appositionNameEnd = name.end
            } else if let p = possessor(before: governor) {
                // "Russia and China's decisions to veto": the possessor acts.
                agentMentions = p
            } else {
                agentMentions = subject(before: governor)
                // The governing verb's tense ("continue to prevent" is now).
                if EventFinder.aspectualVerbs.contains(s.lower(governor)) || EventFinder.departureVerbs.contains(s.lower(governor)) {
                    let gt = tense(at: governor)
                    c.tense = gt == .gerund || gt == .infinitive ? c.tense : gt
                }
            }
        } else if c.tense == .gerund {
            guard let g = gerundAgents(at: i, trigger: t) else { return nil }
            agentMentions = g
        } else if isPassive(at: i), let by = byAgents(after: end) {
            agentMentions = by
        } else if isPassive(at: i) {
            agentMentions = []
        } else {
            agentMentions = subject(before: verbGroupStart(i))
        }
        // "The last one, in February 2011, killed a resolution": the previous veto, by the same members.
        if t.type == "veto", t.pos == "verb", agentMentions.isEmpty, !isPassive(at: i), let one = (0..<i).first(where: { s.lower($0) == "one" }),
           one >= 2, s.lower(one - 2) == "the", ["last", "previous", "earlier", "prior"].contains(s.lower(one - 1)), one <= 3 {
            c.inheritsAgents = true
        }
        if rejectsAgentless(t, c, agents: agentMentions) { return nil }
        if t.agent == "resolution" && t.pos == "verb" {
            guard let kept = resolutionSubjectAgents(agentMentions) else { return nil }
            agentMentions = kept
        }
        // "threatened to veto": a threat, not a veto.
        if let target = retype(for: i), target != c.type {
            c.object = (c.object.map { "\(t.type): \($0)" }) ?? t.type
            c.type = target
            if let info = lexicon.firstTrigger[target] {
                c.trigger.cameo = info.cameo
                c.trigger.plover = info.plover
            }
        }
        // "quit this week to protest the crackdown", "resigned in protest": leaving in protest
        // against the government is a defection.
        if c.type == "resignation", (end..<min(s.count, end + 6)).contains(where: { s.lower($0) == "protest" && ["in", "to"].contains(s.lower($0 - 1)) }),
           let d = lexicon.firstTrigger["defection"] {
            c.type = "defection"
            c.trigger.cameo = d.cameo
            c.trigger.plover = d.plover
        }
        // Status from cues.
        if c.status == .asserted { c.status = status(for: i, agents: agentMentions) }
        // "he has refused to leave his post", "has refused to step down": a refusal of the act
        // itself (refusing to return or to board is its own trigger).
        if c.type == "defection" || c.type == "resignation", t.phrase.first != "refuse", !EventFinder.boardingPhrases.contains(t.phrase), isRefused(at: i) {
            c.status = .negated
        }
        if c.status == .asserted, agentMentions.contains(where: { $0.hedge != nil || actors[safe: $0.actor]?.hedge != nil }) { c.status = .claimed }
        if c.tense == .future { c.status = c.status == .asserted ? .hypothetical : c.status }
        // "a no from one permanent member is enough to kill a draft": a veto in the infinitive
        // after an adjective of sufficiency or a present copula tells what a veto can do.
        if c.type == "veto", c.tense == .infinitive, c.status == .asserted, let g = infinitiveGovernor(i),
           EventFinder.sufficiencyWords.contains(s.lower(g)) || ["is", "are"].contains(s.lower(g)) {
            c.status = .hypothetical
        }
        // "needs nine votes ... to be adopted", "expect the text to pass": an adoption in the
        // infinitive happened only after a verb of deciding ("voted to adopt", "agreed to approve").
        if c.type == "resolution_adopted", c.tense == .infinitive, c.status == .asserted,
           !(infinitiveGovernor(i).map { EventFinder.adoptingGovernors.contains(s.lower($0)) } ?? false) {
            c.status = .hypothetical
        }
        // "The draft was not adopted": a draft put to the vote that failed.
        if c.type == "resolution_adopted", c.status == .negated, isPassive(at: i), let f = lexicon.firstTrigger["resolution_failed"] {
            c.type = "resolution_failed"
            c.trigger.cameo = f.cameo
            c.trigger.plover = f.plover
            c.status = .asserted
        }
        if c.type == "defection", agentMentions.count == 1, let m = agentMentions.first, m.kind == .unnamed, m.isPlural,
           // "both men had told officials", "the two envoys": people already told of.
           m.count != nil, s.lower(m.start) == "the" || s.lower(m.start - 1) == "the" || s.lower(m.start) == "both" {
            c.refersBack = true
        }
        // "two Libyan Air Force colonels, Abdelsalam Ben Hamid and Nuri el-Mahdawi, landed": the
        // people named in apposition to a counted group act, described by its head.
        var namedMembers = Set<Int>()
        if agentMentions.count == 1, let m = agentMentions.first, m.kind == .unnamed, m.isPlural,
           let named = namedInApposition(after: m), named.allSatisfy({ $0.kind == .person }) {
            agentMentions = named
        }
        if let first = agentMentions.first, first.kind == .person,
           let group = mentions.last(where: { $0.kind == .unnamed && $0.isPlural && $0.end < first.start && $0.end + 2 >= first.start }),
           let named = namedInApposition(after: group), agentMentions.allSatisfy({ a in named.contains { $0.actor == a.actor } }),
           !(actors[safe: group.actor]?.heads.isDisjoint(with: lexicon.officialHeads) ?? true) || group.role != nil {
            namedMembers = Set(agentMentions.map(\.actor))
        }
        // Resolve agents to actors; "we" in a quote is the speaker.
        var ids: [Int] = []
        for m in agentMentions {
            var id = m.actor
            if id < 0, m.kind == .pronoun, WordClass.firstPerson.contains(m.head ?? ""), s[m.start].inQuote, let sp = speaker { id = sp }
            // "as Israeli forces pushed into Sinai, Britain and France vetoed a draft. Later they
            // blocked a similar text": for an act only states do, "they" is the list of states,
            // not an unnamed group told before it.
            let groupForStates = id >= 0 && EventFinder.memberAgents.contains(t.agent) && !actors[id].isNamed && actors[id].kind == .group
            if id < 0 || groupForStates, m.kind == .pronoun, ["they", "them"].contains(m.head ?? ""), !pluralAntecedent.isEmpty {
                for a in pluralAntecedent where !ids.contains(a) { ids.append(a) }
                continue
            }
            // "the two powers blocked a text", "both permanent members vetoed": a counted
            // description of states doing an act only states do is the list of that length told
            // just before.
            // "The draft was tabled by the three governments": so is a counted description of
            // states that proposes a text.
            if m.kind == .unnamed, m.isPlural, let n = m.count, n == countedAntecedent.count,
               EventFinder.memberAgents.contains(t.agent) || t.type == "resolution_proposed" && EventFinder.stateHeads.contains(m.head ?? ""),
               ["the", "both"].contains(s.lower(m.start)) || ["the", "both"].contains(s.lower(m.start - 1)) {
                for a in countedAntecedent where !ids.contains(a) { ids.append(a) }
                continue
            }
            // "a group of senior officers led by Deputy Director General X announced that they were
            // breaking with the President": a group's act is told of the named person who led it.
            if id >= 0, m.kind == .unnamed || m.kind == .pronoun, actors[id].isPlural || actors[id].kind == .group, !actors[id].isNamed,
               let leader = namedLeader(of: id) { id = leader }
            // "the Soviet delegate cast two vetoes": a state's vote is cast by its delegate.
            // (Only as the subject of the act's verb or light verb: not "The representative of
            // France said the use of the veto was regrettable".)
            // A name is read the same way ("Jacob A. Malik, the Soviet representative, raised his
            // hand against it"), a pronoun is not.
            if id >= 0, EventFinder.memberAgents.contains(t.agent), t.pos == "verb" || WordClass.lightVerbs.contains(s.lower(m.end)),
               let state = stateVoiced(by: m, actor: id) ?? (m.kind == .person ? stateVoiced(byNamed: id) : nil) { id = state }
            // "laid before the Council by Mr. Malik", after "Jacob A. Malik, the Soviet
            // representative": a delegate puts a text forward for the state.
            if id >= 0, t.type == "resolution_proposed", let state = stateVoiced(byNamed: id) { id = state }
            // "the delegation of El Salvador put down a draft": a state's delegation acts for it.
            if id >= 0, t.type == "resolution_proposed" || EventFinder.memberAgents.contains(t.agent), m.kind == .unnamed, !m.isPlural,
               EventFinder.delegationNouns.contains(m.head ?? ""), let code = m.country,
               let state = actorIndex(ofEntry: "country:\(code)") { id = state }
            if id >= 0, !ids.contains(id) {
                ids.append(id)
                if let n = m.count, n > 1, n <= 10 { c.agentCounts[id] = n }
            }
        }
        c.agents = ids
        // "Council members recalled that the organ had acted only once ... On 15 November, it
        // adopted resolution 2712": "it" adopting a resolution is a body that adopts them, not
        // the last thing named; another reading is left for the body told around it.
        if t.agent == "body", agentMentions.count == 1, let m = agentMentions.first, m.kind == .pronoun, m.head == "it",
           ids.allSatisfy({ actors[$0].entry?.adoptsResolutions != true && actors[$0].entry?.key != "org:un" }) {
            c.agents = []
        }
        // "Qatar's emir broke with Saudi Arabia": breaking with another country is diplomacy;
        // only one who breaks with their own country ("a Soviet diplomat broke with Moscow")
        // defects.
        if t.phrase.spells("break", "with"), let o = mentions.first(where: { ($0.start == end || $0.start == end + 1) && $0.entry?.kind == .country }),
           let broken = o.entry?.code {
            let same = { (a: String?) in a == broken || Set([a, broken]) == Set(["SUN", "RUS"]) }
            guard ids.allSatisfy({ id in same(actors[id].country ?? actors[id].roles.compactMap { $0.of?.code }.first) }) else { return nil }
        }
        // "X quit his post as a presidential envoy and left the country": a role told after "as"
        // between the agent and the trigger is the agent's.
        var asRole = Set(agentMentions.filter { m in
            mentions.contains { r in r.kind == .unnamed && r.role != nil && r.start > m.end && r.end <= i && s.lower(r.start - 1) == "as" }
        }.map(\.actor))
        // "He stepped down as Putin's climate envoy in March and left the country": a title after
        // "as" between the agent and the trigger is the agent's.
        for m in agentMentions where m.end < i && (m.end..<i).contains(where: { k in
            s.lower(k) == "as" && ((k + 1)..<min(i, k + 6)).contains { lexicon.titlePhrases[s.lower($0)] != nil }
        }) { asRole.insert(m.actor) }
        // "X has fled Belarus": one named person fleeing a named country escapes its government,
        // official or not (crowds and unnamed civilians still need a role). "Rigondeaux left
        // Cuba for good", "she had left Iran for good": so does one who leaves it for good.
        if agentMentions.count == 1, let a = agentMentions.first {
            let fled = EventFinder.escapeVerbs.contains(t.phrase.first ?? "") && a.kind == .person
                && mentions.contains { $0.start >= end && $0.start <= end + 1 && $0.entry?.kind == .country }
            let leftForGood = t.phrase.spells("leave") && (a.kind == .person || a.kind == .pronoun && actors[safe: a.actor]?.kind == .person)
                && mentions.first(where: { $0.start == end && $0.entry?.kind == .country }).map { s.lower($0.end) == "for" && s.lower($0.end + 1) == "good" } == true
            if fled || leftForGood { asRole.insert(a.actor) }
        }
        // "Viktor Belenko flew his MiG-25 to Japan": only a military pilot flies a warplane away,
        // so its pilot needs no title.
        if EventFinder.aircraftVerbs.contains(t.phrase.first ?? ""), !t.objects.isEmpty, agentMentions.count == 1, let a = agentMentions.first, a.kind == .person,
           let o = objectWord(after: end, before: i, in: t.objectWords), !["plane", "planes", "jet", "jets", "aircraft", "airliner"].contains(s.lower(o)) {
            asRole.insert(a.actor)
        }
        // "the day after Russian troops crossed into Ukraine": an army crossing a border invades.
        if t.type == "defection", t.phrase.first == "cross", agentMentions.count == 1, let a = agentMentions.first, a.kind == .unnamed,
           a.count == nil, EventFinder.invadingHeads.contains(a.head ?? "") { return nil }
        if !agentAllowed(t, c, describedAs: asRole.union(namedMembers)) { return nil }
        // "Until Friday, it had been the United States wielding its veto": what held up to a
        // time, told in the main clause, is a state or habit, not one act.
        if s.lower(0, isEither: "until", or: "till"), let t = times.first(where: { $0.words.lowerBound == 1 }), s.lower(t.words.upperBound) == ",",
           !(t.words.upperBound..<i).contains(where: { EventFinder.segmentWords.contains(s.lower($0)) }) {
            return nil
        }
        // Date and count.
        (c.explicitDate, c.undatedPast) = date(for: c.words)
        if c.explicitDate == nil, let comma = mainClauseComma {
            c.explicitDate = finestDate { $0.words.upperBound <= comma }
        }
        if c.explicitDate == nil, let e = appositionNameEnd {
            c.explicitDate = finestDate { $0.words.lowerBound >= e }
        }
        if c.explicitDate == nil, let o = objectBefore {
            c.explicitDate = finestDate { $0.words.lowerBound > o && $0.words.upperBound <= i }
        }
        if c.explicitDate == nil, let since = firstTimeSince(before: i) { c.explicitDate = since }
        // "became the highest-ranking Soviet official to defect when he broke with Moscow in
        // April 1978": a "when" clause right after the act dates it.
        // (Not "to break with Mugabe since 2008, when Makoni announced on Feb. 5": that "when"
        // tells the earlier act the span starts at.)
        if c.explicitDate == nil, let when = (end..<min(s.count, end + 6)).first(where: { s.lower($0) == "when" }),
           !(end..<when).contains(where: { s[$0].isPunct && s.lower($0) != "," || s.lower($0) == "since" }) {
            let close = segmentEnd(when + 1)
            c.explicitDate = finestDate { $0.words.lowerBound > when && $0.words.upperBound <= close }
        }
        // "It is not the first time Moscow has used its veto", "It was the third time ...": a
        // count of acts with no date of its own tells of the act already told, not another.
        // "It was the third time Washington has blocked a text since October": the start of a
        // span dates no act.
        if let t = (0..<i).first(where: { k in s.lower(k) == "time" && k >= 2 && s.lower(k - 2) == "the"
                && (WordClass.ordinals.contains(s.lower(k - 1)) || ["first", "only", "last"].contains(s.lower(k - 1))) }),
           s.lower(t + 1) != "since", !(t..<i).contains(where: { s[$0].isPunct && s.lower($0) != "'s" }),
           c.explicitDate.map({ d in times.filter { $0.date == d }.allSatisfy { s.lower($0.words.lowerBound - 1) == "since" } }) ?? true {
            c.anaphoric = true
            c.status = .asserted
        }
        if c.explicitDate == nil, c.type == "defection", let d = selfAnnouncedDate(after: end, agents: c.agents) { c.explicitDate = d }
        // "drove through the barriers on Saturday, jumped out and asked for protection": verb
        // phrases that share a subject share its time.
        if c.explicitDate == nil, let first = coordinatedVerb(before: verbGroupStart(i)), var from = subject(before: verbGroupStart(first)).last?.end {
            // Past an appositive after the subject ("X, the premier appointed two months ago, has defected and joined").
            if s.lower(from) == ",", let close = (from + 1..<first).first(where: { s.lower($0) == "," }) { from = close + 1 }
            c.explicitDate = finestDate { $0.words.lowerBound >= from && $0.words.upperBound <= i }
        }
        // "in October 2011 and in February and July 2012": one act per date.
        let lo = objectBefore.map { min($0, segmentStart(i)) } ?? segmentStart(i)
        let dates = coordinatedDates(in: lo..<segmentEnd(end))
        if dates.count > 1, c.explicitDate.map({ d in dates.contains { $0 == d || $0.basis == d.basis } }) ?? false {
            c.explicitDate = dates[0]
            c.alsoDates = Array(dates.dropFirst())
        }
        if c.inheritsAgents && c.explicitDate == nil {
            // "The last one, in February 2011, killed": the date set off after the subject.
            c.explicitDate = finestDate { $0.words.upperBound <= i }
        }
        if c.inheritsAgents && c.explicitDate == nil { return nil }
        if c.type == "statement", EventFinder.moveAnnouncingVerbs.contains(t.phrase.first ?? ""),
           (end..<min(s.count, end + 3)).contains(where: { EventFinder.moveNouns.contains(s.lower($0)) }) {
            c.announcesMove = true
        }
        // "thousands of conscripts have slipped away from their units": an undated tally of a
        // crowd is a trend, not an act.
        if c.type == "defection", c.explicitDate == nil, agentMentions.count == 1, let m = agentMentions.first, m.kind == .unnamed,
           MentionFinder.unnamedMultiples.contains(s.lower(m.start)) || ["many", "numerous", "countless"].contains(s.lower(m.start))
            // "some 3,000 soldiers and police have switched sides since ...": a large count told
            // in the perfect or present is a tally too.
            || ([.perfect, .present, .progressive].contains(c.tense)
                && (m.start..<min(m.end, m.start + 3)).contains(where: { s[$0].isNumber && (Int(s[$0].text.replacingOccurrences(of: ",", with: "")) ?? 0) >= 50 })) {
            return nil
        }
        // "Later the same day they blocked a similar text tabled by the Soviet Union": a veto of
        // another text than the one told before.
        if c.type == "veto", let o = (i + 1..<min(s.count, i + 6)).first(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }),
           (i + 1..<o).contains(where: { ["similar", "another", "rival", "competing", "alternative"].contains(s.lower($0)) }) {
            c.otherDraft = true
        }
        if c.type.hasPrefix("resolution_") {
            c.otherDraft = (segmentStart(i)..<i).contains { ["rival", "competing", "also", "another", "alternative", "second"].contains(s.lower($0)) }
                // "A rival Russian draft that would have ... was rejected": the subject's draft.
                || (0..<segmentStart(i)).contains { k in
                    ["rival", "competing", "alternative"].contains(s.lower(k)) && ((k + 1)...(k + 3)).contains { Lexicon.resolutionNouns.contains(s.lower($0)) }
                }
        }
        if c.explicitDate == nil, followsPreviousEvent(before: i) { c.followsPrevious = true }
        // "Two other pilots left their base with him": a defection in company of someone told
        // just before happened with his, on that day.
        if c.type == "defection", c.explicitDate == nil, !c.undatedPast, [.past, .pluperfect].contains(c.tense),
           let w = (end..<min(s.count, end + 6)).first(where: { s.lower($0) == "with" }),
           mentions.contains(where: { p in p.start == w + 1 && p.kind == .pronoun && ["him", "her", "them"].contains(s.lower(w + 1)) && p.actor >= 0 && !agentMentions.contains { $0.actor == p.actor } }) {
            c.followsPrevious = true
        }
        // "The council then adopted ...": "then" between the subject and the verb.
        if c.explicitDate == nil, i >= 2, s.lower(i - 1) == "then", !s[i - 2].isPunct, !WordClass.clauseOpeners.contains(s.lower(i - 2)) {
            c.followsPrevious = true
            c.followsThen = true
        }
        // A reported past event cannot postdate the article: "broke with the junta in February"
        // in a June story is last February even when the tagger leaned to the next one.
        if let d = c.explicitDate, let pub = published, let start = d.start, start > pub,
           [.past, .perfect, .pluperfect].contains(c.tense), [.day, .week, .month, .season, .quarter].contains(d.precision) {
            c.explicitDate = EventDate(start: start.adding(months: -12), end: d.end?.adding(months: -12), precision: d.precision, basis: d.basis)
            c.alsoDates = c.alsoDates.map { d in
                guard let st = d.start, st > pub else { return d }
                return EventDate(start: st.adding(months: -12), end: d.end?.adding(months: -12), precision: d.precision, basis: d.basis)
            }
        }
        c.count = count(near: i, end: end, type: c.type)
        // "vetoed two drafts, in October 2011 and February 2012": the dates already count them.
        if !c.alsoDates.isEmpty, c.count == c.alsoDates.count + 1 { c.count = 1 }
        // "refused to board a flight to Minsk": the flight's destination is where they would not go.
        if t.type == "defection", !EventFinder.boardingPhrases.contains(t.phrase), !EventFinder.refusingFirstWords.contains(t.phrase.first ?? "") {
            fillFromTo(&c, end: end, inIsDestination: !EventFinder.leavingVerbs.contains(t.phrase.first ?? ""))
        }
        return c
    }

    /// Nouns of a choice whose "of" phrase makes it ("the decision of two members to block").
    static let decisionNouns: WordSet = ["decision", "decisions", "choice", "move", "moves", "attempt", "attempts", "refusal", "readiness", "willingness", "determination", "vote", "votes"]
    /// Verbs whose object is always a text ("co-sponsored it", "tabled it").
    static let textOnlyVerbs: WordSet = ["sponsor", "co-sponsor", "cosponsor", "table", "co-draft"]
    static let distanceUnits: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours"]
    /// Heads of an army on the move: crossing a border, it invades ("Russian troops crossed into Ukraine").
    static let invadingHeads: WordSet = ["troops", "forces", "army", "armies", "tanks", "units"]
    /// Verbs of expecting someone to act ("expected more of them to change sides").
    static let expectationGovernors: WordSet = ["expected", "expect", "expects", "expecting", "predicted", "predict", "predicts", "hoped", "hope", "hopes", "wanted", "want", "wants"]
    static let reflexives: WordSet = ["themselves", "itself", "himself", "herself"]

    /// "had themselves vetoed": a reflexive at `k` right after an auxiliary is inside the verb
    /// group ("Asad himself agreed" is not: there it stands by the subject).
    func reflexiveInVerbGroup(_ k: Int) -> Bool {
        k >= 1 && EventFinder.reflexives.contains(s.lower(k)) && WordClass.auxiliaries.contains(s.lower(k - 1))
    }

    /// An "it" that stands for the draft told before, as the object of a proposal: "More than 60
    /// countries co-sponsored it" (what is sponsored or tabled is a text), and "It was sponsored
    /// by France and Germany" (the passive's subject). Its index stands for the object.
    func itForTheDraft(at i: Int, end: Int, trigger t: Lexicon.Trigger) -> Int? {
        // "Washington vetoed it.": one vetoes drafts, so "it" is the one just told.
        if t.type == "veto", t.phrase.spells("veto"), s.lower(end) == "it", draftJustTold { return end }
        // "The Council adopted it without a dissenting vote": so do the acts of a voting body.
        if ["resolution_adopted", "resolution_failed"].contains(t.type), t.objects.contains("resolution"), s.lower(end) == "it", draftJustTold { return end }
        guard t.type == "resolution_proposed" else { return nil }
        if EventFinder.textOnlyVerbs.contains(t.phrase.first ?? ""), s.lower(end) == "it" { return end }
        // "Syria's ambassador had introduced it on Thursday": "it" for the draft just told.
        if ["introduce", "circulate", "submit", "present", "draft", "propose", "write"].contains(t.phrase.first ?? ""), t.phrase.count == 1,
           s.lower(end) == "it", draftJustTold { return end }
        guard t.objects.contains("resolution"), isPassive(at: i) else { return nil }
        var k = i - 1
        while k >= 0, WordClass.auxiliaries.contains(s.lower(k)) || isAdverb(k) { k -= 1 }
        guard k >= 0, s.lower(k) == "it", k == 0 || s[k - 1].isPunct || WordClass.clauseOpeners.contains(s.lower(k - 1)) else { return nil }
        return k
    }

    /// States a thing is left in ("left Moscow isolated", "left the country divided").
    static let resultStates: WordSet = ["isolated", "alone", "vulnerable", "exposed", "weaker", "weakened", "divided", "intact", "unable", "free",
                                        "open", "shaken", "reeling", "stranded", "paralysed", "paralyzed", "powerless", "unscathed", "untouched", "empty"]

    /// Verbs of a trip's purpose after "to": "left the country to attend a summit".
    static let tripPurposes: WordSet = ["attend", "visit", "meet", "watch", "negotiate", "address", "accompany", "receive", "sign"]

    /// "declined to follow him", "refused to leave his post": the verb at `k` is refused.
    func isRefused(at k: Int) -> Bool {
        s.lower(k - 1) == "to" && EventFinder.refusals.contains(s.lower(k - 2))
    }

    static let refusals: WordSet = ["refused", "refuses", "refusing", "refuse", "declined", "declines", "declining", "failed", "fails", "failing"]

    /// Nouns for a message whose author acts in the gerund after it ("a video announcing").
    static let messageNouns: WordSet = ["video", "statement", "letter", "message", "recording", "announcement", "communique", "broadcast"]

    /// A political party the gazetteer knows (CAMEO code ending PTY: "the Republican Party",
    /// "Labour"), the object class `@party` of the verbs of leaving and joining.
    static func isParty(_ e: Lexicon.Entry?) -> Bool {
        cameoRole(e, in: ["PTY"])
    }

    /// An opposition or insurgent group: its CAMEO code ends REB, OPP or INS ("SYRREB").
    static func isOpposition(_ e: Lexicon.Entry?) -> Bool {
        cameoRole(e, in: ["REB", "OPP", "INS"])
    }

    /// Whether `e` is a body, not a country, whose CAMEO code ends in one of `roles`.
    static func cameoRole(_ e: Lexicon.Entry?, in roles: [String]) -> Bool {
        guard let e, e.kind != .country, let code = e.cameo else { return false }
        return roles.contains { code.hasSuffix($0) }
    }

    /// For triggers whose subject is the resolution ("the Russian draft failed", "the text was
    /// blocked"): the mentions that only modify the resolution noun ("Russian", "U.S.-drafted")
    /// are dropped; any other agent means someone else acts ("Russia blocked the text"), and the
    /// reading is refused (nil).
    func resolutionSubjectAgents(_ ms: [Mention]) -> [Mention]? {
        var kept: [Mention] = []
        for m in ms {
            // "It won only four votes": the draft told before.
            if m.kind == .pronoun && m.text.lowercased() == "it" { continue }
            let modifier = (m.end..<min(s.count, m.end + 3)).contains { Lexicon.resolutionNouns.contains(s.lower($0)) }
            if !modifier { kept.append(m) }
        }
        return kept.isEmpty ? [] : nil
    }

    func agentAllowed(_ t: Lexicon.Trigger, _ c: EventCandidate, describedAs: Set<Int> = []) -> Bool {
        if c.anaphoric || c.inheritsAgents || t.pos == "adj" { return true }
        // "the Labour Party proposed measures well to the right": a party proposes policies,
        // not the resolutions of a voting body (its members move motions).
        if t.type == "resolution_proposed", c.agents.contains(where: { EventFinder.isParty(actors[$0].entry) }),
           !(0..<s.count).contains(where: { ["resolution", "motion"].contains(s.lower($0)) }) { return false }
        switch t.agent {
        case "individual":
            guard !c.agents.isEmpty else { return false }
            // One person; or a counted few ("two air force colonels requested asylum", "two
            // Russian men asked for asylum"), never a crowd ("thousands of villagers").
            return c.agents.allSatisfy { id in
                let a = actors[id]
                if a.kind == .person && !a.isPlural { return true }
                guard !a.isNamed, a.isPlural, a.kind == .person || a.kind == .group, let n = c.agentCounts[id] ?? a.count, n >= 2 else { return false }
                // A counted few of anyone; a squad of players ("Twelve national team players
                // fail to return home"); or a counted unit of officials ("more than 100
                // Ethiopian peacekeepers ... asked for asylum").
                return n <= 10 || n <= 40 && !a.heads.isDisjoint(with: EventFinder.squadHeads) || !a.heads.isDisjoint(with: lexicon.officialHeads)
            }
        case "person", "official":
            guard !c.agents.isEmpty else { return false }
            // "Two airmen, A and B, flew to South Korea": in a story of defections, only a
            // military flyer flying to a country defects by it (a minister flying to Paris travels).
            // ("Two airmen, A and B, flew": the flyers' noun may head the group they are named in.)
            if t.phrase.spells("fly", "to"), !defectionStory || !(c.agents.allSatisfy({ id in
                !actors[id].heads.isDisjoint(with: EventFinder.flyerHeads) || actors[id].roles.contains { EventFinder.flyerHeads.contains($0.head.lowercased()) }
            }) || (0..<c.words.lowerBound).contains { EventFinder.flyerHeads.contains(s.lower($0)) }) { return false }
            // "The British forces had by then left Kuwait": troops leaving a country withdraw.
            if t.phrase.spells("leave"), c.agents.allSatisfy({ !actors[$0].heads.isDisjoint(with: EventFinder.troopHeads) }),
               let m = mentions.first(where: { $0.start == c.words.upperBound || $0.start == c.words.upperBound + 1 && s.lower(c.words.upperBound) == "the" }),
               let place = actors[safe: m.actor], place.kind == .country || place.kind == .location { return false }
            for id in c.agents {
                let a = actors[id]
                if a.kind == .country || a.kind == .organization || a.kind == .location { return false }
                if t.agent == "official" && a.kind == .person && a.roles.isEmpty && a.isNamed && !describedAs.contains(id) && !defectionStory && !c.leavesParty { return false }
                if t.agent == "official" && !a.isNamed && a.roles.isEmpty && (a.kind == .person || a.kind == .group)
                    && a.heads.isDisjoint(with: lexicon.officialHeads) { return false }
            }
            return true
        case "member", "permanent":
            guard !c.agents.isEmpty else { return false }
            for id in c.agents {
                let a = actors[id]
                if a.kind == .person && a.isNamed { return false }
                // Members of a voting body are states: not the body itself ("its Security Council
                // veto to kill a proposal"), not another organisation or bloc ("they" = the G8).
                if a.kind == .organization || (a.entry != nil && a.kind != .country) { return false }
                if t.agent == "permanent", a.kind == .country, !EventFinder.permanentMembers.contains(a.country ?? "") { return false }
                if t.agent == "permanent", a.kind != .country { return false }
            }
            return true
        case "body":
            return c.agents.allSatisfy { actors[$0].entry?.adoptsResolutions == true || actors[$0].entry?.key == "org:un" || actors[$0].kind == .organization }
        case "council":
            // "has overridden that objection by authorising aid": a means, not an act told.
            // "voted on Monday to extend the mission": the vote is the adoption, told once.
            if c.tense == .infinitive, (max(0, c.words.lowerBound - 12)..<c.words.lowerBound).contains(where: { ["voted", "votes", "voting", "vote"].contains(s.lower($0)) }) { return false }
            // (Agentless when a numbered resolution did it: the merger gives it the Council.)
            if c.agents.isEmpty, c.resolutionNumber != nil, c.tense != .gerund { return true }
            return !c.agents.isEmpty && c.tense != .gerund && c.agents.allSatisfy { actors[$0].entry?.adoptsResolutions == true }
        case "numbered":
            return c.resolutionNumber != nil
        case "resolution":
            // "It won only four votes", "It fell short of the nine needed": a pronoun subject of a
            // phrase only drafts are said to do.
            if EventFinder.draftOnlyPhrases.contains(t.phrase), c.words.lowerBound >= 1,
               ["it", "also"].contains(s.lower(c.words.lowerBound - 1)) && (s.lower(c.words.lowerBound - 1) == "it" || s.lower(c.words.lowerBound - 2) == "it") { return true }
            // "A rival text put forward by Russia, which called for a ceasefire, also went down": a
            // relative clause may come between.
            // "A British-American text ... was put to a vote on July 14, 1976, and received only
            // six votes": a verb right after "and", in a sentence that opens on a draft (within
            // its first six words) with no person or pronoun between, has the draft for subject.
            let v = verbGroupStart(c.words.lowerBound)
            if v >= 2, s.lower(v - 1) == "and", let noun = (0..<min(v, 6)).first(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }),
               !mentions.contains(where: { $0.start > noun && $0.start < v && $0.actor >= 0 && ($0.kind == .person || $0.kind == .pronoun) }) { return true }
            let reach = (max(0, c.words.lowerBound - 18)..<c.words.lowerBound).contains { ["which", "that"].contains(s.lower($0)) } ? 18 : 9
            // "A rival text, penned by Moscow, which would have ..., was rejected": the sentence
            // may open on the draft, however long its modifiers.
            return (max(0, c.words.lowerBound - reach)..<c.words.lowerBound).contains { Lexicon.resolutionNouns.contains(s.lower($0)) }
                || (0..<min(4, c.words.lowerBound)).contains { Lexicon.resolutionNouns.contains(s.lower($0)) } && isPassive(at: c.words.lowerBound)
        default:
            return !c.agents.isEmpty
        }
    }

    // MARK: - Grammar helpers

    /// Adjectives that come before nouns, never before a verb: "earlier drafts", "rival drafts".
    static let nounOnlyModifiers: WordSet = ["earlier", "previous", "prior", "rival", "competing", "separate", "similar", "revised", "successive", "failed", "watered-down", "alternative"]

    func nounContext(_ i: Int) -> Bool {
        let p = s.lower(i - 1)
        if WordClass.determiners.contains(p) || p == "'s" || p == "council" || WordClass.ordinals.contains(p) || WordClass.countValues[p] != nil { return true }
        if EventFinder.nounOpeners.contains(p) { return true }
        // "three earlier drafts", "rival drafts", "previous vetoes": adjectives that only modify nouns.
        if EventFinder.nounOnlyModifiers.contains(p) { return true }
        // "a Chinese and Russian veto", "the U.S. veto": a country adjective before it.
        if i >= 1, s[i - 1].isCapitalized || p.containsASCII("."), countryAdjectives(before: i) != nil { return true }
        // "a draft put forward by Germany": a participle with its agent is a verb.
        if agentByFollows(i) { return false }
        // "a group defection", "a mass defection": one modifier after an article.
        // Not "a video announcing": a message noun before a gerund.
        // "a European-backed draft": a hyphenated participle is an adjective.
        if ["a", "an", "another"].contains(s.lower(i - 2)), !s[i - 1].isPunct, !WordClass.auxiliaries.contains(p), !p.hasSuffix("ed") || p.containsASCII("-"), !WordClass.modals.contains(p),
           !(s.lower(i).hasSuffix("ing") && EventFinder.messageNouns.contains(p)) { return true }
        // "had cast vetoes", "used vetoes": the object of a light verb.
        if WordClass.lightVerbs.contains(p) { return true }
        // "the official was on leave in the Soviet Union": a bare form after a preposition.
        if ["on", "without"].contains(p), !s.lower(i).hasSuffix("ing"), !s.lower(i).hasSuffix("ed") { return true }
        if s.lower(i + 1) == "of" && !["veto", "vetoes"].contains(s.lower(i)) { return true }
        return false
    }

    func tense(at i: Int) -> EventCandidate.Tense {
        let w = s.lower(i)
        var j = i - 1
        var auxes: [String] = []
        while j >= 0 {
            let p = s.lower(j)
            if reflexiveInVerbGroup(j) { j -= 1; continue }
            if WordClass.auxiliaries.contains(p) || WordClass.isAdverb(p) || EventFinder.tenseGroupAdverbs.contains(p) {
                if WordClass.auxiliaries.contains(p) { auxes.append(p) }
                j -= 1
                continue
            }
            if p == "to" { return .infinitive }
            break
        }
        if auxes.contains(where: { WordClass.modals.contains($0) }) { return auxes.contains("would") && auxes.contains("have") ? .past : .future }
        if w.hasSuffix("ing") {
            if auxes.contains(where: { ["is", "are", "'s"].contains($0) }) { return .progressive }
            if auxes.contains(where: { ["was", "were"].contains($0) }) { return .past }
            return .gerund
        }
        if auxes.contains("had") { return .pluperfect }
        if auxes.contains(where: { ["has", "have", "'ve"].contains($0) }) { return .perfect }
        if auxes.contains(where: { ["is", "are"].contains($0) }) { return .present }
        if w.hasSuffix("ed") || WordClass.irregularPast.contains(w) { return .past }
        if w.hasSuffix("s") { return .present }
        return .present
    }

    /// "vetoed by Russia", "put forward by Germany": "by" right after word `i` or after its particle.
    func agentByFollows(_ i: Int) -> Bool {
        s.lower(i + 1) == "by" || (EventFinder.byParticles.contains(s.lower(i + 1)) && s.lower(i + 2) == "by")
            // "sponsored with him by Britain, France and Turkey".
            || s.lower(i + 1) == "with" && EventFinder.objectPronouns.contains(s.lower(i + 2)) && s.lower(i + 3) == "by"
            // "and introduced at the meeting by Slovenia": a short place or time between.
            // (An agent must follow: "defected in 2017 by swimming across" is no passive.)
            || EventFinder.settingOpeners.contains(s.lower(i + 1)) && (i + 3...i + 4).contains { b in
                s.lower(b) == "by" && (i + 2..<b).allSatisfy { !s[$0].isPunct && !s.has($0, [.preposition, .auxiliary]) && (!s[$0].isCapitalized || s.has($0, .temporalWord)) }
                    && mentions.contains { $0.start == b + 1 && $0.actor >= 0 && $0.kind != .pronoun }
            }
    }

    func isPassive(at i: Int) -> Bool {
        let w = s.lower(i)
        // "co-written": the participle is the last part of a hyphenated verb.
        let last = w.containsASCII("-") ? String(w[w.index(after: w.lastIndex(of: "-")!)...]) : w
        guard w.hasSuffix("ed") || WordClass.irregularParticiples.contains(last) else { return false }
        var j = i - 1
        while j >= 0, isAdverb(j) || ["not", "also", "already", "just", "first", "being"].contains(s.lower(j)) { j -= 1 }
        if WordClass.beForms.contains(s.lower(j)) && s.lower(j) != "'s" { return true }
        // Reduced relative: "a resolution vetoed by Russia", "resolution 2042, adopted unanimously".
        let afterNamedThing = j >= 1 && s.lower(j) == "," && (Lexicon.resolutionNouns.contains(s.lower(j - 1)) || (s[j - 1].isNumber && Lexicon.resolutionNouns.contains(s.lower(j - 2))))
        // "resolution 2042 adopted": a number names the thing; "Russia on July 19 vetoed": a
        // number in a time expression does not.
        let namingNumber = j >= 0 && s[j].isNumber && !times.contains { $0.words.contains(j) }
        if agentByFollows(i) || (j >= 0 && (Lexicon.resolutionNouns.contains(s.lower(j)) || namingNumber || afterNamedThing || s.lower(j) == "newly")) { return !(WordClass.pronouns.contains(s.lower(j))) }
        return false
    }

    func verbGroupStart(_ i: Int) -> Int {
        var j = i
        while j > 0 {
            let p = s.lower(j - 1)
            if reflexiveInVerbGroup(j - 1) { j -= 1; continue }
            if WordClass.auxiliaries.contains(p) || WordClass.isAdverb(p) || EventFinder.verbGroupAdverbs.contains(p) { j -= 1; continue }
            // "he, too, had abandoned his post": a parenthetical adverb between commas.
            if p == ",", j >= 3, s.lower(j - 3) == ",", ["too", "also", "however", "though", "meanwhile", "instead"].contains(s.lower(j - 2)) { j -= 3; continue }
            // "Russia and China on Thursday vetoed": skip a time expression.
            if mayBeInTimeExpression(j - 1), let t = times.first(where: { $0.words.upperBound == j }) { j = t.words.lowerBound; if s.lower(j - 1) == "on" { j -= 1 }; continue }
            break
        }
        return j
    }

    /// False when word `k` cannot be part of a time expression, so the sentence need not be
    /// tagged to know: a lone word of plain letters (spaces or the sentence edge on both sides,
    /// so the tagger reads it as one token) that is not in the temporal scanner's vocabulary,
    /// which holds every word a grammar can read.
    func mayBeInTimeExpression(_ k: Int) -> Bool {
        guard k >= 0, k < s.count else { return true }
        let w = s[k]
        guard !w.flags.contains(.temporalWord), w.lower.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return true }
        if k > 0, s[k - 1].range.upperBound == w.range.lowerBound { return true }
        if k + 1 < s.count, s[k + 1].range.lowerBound == w.range.upperBound { return true }
        return false
    }

    /// The word that governs "to VERB": "urged ... to", "threatened to", "decisions to", "is expected to".
    func infinitiveGovernor(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, s.lower(j) != "to" { j -= 1 }
        j -= 1
        while j >= 0, isAdverb(j) || ["not", "also"].contains(s.lower(j)) { j -= 1 }
        guard j >= 0 else { return nil }
        // "urged members of Syria's military to join": the verb before the object.
        var k = j
        var steps = 0
        while k >= 0, steps < 12 {
            if EventFinder.appealGovernors.contains(s.lower(k)) || EventFinder.expectationGovernors.contains(s.lower(k)) { return k }
            if isUltimatum(at: k, before: j + 1) { return k }
            // "called on athletes, police officers and officials to break with him": a list object.
            if s[k].isPunct && s.lower(k) != "'s" && s.lower(k) != "," { break }
            k -= 1
            steps += 1
        }
        return j
    }

    /// Heads of counted descriptions that stand for states ("the three governments").
    static let stateHeads: WordSet = ["governments", "countries", "powers", "members", "states", "nations", "sponsors", "allies", "capitals", "delegations"]

    /// Mentions after "by" (a passive agent), with coordination and "including" lists.
    func byAgents(after end: Int) -> [Mention]? {
        var k = end
        while k < s.count, k < end + 4, s.lower(k) != "by" { k += 1 }
        guard k < s.count, s.lower(k) == "by" else { return nil }
        var list: [Mention] = []
        var j = k + 1
        var including = false
        var sawAnd = false
        while j < s.count {
            if let m = mentions.first(where: { $0.start == j }) {
                // "by eight members, Brazil, Canada, ...", "by eight members of the council:
                // Brazil, ...": the members named in apposition.
                if list.isEmpty, m.kind == .unnamed, m.isPlural, let named = namedInApposition(after: m) { return named }
                // "by the council's three African and Asian members, Ceylon, Liberia and the
                // United Arab Republic": so are the members a possessive body has.
                if list.isEmpty, m.kind == .known, m.end < s.count, s[m.end].isPossessive,
                   let members = mentions.first(where: { $0.start == m.end + 1 && $0.kind == .unnamed && $0.isPlural }),
                   let named = namedInApposition(after: members) { return named }
                list.append(m)
                j = m.end
                continue
            }
            let w = s.lower(j)
            // "such as" opens a list of examples; "as well" ends the agents.
            if w == "including" || w == "among" || w == "such" || w == "as" && s.lower(j - 1) == "such" {
                if !including { list.removeAll(); including = true }
                j += 1; continue
            }
            // "by A, B and C, the five countries that ...": a comma after the last conjunct opens an appositive.
            if w == "," && sawAnd { break }
            if w == "and" { sawAnd = true }
            if EventFinder.byListJoiners.contains(w) { j += 1; continue }
            // "tabled by Kenya together with Cameroon and Mauritania": partners added to the list.
            if EventFinder.companionAdverbs.contains(w), s.lower(j + 1) == "with", !list.isEmpty { j += 2; continue }
            break
        }
        return list.isEmpty ? nil : list
    }

    /// The subject of a verb group starting at `k`: the nearest mention to the left in the same
    /// clause that is not the object of a preposition, with its coordinated partners.
    func subject(before k: Int) -> [Mention] {
        // "X quit his post as an envoy and left the country", "he had abandoned the president
        // and fled": a verb group right after "and" shares the first verb's subject, not the
        // first verb's object.
        if let first = coordinatedVerb(before: k) { return subject(before: verbGroupStart(first)) }
        // "X walked into a police station, asked for asylum, and was flown ...": a verb right
        // after a comma, in a series of verb phrases, shares the subject of the one before.
        if k >= 3, s.lower(k - 1) == "," {
            let p = previousComma(before: k - 1)
            let v = p + 1
            if p >= 1, v < k - 2, EventFinder.isPastForm(s.lower(v)),
               !mentions.contains(where: { $0.span.contains(v) }), !s[v].isCapitalized,
               !(v..<(k - 1)).contains(where: { EventFinder.clauseWords.contains(s.lower($0)) || [";", ":", "\u{2014}"].contains(s.lower($0)) }),
               case let before = subject(before: v), !before.isEmpty {
                return before
            }
        }
        var j = k - 1
        while j >= 0 {
            // "the Council also, on 9 May 1988, condemned": a time set off by commas between the
            // subject and its verb; "the council, by resolution 2235, created": so is the
            // resolution it acted by.
            if s.lower(j) == ",", case let p = previousComma(before: j), p >= 1,
               timeSetOff(endingAt: j).map({ $0.words.lowerBound > p }) == true || resolutionSetOff(from: p, to: j) != nil {
                j = p - 1
                while j >= 0, WordClass.isAdverb(s.lower(j)) || ["also", "then", "later"].contains(s.lower(j)) { j -= 1 }
                continue
            }
            // "X, the commander who guarded Y's rule, declared": skip the relative clause to X.
            if s.lower(j) == ",", let rel = relativeClauseStart(endingAt: j), rel < k {
                // "X, a commander in the Guard whose father ..., fled": an appositive that holds
                // the relative clause describes X.
                let p = previousComma(before: j)
                if p >= 1, p + 1 < rel, ["a", "an", "the", "former", "then"].contains(s.lower(p + 1)) || lexicon.titlePhrases[s.lower(p + 1)] != nil,
                   let m = mentions.last(where: { $0.end == p && $0.kind != .pronoun && $0.actor >= 0 }) {
                    return coordinated(ending: m)
                }
                // "X, who holds Pailin, and Y, whose division holds the hills, had rallied": the
                // verb after the last relative clause has the whole list for its subject.
                return antecedent(of: rel, wholeList: true)
            }
            // "X, as well as Y and Z, went over": people added between commas share the verb.
            if s.lower(j) == ",", case let p = previousComma(before: j), p >= 1, s.matches(["as", "well", "as"], at: p + 1),
               let m = mentions.last(where: { $0.end == j && $0.actor >= 0 && $0.kind != .pronoun }) {
                return coordinated(ending: m)
            }
            // "X, a commander in the army, defected" and "X, named commander on March 1, swore":
            // an appositive between commas describes X.
            if s.lower(j) == ",", let m = appositiveHead(endingAt: j) {
                if let person = modifiedPerson(by: coordinated(ending: m).first ?? m) { return coordinated(ending: person) }
                return coordinated(ending: m)
            }
            // "his delegation had circulated a draft": a delegate's delegation acts for the
            // delegate's country, which the delegate stands for.
            if j >= 1, EventFinder.delegationNouns.contains(s.lower(j)),
               let m = mentions.last(where: { $0.end == j && $0.kind == .pronoun && $0.actor >= 0 && ["his", "her"].contains($0.head ?? "") }) {
                return [m]
            }
            // Possessive determiners ("his meetings") are never subjects.
            if let m = mentions.last(where: { $0.end == j + 1 && ($0.actor >= 0 || $0.kind == .pronoun) && !($0.kind == .pronoun && ["his", "her", "its", "their", "our", "my"].contains($0.head ?? "")) }) {
                let list = coordinated(ending: m)
                let first = list.first ?? m
                var before = s.lower(first.start - 1)
                // "from the North": a preposition before the determiner counts too.
                if ["the", "a", "an"].contains(before) { before = s.lower(first.start - 2) }
                // "his post as an under secretary general ... and became": after "as" a noun
                // phrase is a complement, never a subject.
                if WordClass.prepositions.contains(before) && before != "including" || before == "as" && first.start >= 2 && !s[first.start - 2].isPunct {
                    // "At the United Nations, the United States has put forward ...": the object
                    // of an opening adverbial is not the first of a list with the subject.
                    let p = ["the", "a", "an"].contains(s.lower(first.start - 1)) ? first.start - 2 : first.start - 1
                    if list.count > 1, p == 0 || s.lower(p - 1) == ",", s.lower(first.end) == "," { return Array(list.dropFirst()) }
                    j = first.start - 1
                    continue
                }
                if let person = modifiedPerson(by: first) { return coordinated(ending: person) }
                if let speaker = reportingSubject(of: m) { return speaker }
                return list
            }
            let w = s.lower(j)
            if w == ";" || w == ":" || w == "\u{2014}" { return [] }
            // "denied flatly that anyone had defected": an indefinite pronoun is the subject, and
            // it names no actor (the "that" before it is no relative pronoun).
            if EventFinder.indefiniteSubjects.contains(w) { return [] }
            // "accused officials of letting the country's talent slip away": a bare infinitive
            // after a causative verb has the causative's object as its subject.
            if EventFinder.causativeVerbs.contains(w), j < k - 1 { return [] }
            // "X, who ... V" and "X who V": X is the subject either way ("that" only right before
            // the verb, since it is also a complementizer).
            if (w == "who" || w == "which") || (w == "that" && j >= k - 3) {
                return antecedent(of: j)
            }
            if WordClass.clauseOpeners.contains(w) && !WordClass.relativePronouns.contains(w) && !isAdverbialSince(j) { return [] }
            if w == "that" { return [] }
            // "The official said the family had crossed the border": the complement's subject is
            // the words after the reporting verb, which name no actor; not the one who said it.
            if ["said", "says", "told", "reported", "added", "announced"].contains(w), j + 1 < k, s.lower(j + 1) != ",",
               !times.contains(where: { $0.words.lowerBound == j + 1 }), !(j + 1 < k && ["on", "in", "at", "last", "this", "yesterday", "today"].contains(s.lower(j + 1))) { return [] }
            j -= 1
        }
        return []
    }

    /// The person or people whose modifier holds mention `m`, when `m` is the object of a
    /// participle or of "loyal to" right after them: "a dancer with a folk ensemble touring
    /// Austria asked", "soldiers loyal to Gen. X, a former rebel commander, deserted". The
    /// subject of the next verb is they, not `m`.
    func modifiedPerson(by m: Mention) -> Mention? {
        let v = ["the", "a", "an"].contains(s.lower(m.start - 1)) ? m.start - 2 : m.start - 1
        guard v >= 1, !s[v].isCapitalized else { return nil }
        let end: Int
        if s.lower(v).hasSuffix("ing"), s.lower(v).count > 5 { end = v }
        else if s.lower(v) == "to", v >= 2, EventFinder.allegianceAdjectives.contains(s.lower(v - 1)) { end = v - 1 }
        else { return nil }
        guard let person = mentions.last(where: { $0.end == end && $0.actor >= 0 && $0.kind != .pronoun }),
              let a = actors[safe: person.actor], a.kind == .person || a.kind == .group && a.isPlural && !a.isNamed else { return nil }
        return person
    }

    /// Adjectives of allegiance before "to": "soldiers loyal to X", "officers close to Y".
    static let allegianceAdjectives: WordSet = ["loyal", "close", "allied", "faithful", "linked"]

    /// "The United States has since circulated its own draft": "since" between an auxiliary and
    /// its verb is an adverb, not a clause opener.
    func isAdverbialSince(_ k: Int) -> Bool {
        s.lower(k) == "since" && k >= 1 && WordClass.haveForms.contains(s.lower(k - 1))
    }

    /// "X, a former minister whom Y had chosen as his envoy, said he would ...": "he" right after
    /// the reporting verb is its subject, when that is one person (not the latest description).
    func reportingSubject(of m: Mention) -> [Mention]? {
        guard m.kind == .pronoun, WordClass.singularPersonPronouns.contains(m.head ?? ""), m.start >= 1 else { return nil }
        var v = m.start - 1
        if s.lower(v) == "that" { v -= 1 }
        guard v >= 1, WordClass.reportingVerbs.contains(s.lower(v)) else { return nil }
        let speaker = subject(before: verbGroupStart(v))
        guard speaker.count == 1, let a = actors[safe: speaker[0].actor], a.kind == .person, !a.isPlural else { return nil }
        return speaker
    }

    /// Whether `w` looks like a verb's past form: an irregular one ("fled", "left") or a word in
    /// "-ed" longer than "bed".
    static func isPastForm(_ w: String) -> Bool {
        WordClass.irregularPast.contains(w) || w.hasSuffix("ed") && w.count > 3
    }

    /// The finite verb of the first conjunct when the verb group starting at `k` follows "and"
    /// ("quit his post as an envoy and left", "would not take up the job and was breaking"):
    /// the nearest auxiliary, past form or -ed word before "and" in the same clause that is not
    /// inside a mention and does not follow a determiner ("the embattled regime").
    func coordinatedVerb(before k: Int) -> Int? {
        guard k >= 2, s.lower(k - 1) == "and" else { return nil }
        // "Russia and China vetoed": "and" between mentions joins nouns.
        if mentions.contains(where: { $0.end == k - 1 }) && mentions.contains(where: { $0.start == k }) { return nil }
        var j = k - 2
        while j >= 0, k - j < 16 {
            let w = s.lower(j)
            // "vanished after a match in Nairobi and later sought asylum": "after" before a noun
            // phrase is a preposition, not a clause.
            let preposition = opensPrepositionalPhrase(j)
            if [",", ";", ":", ".", "\u{2014}", "and", "\""].contains(w) || EventFinder.clauseWords.contains(w) && !preposition { return nil }
            let inMention = mentions.contains { $0.span.contains(j) }
            let afterDeterminer = WordClass.determiners.contains(s.lower(j - 1))
            if !inMention, !afterDeterminer, !s[j].isPossessive, WordClass.auxiliaries.contains(w) || EventFinder.isPastForm(w) {
                return j
            }
            // "Arroyo resigns as social welfare secretary and leaves the cabinet": two verbs of a
            // timeline's present, both forms the lexicon knows.
            if !inMention, !afterDeterminer, w.hasSuffix("s"), s.lower(k).hasSuffix("s"), !s[j].isCapitalized,
               lexicon.triggerForms[w] != nil, lexicon.triggerForms[s.lower(k)] != nil {
                return j
            }
            j -= 1
        }
        return nil
    }

    /// Where a relative clause ending at the comma `comma` starts ("..., who guarded Y's rule,"),
    /// if the stretch since the previous comma opens with who/which/whose.
    /// The comma before word `k` (-1 when there is none).
    func previousComma(before k: Int) -> Int {
        var p = k - 1
        while p >= 0, s.lower(p) != "," { p -= 1 }
        return p
    }

    func relativeClauseStart(endingAt comma: Int) -> Int? {
        let p = previousComma(before: comma)
        for q in (p + 1)..<comma where ["who", "which", "whose", "whom"].contains(s.lower(q)) {
            // The pronoun must open the clause: right after the comma or after the head noun phrase.
            if (p + 1..<q).contains(where: { WordClass.auxiliaries.contains(s.lower($0)) || lexicon.triggerForms[s.lower($0)] != nil }) { return nil }
            return q
        }
        return nil
    }

    /// The mention an appositive ending at the comma `comma` describes: the stretch since the
    /// previous comma opens like a noun phrase or a participle and has no finite verb, and a
    /// mention ends right before that previous comma.
    func appositiveHead(endingAt comma: Int) -> Mention? {
        let p = previousComma(before: comma)
        // "X, commander of the First Division, and long regarded as the second man in the
        // country, declares": a participle joined by "and" to an appositive describes X too.
        if p >= 1, s.lower(p + 1) == "and", p + 2 < comma {
            var q = p + 2
            if ["long", "once", "still", "now", "later", "widely"].contains(s.lower(q)) || s.lower(q).hasSuffix("ly") { q += 1 }
            let participle = s.lower(q)
            if q < comma, participle.hasSuffix("ed") || WordClass.irregularParticiples.contains(participle),
               !((p + 2)..<comma).contains(where: { WordClass.auxiliaries.contains(s.lower($0)) }) {
                return appositiveHead(endingAt: p)
            }
        }
        // "Otto John, the president of the Federal Office, the body charged with guarding the
        // Republic, crossed": a second appositive, about the first one's last noun, after it.
        if p >= 3, p + 1 < comma, ["the", "a", "an"].contains(s.lower(p + 1)), !mentions.contains(where: { $0.end == p && $0.actor >= 0 }),
           !((p + 1)..<comma).contains(where: { k in WordClass.auxiliaries.contains(s.lower(k)) && !s[k].isPossessive && s.lower(k) != "'s" || ["who", "which", "that"].contains(s.lower(k)) || EventFinder.segmentMarks.contains(s.lower(k)) }),
           let inner = appositiveHead(endingAt: p) {
            return inner
        }
        guard p >= 1, p + 1 < comma, let m = mentions.last(where: { $0.end == p }), m.kind != .pronoun else { return nil }
        // "CUCUTA, Colombia — Three members ... on Saturday, jumped": a dash or bracket ends a dateline, not an appositive.
        if ((p + 1)..<comma).contains(where: { EventFinder.segmentMarks.contains(s.lower($0)) }) { return nil }
        // "A senior diplomat in London, Ahmed Jibril, announced": the name between the commas is
        // the one described before it (not the place that ends the description).
        if let name = mentions.first(where: { $0.start == p + 1 && $0.end == comma && $0.kind == .person && $0.actor >= 0 }),
           m.kind == .known, mentions.contains(where: { $0.end < p && $0.kind == .unnamed && !$0.isPlural }) {
            return name
        }
        let first = s.lower(p + 1)
        let opensNP = ["the", "a", "an", "his", "her", "its", "their", "former", "then", "now", "once", "also"].contains(first)
            || lexicon.titlePhrases[first] != nil || MentionFinder.roleModifiers.contains(first)
            // "X, one of the country's two vice-presidents, left".
            || first == "one" && s.lower(p + 2) == "of"
            // "Anderton, by now deputy prime minister, leaves".
            || first == "by" && s.lower(p + 2, isEither: "now", or: "then")
            || mentions.contains { $0.start == p + 1 && $0.role != nil }
            || ((p + 1)..<comma).contains { lexicon.titlePhrases[s.lower($0)] != nil }
            // "The United States, Israel's closest ally, vetoed": a possessor opening the appositive.
            || mentions.contains { $0.start == p + 1 && $0.end + 1 < comma && (s[$0.end].isPossessive || s.lower($0.end) == "'s") }
        // A participle opens an appositive ("X, named commander on March 1, swore") only when X is
        // not itself inside a relative clause ("X, who ran ..., recognized Y, becoming ...").
        let participle = (first.hasSuffix("ed") || WordClass.irregularParticiples.contains(first))
            && !(0..<p).contains { ["who", "which"].contains(s.lower($0)) }
        guard opensNP || participle else { return nil }
        let finite = ((p + 1)..<comma).contains { k in
            let w = s.lower(k)
            return (WordClass.auxiliaries.contains(w) && !s[k].isPossessive) || WordClass.reportingVerbs.contains(w)
                || ["who", "which", "that"].contains(w)
        }
        return finite ? nil : m
    }

    /// The noun phrase a relative pronoun at `rel` refers to: "a diplomat in London who" → the
    /// diplomat (not London); "Kyaw Moe Tun, who" → Kyaw Moe Tun; "X, the army commander who" → X.
    func antecedent(of rel: Int, wholeList: Bool = false) -> [Mention] {
        // "X was among those who crossed over", "Among those who left the party that year was
        // X": "those" stands for people the sentence names around it.
        if rel >= 2, s.lower(rel) == "who", s.lower(rel - 1) == "those", s.lower(rel - 2) == "among" {
            return amongThose(rel)
        }
        // "an amnesty for officers who break with him": a bare noun that is no actor is the
        // antecedent, and a generic one acts for nobody.
        if rel >= 2, s.has(rel - 1, .collectiveNoun), !mentions.contains(where: { $0.end == rel && $0.actor >= 0 }),
           !WordClass.determiners.contains(s.lower(rel - 2)), !s[rel - 2].isNumber, !s[rel - 2].isPossessive, s.lower(rel - 2) != "'s" { return [] }
        // "Uribe said that the guerrilla who deserted the FARC ...": a noun phrase right before
        // "who" that names no actor is still the antecedent; the subject is not found further back.
        // "a veto that leaves Beirut to its fate": so is a thing before "that" or "which".
        if rel >= 2, ["who", "that", "which"].contains(s.lower(rel)), !s[rel - 1].isPunct, !s[rel - 1].isCapitalized, !s[rel - 1].isNumber,
           !mentions.contains(where: { $0.span.contains(rel - 1) }), ["the", "a", "an", "this", "that"].contains(s.lower(rel - 2)),
           // (Not a description in apposition: "Kyaw Moe Tun, the ambassador who broke with ...".)
           s.lower(rel - 3) != "," { return [] }
        // "spoke often of his wife and daughter, who had stayed behind in Moscow": kin named by a
        // possessive right before ", who" are no actor either.
        // (Not "Hussein Kamel, Saddam's son-in-law, who fled": kin of a named person, in apposition.)
        if rel >= 4, s.lower(rel) == "who", s.lower(rel - 1) == ",", MentionFinder.kinshipNouns.contains(s.lower(rel - 2)),
           (max(0, rel - 6)..<(rel - 2)).contains(where: { ["his", "her", "their"].contains(s.lower($0)) }),
           !mentions.contains(where: { $0.span.contains(rel - 2) && $0.actor >= 0 && $0.kind != .pronoun }) { return [] }
        var r = rel - 1
        var commas = 0
        while r >= 0, rel - r < 24 {
            // An unresolved capitalised word ("English-speaking") is not the antecedent.
            if let m = mentions.last(where: { $0.end == r + 1 }), m.actor >= 0 || m.kind != .person {
                let list = coordinated(ending: m)
                let first = list.first ?? m
                // "the case of X, who landed ...": "who" takes a person even after a preposition.
                if WordClass.prepositions.contains(s.lower(first.start - 1)) && s.lower(first.start - 1) != "including"
                    && !(["who", "whom", "whose"].contains(s.lower(rel)) && m.kind == .person && s.lower(m.end) == ",")
                    // "the cases of dozens of police officers who refused", "images taken by a
                    // military police photographer who fled": counted people or one person right
                    // before "who" (not a generic plural: "an amnesty to members of the armed
                    // forces who abandon him").
                    && !(["who", "whom", "whose"].contains(s.lower(rel)) && m.kind == .unnamed && m.end == rel
                         && (m.count != nil || ["a", "an"].contains(s.lower(m.start)) || !m.isPlural && !WordClass.bodyPersonNouns.contains(m.head ?? "")
                             || MentionFinder.unnamedMultiples.contains(s.lower(m.start))))
                    // "a session of the General Assembly, which adopted": "which" takes the thing
                    // named right before it after "of".
                    && !(s.lower(rel) == "which" && m.kind != .person && m.kind != .pronoun && m.end == rel - 1 && s.lower(m.end) == "," && s.lower(first.start - 1) == "of") {
                    r = first.start - 2
                    continue
                }
                // "Gen. X, a member of the air force high command, who ... became": the
                // description in apposition is X's.
                // "Scott Brison, the Nova Scotia Progressive Conservative who joined": so is a
                // capitalised description after "the" that reads like a name.
                let describedName = m.kind == .person && first.start >= 3 && s.lower(first.start - 1) == "the" && s.lower(first.start - 2) == ","
                let comma = describedName ? first.start - 2 : first.start - 1
                if m.kind == .unnamed || describedName, comma >= 1, s.lower(comma) == ",",
                   let named = mentions.last(where: { $0.end == comma && $0.kind == .person && $0.actor >= 0 }) {
                    // "Guy Burgess and Donald Maclean, the British diplomats who had disappeared":
                    // a plural description is the list of names before it.
                    if m.isPlural {
                        let list = coordinated(ending: named)
                        if list.count >= 2, list.allSatisfy({ $0.kind == .person }) { return list }
                    } else {
                        return [named]
                    }
                }
                // "X, who left in 2016, and Y, who fled in 2019": when the one before has a
                // relative clause of its own, this one is the last person's alone.
                if !wholeList, list.count >= 2, m.start >= 3, s.lower(m.start - 1) == "and", s.lower(m.start - 2) == ",",
                   relativeClauseStart(endingAt: m.start - 2) != nil { return [m] }
                return list
            }
            if s.lower(r) == "," { commas += 1; if commas > 2 { break } }
            if [";", ":", "."].contains(s.lower(r)) || (WordClass.clauseOpeners.contains(s.lower(r)) && s.lower(r) != "that") { break }
            r -= 1
        }
        return []
    }

    /// The people "among those who" (at `rel`, "who") stands for: the subject of "was among"
    /// before it ("X and Y were among those who"), or, when the sentence opens with "Among
    /// those who", the names after the "was" or "were" that follows ("Among those who left
    /// that year was X").
    func amongThose(_ rel: Int) -> [Mention] {
        let among = rel - 2
        let isPerson = { (m: Mention) in m.actor >= 0 && (m.kind == .person || m.kind == .unnamed) }
        if among >= 2, WordClass.beForms.contains(s.lower(among - 1)),
           let m = mentions.last(where: { $0.end == among - 1 && isPerson($0) }) {
            return coordinated(ending: m)
        }
        guard among == 0 || s[among - 1].isPunct,
              let be = ((rel + 2)..<min(s.count, rel + 25)).first(where: { s.lower($0, isEither: "was", or: "were") }),
              !((rel + 1)..<be).contains(where: { [";", ":", "."].contains(s.lower($0)) }),
              var last = mentions.first(where: { $0.start == be + 1 && isPerson($0) }) else { return [] }
        var list = [last]
        while let next = mentions.first(where: { m in isPerson(m) && m.start > last.end && m.start <= last.end + 2
                  && (last.end..<m.start).allSatisfy { s.lower($0) == "," || s.lower($0) == "and" } }) {
            list.append(next)
            last = next
        }
        return list
    }

    /// "Russia and China", "Morocco, China, France and Germany".
    func coordinated(ending m: Mention) -> [Mention] {
        var list = [m]
        var cur = m
        while cur.start >= 2 {
            let joint = s.lower(cur.start - 1)
            // "General A, as well as General B and General C,": "as well as" joins like "and".
            let asWellAs = cur.start >= 4 && joint == "as" && s.lower(cur.start - 2) == "well" && s.lower(cur.start - 3) == "as"
            // "X, the best player left in Cuba, and his younger brother, Y, slipped away": a
            // kinsman's description in apposition to the name joins it to the one before.
            // ("his father, Rustam" may be read as one mention that starts at "father".)
            if cur.kind == .person, list.count == 1,
               let p = joint == "," ? kinPhraseStart(endingAt: cur.start - 2) : kinPhraseStart(endingAt: cur.start), p >= 2, s.lower(p - 1) == "and" {
                let and = p - 1
                let isPerson = { (x: Mention) in x.actor >= 0 && x.kind == .person }
                let prev = s.lower(and - 1) == "," ? mentions.last(where: { $0.end == and - 1 && isPerson($0) }) ?? describedPerson(before: and - 1)
                    : mentions.last(where: { $0.end == and && isPerson($0) })
                guard let prev else { break }
                list.insert(prev, at: 0)
                cur = prev
                continue
            }
            guard joint == "and" || joint == "," || asWellAs else { break }
            // "Damascus, Tehran, and Baghdad": the serial comma before "and".
            let gap = asWellAs ? (s.lower(cur.start - 4) == "," ? 4 : 3) : joint == "and" && s.lower(cur.start - 2) == "," ? 2 : 1
            // "Col. X, who commands the 5th Brigade, and the commander of the eastern region": two
            // people, the first with a relative clause or an appositive set off by commas.
            if gap == 2, list.count == 1, let first = describedPerson(before: cur.start - 2), m.kind == .person || m.kind == .unnamed && !m.isPlural {
                list.insert(first, at: 0)
                cur = first
                continue
            }
            // An unconfirmed capitalised word ("The MP for Ashworth, Tom Hollis,") lists nothing.
            // A named person and an unnamed one join with "and" ("X and the commander of Y").
            guard let prev = mentions.last(where: { $0.end == cur.start - gap }), prev.actor >= 0 || m.actor < 0,
                  prev.kind == m.kind || (prev.kind == .known && m.kind == .known)
                    || joint == "and" && Set([prev.kind, m.kind]) == [.person, .unnamed] && !prev.isPlural && !m.isPlural
                    // "Colonel X and a group of army officers joined": a named person and an
                    // indefinite or counted group after him.
                    || joint == "and" && prev.kind == .person && m.kind == .unnamed && m.isPlural && !prev.isPlural
                        && (m.count != nil || ["a", "an", "several", "some", "dozens", "hundreds"].contains(s.lower(m.start))) else { break }
            // "France, Britain and Lebanon, and the United States joined": ", and" after a list
            // that already had its "and" joins clauses, not list items.
            if gap == 2, s.lower(prev.start - 1) != "," { break }
            // "after Iraq invaded Kuwait, the council authorized": a comma before the last item
            // lists nothing when the one before it is a verb's object.
            if joint == ",", list.count == 1, prev.start >= 1, !s[prev.start - 1].isPunct, !s[prev.start - 1].isCapitalized,
               // "the day after Russian troops crossed into Ukraine, Moscow vetoed": nor when it is
               // a preposition's object after a verb.
               // ("As troops prepared to cross into Iraq, the Council adopted": nor after a verb's
               // infinitive.)
               !WordClass.prepositions.contains(s.lower(prev.start - 1)) || prev.start >= 2 && s.lower(prev.start - 2).hasSuffix("ed")
                   || prev.start >= 3 && s.lower(prev.start - 3) == "to" && !s[prev.start - 2].isCapitalized,
               !WordClass.determiners.contains(s.lower(prev.start - 1)),
               !["and", "or", "both", "including"].contains(s.lower(prev.start - 1)) { break }
            list.insert(prev, at: 0)
            cur = prev
        }
        return list
    }

    /// Where a kinsman's description ending at word `e` starts: "his younger brother", "her
    /// husband", "their son" (a possessive, up to two lower-case words, a kinship noun).
    func kinPhraseStart(endingAt e: Int) -> Int? {
        guard e >= 1, MentionFinder.kinshipNouns.contains(s.lower(e)) else { return nil }
        var p = e - 1
        while p >= 0, e - p <= 3 {
            if s.lower(p, isEither: "his", or: "her") || s.lower(p) == "their" { return p }
            guard !s[p].isPunct, !s[p].isCapitalized else { return nil }
            p -= 1
        }
        return nil
    }

    /// The person a relative clause or an appositive ending at `comma` describes: "Brig. Gen. X,
    /// who commands the 310th Brigade," and "X, the army's chief of staff,".
    func describedPerson(before comma: Int) -> Mention? {
        if let rel = relativeClauseStart(endingAt: comma), rel >= 2, s.lower(rel - 1) == ",",
           let h = mentions.last(where: { $0.end == rel - 1 && $0.actor >= 0 && $0.kind == .person }) {
            return h
        }
        if let h = appositiveHead(endingAt: comma), h.actor >= 0, h.kind == .person { return h }
        return nil
    }

    /// "his defection", "the general's defection", "Russia and China's decisions".
    func possessor(before i: Int) -> [Mention]? {
        var j = i - 1
        while j >= 0, ["council", "first", "second", "third", "fourth", "fifth", "formal", "reported", "apparent", "alleged", "double", "triple", "joint", "latest", "own", "very"].contains(s.lower(j)) || s[j].isNumber || WordClass.countValues[s.lower(j)] != nil { j -= 1 }
        guard j >= 0 else { return nil }
        if s[j].isPossessive, let m = mentions.last(where: { $0.end == j }) { return coordinated(ending: m) }
        if let m = mentions.last(where: { $0.end == j + 1 && $0.kind == .pronoun }), ["his", "her", "its", "their"].contains(m.head ?? "") { return [m] }
        return nil
    }

    /// The named person who led the group `id` in this sentence ("a group of senior officers led
    /// by Deputy Director General Leandro Mendoza"): the person right after "led by" or
    /// "headed by" following the group's mention.
    func namedLeader(of id: Int) -> Int? {
        guard let g = mentions.first(where: { $0.actor == id && $0.kind == .unnamed }), g.end + 2 < s.count,
              ["led", "headed"].contains(s.lower(g.end)), s.lower(g.end + 1) == "by",
              let p = mentions.first(where: { $0.start == g.end + 2 && $0.kind == .person && $0.actor >= 0 }),
              actors[p.actor].isNamed, !actors[p.actor].isPlural else { return nil }
        return p.actor
    }

    /// The country whose vote the person described at `m` (actor `id`) casts: a delegate,
    /// representative or ambassador of a country ("the Soviet delegate"), when that country is
    /// an actor. Only the description itself: a pronoun or name for the person ("he said the
    /// blocked text") is not read as the state's act.
    func stateVoiced(by m: Mention, actor id: Int) -> Int? {
        guard m.kind == .unnamed, actors[id].kind == .person, !actors[id].isPlural,
              let role = m.role, Coreference.representsState(role), let key = role.of?.key else { return nil }
        return actorIndex(ofEntry: key)
    }

    /// The country a named person (actor `id`) is told to represent ("Jacob A. Malik, the Soviet
    /// representative"), when that country is an actor and the person holds no other post of a
    /// state.
    func stateVoiced(byNamed id: Int) -> Int? {
        guard actors[id].kind == .person, actors[id].isNamed, !actors[id].isPlural,
              case let keys = Set(actors[id].roles.filter(Coreference.representsState).compactMap { $0.of?.key }),
              keys.count == 1, let key = keys.first else { return nil }
        return actorIndex(ofEntry: key)
    }

    /// The article's actor for the gazetteer entry `key` (not one merged into another), if any.
    func actorIndex(ofEntry key: String) -> Int? {
        actors.indices.first { actors[$0].mergedInto == nil && actors[$0].entry?.key == key }
    }

    func lightVerb(before i: Int) -> Int? {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 4 {
            if WordClass.lightVerbs.contains(s.lower(j)) { return verbGroupStart(j) }
            // "the United States, Britain and France joined in a triple veto": a share in the act.
            if s.lower(j) == "in", ["join", "joins", "joined", "joining"].contains(s.lower(j - 1)) { return verbGroupStart(j - 1) }
            if s[j].isPunct { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// Words that open a clause of their own after the trigger's object is looked for (`objectWord`).
    static let objectClauseWords: WordSet = ["that", "which", "who", "because", "while", "when", "after", "before", "although", "until"]
    /// Determiners after a verb that open its own object (`objectWord`: "the three countries that proposed the inquiry").
    static let objectDeterminers: WordSet = ["the", "a", "an", "its", "their", "his", "her"]

    func objectWord(after end: Int, before start: Int, in set: WordSet) -> Int? {
        // A city of the gazetteer stands for its country here ("fled to Los Angeles").
        // (Not after an object of its own: "left office after differences with the White House".)
        if set.contains("@country"), !EventFinder.officeObjects.contains(s.lower(end)),
           let m = mentions.first(where: { $0.start >= end && $0.start < end + 10 && ($0.entry?.kind == .country || $0.entry?.kind == .location) }) {
            return m.start
        }
        // "joined the Free Syrian Army": an armed or political opposition group.
        if set.contains("@opposition"), let m = mentions.first(where: { $0.start >= end && $0.start < end + 4 && $0.kind == .known && EventFinder.isOpposition($0.entry) }) {
            return m.start
        }
        // "went over to the LURD", "joined the MNLA": a movement known only by an acronym the
        // gazetteer lacks (not a UN body's: "UNDP").
        if set.contains("@opposition"), s.lower(end) == "the", end + 1 < s.count, EventFinder.isUnknownMovementAcronym(s[end + 1].text),
           !mentions.contains(where: { $0.span.contains(end + 1) && $0.entry != nil }) {
            return end + 1
        }
        // "left the Republicans", "quit the Labour Party": a party the gazetteer knows.
        // ("joining them" for the Republicans told before.)
        if set.contains("@party"), let m = mentions.first(where: { $0.start >= end && $0.start < end + 3
            && ($0.kind == .known && EventFinder.isParty($0.entry) || $0.kind == .pronoun && $0.head == "them" && EventFinder.isParty(actors[safe: $0.actor]?.entry)) }) {
            return m.start
        }
        // "quit the Likud, the party he helped found": a name the sentence calls a party.
        if set.contains("@party"), let k = partyNamedInApposition(at: s.lower(end) == "the" ? end + 1 : end) { return k }
        // "Corporal X went over in December 1963": in a story of defections, a time right after
        // the verb stands for the crossing's object.
        if set.contains("@time"), defectionStory,
           let t = times.first(where: { $0.words.lowerBound == end || $0.words.lowerBound == end + 1 && ["in", "on"].contains(s.lower(end)) }) {
            return t.words.lowerBound
        }
        // "took off at the controls of a MiG-23 and landed it at Key West": "it" for the
        // aircraft named before it in the sentence.
        if set.contains("@aircraft"), s.lower(end) == "it", (0..<start).contains(where: { set.contains(s.lower($0)) }) { return end }
        // "broke with him on Friday": a pronoun that stands for a person counts too.
        if set.contains("@person"), let m = mentions.first(where: { $0.start >= end && $0.start < end + 3 && ($0.kind == .person || $0.count == -1
                || $0.kind == .pronoun && ["him", "her"].contains($0.head ?? "") && $0.actor >= 0 && actors[$0.actor].kind == .person) }) {
            return m.start
        }
        // "allowing the council to adopt it": a pronoun for a resolution named earlier in the sentence.
        if set.contains("resolution"), s.lower(end) == "it" || s.lower(end + 1) == "it",
           (0..<start).contains(where: { Lexicon.resolutionNouns.contains(s.lower($0)) }) {
            return s.lower(end) == "it" ? end : end + 1
        }
        var k = end
        // (Each set membership is hashed once: the loop below reads it for every word.)
        let resolutions = set.contains("resolution")
        let window = resolutions || set.contains("authorize") ? 22 : 10
        let missions = set.contains("@mission")
        while k < s.count, k < end + window {
            let w = s.lower(k)
            // (A mission's acronym the gazetteer does not know: "UNITA" is a movement.)
            let isObject = set.contains(w) || missions && EventFinder.isMissionAcronym(s[k].text) && !mentions.contains { $0.span.contains(k) && $0.entry != nil }
            // "left the cabinet meeting": a noun before another noun only modifies it.
            if isObject, !resolutions, isCompoundModifier(k) { k += 1; continue }
            // "joined opposition leaders for talks": a noun before a person noun only modifies it.
            if isObject, !resolutions, s.has(k + 1, .personNoun) || ["figures", "groups", "parties"].contains(s.lower(k + 1)) { k += 1; continue }
            if isObject { return k }
            // "quits the ruling General People's Congress": a ruling body named is a party.
            if w == "ruling", k + 1 < s.count, s[k + 1].isCapitalized, set.contains("party") { return k }
            // (", but the proposal did not appear": a clause of its own.)
            if w == "." || w == ";" || (k > end && ((WordClass.beForms.contains(w) && !s[k].isPossessive) || EventFinder.objectClauseWords.contains(w)
                || w == "but" && s.lower(k - 1) == ",")) { break }
            k += 1
        }
        // Passive or object relative: "the resolution ... was vetoed", "a draft that Russia vetoed".
        // Not a subject relative: in "resolution 2042, which approved a contingent" the
        // resolution does the approving.
        let passive = isPassive(at: start)
        // "the three countries that proposed the inquiry": a verb with its own object after it.
        if !passive, EventFinder.objectDeterminers.contains(s.lower(end)) { return nil }
        k = start - 1
        // A passive's subject may carry long modifiers ("A rival text, penned by Moscow, which
        // would have ..., was rejected").
        while k >= 0, k >= start - (passive ? 40 : 18) {
            if set.contains(s.lower(k)) {
                let subjectBetween = mentions.contains { $0.start > k && $0.end <= start }
                // "a text deploring the destruction of flight 007, which a fighter had shot down":
                // after a participle or an "of" phrase, the relative clause tells of the last noun.
                if !passive, let r = (k + 1..<start).last(where: { ["that", "which"].contains(s.lower($0)) }),
                   (k + 1..<r).contains(where: { s.lower($0) == "of" || s.lower($0).hasSuffix("ing") && s.lower($0).count > 5 }) { return nil }
                return passive || subjectBetween ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// Nouns for a party or its group in a parliament, as objects of leaving.
    static let partyNouns: WordSet = ["party", "caucus"]
    /// Words inside a list of agents after "by" ("by Britain, France and the other members").
    static let byListJoiners: WordSet = [",", "and", "other", "several", "the"]
    /// "together with", "along with": partners joined to a list of agents.
    static let companionAdverbs: WordSet = ["together", "along"]
    /// Subjects that name nobody in particular ("that anyone had defected").
    static let indefiniteSubjects: WordSet = ["anyone", "anybody", "someone", "somebody", "nobody", "everyone", "everybody", "whoever"]
    /// A governing coalition, a parties' alliance, a cabinet or government: whoever leaves one
    /// was in it, so needs no title to have left a side ("announced that he was leaving the
    /// coalition", "Marek Voss, the health secretary, resigned from the cabinet"). (A state
    /// leaving an alliance is no person and withdraws.)
    static let sideBodyNouns: WordSet = ["coalition", "alliance", "cabinet", "government"]

    /// "the Janata Party", "the Lesotho Congress Party": a capitalised "Party" after a capitalised
    /// word names a political party the gazetteer may not know (a party left is no gathering).
    func isNamedParty(at o: Int) -> Bool {
        o >= 1 && s.lower(o) == "party" && s[o].isCapitalized && s[o - 1].isCapitalized && !MentionFinder.isHeadline(s)
    }

    /// "the Likud, the party he helped found", "Umno, the party he led for 22 years": the
    /// capitalised name at `k` that an apposition right after it calls a party (`k` itself,
    /// or nil). Not a name the gazetteer knows as something else.
    func partyNamedInApposition(at k: Int) -> Int? {
        guard k < s.count, s[k].isCapitalized, !mentions.contains(where: { $0.span.contains(k) && ($0.entry != nil || $0.kind == .person) }) else { return nil }
        var e = k
        while e < s.count, e < k + 4, s[e].isCapitalized { e += 1 }
        guard s.lower(e) == ",", ["the", "a"].contains(s.lower(e + 1)),
              (e + 2..<min(s.count, e + 5)).contains(where: { s.lower($0) == "party" }) else { return nil }
        return k
    }

    /// A noun followed by a lower-case noun it modifies ("cabinet meeting", "army base"), not by
    /// a preposition, conjunction, verb, adverb, time or punctuation ("the army in protest").
    func isCompoundModifier(_ k: Int) -> Bool {
        guard k + 1 < s.count, k >= 1, WordClass.determiners.contains(s.lower(k - 1)) else { return false }
        let n = s[k + 1]
        let w = n.lower
        if n.isPunct || n.isNumber || n.isCapitalized || n.isPossessive { return false }
        // "the leader he had served": a pronoun opens a relative clause.
        if s.has(k + 1, .pronoun) { return false }
        if WordClass.prepositions.contains(w) || WordClass.auxiliaries.contains(w) || WordClass.clauseOpeners.contains(w)
            || WordClass.isAdverb(w) || ["and", "or", "but", "nor", "to", "last", "this", "next", "earlier", "later", "altogether", "together", "entirely", "behind",
                "north", "south", "east", "west", "home", "abroad", "across",
                // "renewed the arrangement once more", "left the team again": adverbs, not nouns.
                "again", "once", "twice", "also", "too", "instead", "then", "now", "there", "itself", "themselves",
                // "switched to the opposition ahead of the vote", "joined the rebels overnight".
                "ahead", "overnight", "outright", "early", "late", "soon", "shortly"].contains(w)
            || w.hasSuffix("ed") || (w.hasSuffix("ing") && !["meeting", "building", "briefing", "hearing", "gathering", "offering"].contains(w))
            || times.contains(where: { $0.words.lowerBound == k + 1 }) { return false }
        return true
    }

    /// The noun phrase headed by the object word at `o`, with its determiner and modifiers and
    /// what follows it up to the end of the clause.
    func objectPhrase(around o: Int) -> String? {
        guard s.lower(o) != "it" else { return nil }
        var start = o
        while start > 0, o - start < 6 {
            let w = s.lower(start - 1)
            if s[start - 1].isPunct && w != "-" { break }
            if WordClass.auxiliaries.contains(w) || WordClass.prepositions.contains(w) && w != "of" || lexicon.triggerForms[w] != nil && !w.hasSuffix("-drafted") { break }
            if WordClass.clauseOpeners.contains(w) || w == "and" { break }
            start -= 1
            if WordClass.determiners.contains(w) { break }
        }
        var k = o + 1
        while k < s.count, k < o + 20, ![".", ";", ","].contains(s.lower(k)) { k += 1 }
        let text = s.text(start..<k)
        return text.isEmpty ? nil : text
    }

    func objectPhrase(from end: Int) -> String? {
        var k = end
        while k < s.count, k < end + 20, !(s.lower(k) == "." || s.lower(k) == ";" || (s.lower(k) == "," && k > end + 2)) { k += 1 }
        let text = s.text(end..<k)
        return text.isEmpty ? nil : text
    }

    /// "Russia voted against, and a single negative vote from a permanent member is all it
    /// takes: the draft was not adopted", "The Soviet delegate voted against, and the measure
    /// died": a vote against with no object, in a sentence that tells the draft fell, is a veto
    /// (the trigger's agent must still be a permanent member). Returns the particle's index.
    func voteAgainstThatKilled(at i: Int, end: Int, trigger t: Lexicon.Trigger) -> Int? {
        guard t.type == "veto", t.phrase.spells("vote", "against"), end < s.count, [",", ".", ";", "and"].contains(s.lower(end)) else { return nil }
        let fell = (0..<s.count).contains { k in
            EventFinder.fallWords.contains(s.lower(k)) || s.lower(k) == "adopted" && ["not", "n't"].contains(s.lower(k - 1))
        }
        // ("That draft failed to win the nine votes needed: ... the United States, Britain and
        // France voted against": a draft short of votes falls without a veto.)
        let shortOfVotes = (0..<s.count).contains { ["needed", "required", "short", "nine"].contains(s.lower($0)) }
        return fell && !shortOfVotes ? end - 1 : nil
    }
    /// Words that tell a draft fell ("the measure died", "its negative vote killed it").
    static let fallWords: WordSet = ["died", "killed", "failed", "fell", "defeated", "blocked", "veto", "vetoed", "negative", "sank"]

    /// "the peacekeeping operation set up under Security Council resolution 745": the noun right
    /// before a council act's participle is its object when a numbered resolution did the act.
    func objectOfCouncilParticiple(at i: Int, end: Int, trigger t: Lexicon.Trigger) -> Int? {
        guard t.agent == "council", i >= 1, t.objects.contains(s.lower(i - 1)), numberedResolution(after: end) != nil else { return nil }
        return i - 1
    }

    /// The number of the resolution that ends right before word `k` ("Resolution 1199",
    /// "resolution 918 (1994)").
    func numberedSubject(before k: Int) -> String? {
        var j = k - 1
        if j >= 3, s.lower(j) == ")", s[j - 1].isNumber, s.lower(j - 2) == "(" { j -= 3 }
        guard j >= 1, s[j].isNumber, (3...4).contains(s[j].text.count), s.lower(j - 1) == "resolution" else { return nil }
        return s[j].text
    }

    /// The words before a resolution a council act was done by ("by resolution 2165", "under
    /// resolution 745", "in resolution 612").
    static let resolutionPrepositions: WordSet = ["by", "under", "with", "through", "in"]

    /// The number of the resolution set off by the commas at `p` and `comma` (", by resolution
    /// 2235,"): a short aside that opens with one of `resolutionPrepositions`.
    func resolutionSetOff(from p: Int, to comma: Int) -> String? {
        guard comma - p <= 6, EventFinder.resolutionPrepositions.contains(s.lower(p + 1)) else { return nil }
        return numberedResolution(after: p + 1)
    }

    /// The time set off by commas that ends at the comma `comma` (", on 9 May 1988,"), opening
    /// right after the comma before it or after "on" or "in" there.
    func timeSetOff(endingAt comma: Int) -> (words: Range<Int>, date: EventDate)? {
        times.first { t in
            t.words.upperBound == comma
                && (s.lower(t.words.lowerBound - 1) == "," || ["on", "in"].contains(s.lower(t.words.lowerBound - 1)) && s.lower(t.words.lowerBound - 2) == ",")
        }
    }

    /// The number of a resolution a council act was done by, under, with, through or in, within
    /// twelve words after `end`: "by resolution 2165", "under Security Council resolution 745",
    /// "condemned the use of chemical weapons in resolution 612".
    func numberedResolution(after end: Int) -> String? {
        for k in end..<min(s.count, end + 12) where EventFinder.resolutionPrepositions.contains(s.lower(k)) {
            var r = k + 1
            if s.lower(r) == "security", s.lower(r + 1) == "council" { r += 2 }
            if s.lower(r) == "council" { r += 1 }
            guard s.lower(r) == "resolution", r + 1 < s.count, s[r + 1].isNumber, (3...4).contains(s[r + 1].text.count) else { continue }
            return s[r + 1].text
        }
        return nil
    }

    func resolutionNumber(near o: Int) -> String? {
        for k in [o + 1, o - 1] where k >= 0 && k < s.count && s[k].isNumber {
            if s[k].text.count >= 3 { return s[k].text }
        }
        return nil
    }

    /// "block two earlier attempts", "the first two vetoes they cast": more than one event.
    func count(near i: Int, end: Int, type: String) -> Int {
        for k in max(0, i - 3)..<min(s.count, end + 5) {
            guard let n = WordClass.countValues[s.lower(k)] ?? (s[k].isNumber ? Int(s[k].text) : nil), n > 1, n <= 10 else { continue }
            let window = (k + 1)..<min(s.count, k + 4)
            let plural = window.contains { w in
                let lw = s.lower(w)
                return ["attempts", "resolutions", "drafts", "texts", "vetoes", "measures", "times", "defections"].contains(lw)
            }
            let earlier = (max(0, k - 2)..<min(s.count, k + 3)).contains { WordClass.earlierWords.contains(s.lower($0)) || WordClass.ordinals.contains(s.lower($0)) }
            // "vetoed two successive drafts": the count of the verb's own object.
            let ownObject = type != "defection" && (k == end || (k == end + 1 && s.lower(end) == "the"))
            // "had wielded its veto three times": a count of times right after the act counts
            // acts; "for the third time" (an ordinal) does not.
            let countsTimes = ownObject && type != "defection" && s.lower(k + 1) == "times"
            // "Russia and China have twice used their vetoes", "has twice vetoed": "twice" in the
            // verb group counts acts.
            let twiceBefore = s.lower(k) == "twice" && k < i && i - k <= 3 && type != "defection"
            if twiceBefore || plural && (earlier || ownObject || s.lower(k + 1) == "vetoes") && (countsTimes || !s.text(i..<min(s.count, k + 3)).contains("time")) {
                // ("blocked three earlier drafts ..., most recently on Feb. 20, when it vetoed a
                // text": the merger takes the one told with its date out of the count.)
                return n
            }
        }
        // ("Two rival drafts failed ..., as Britain and France vetoed a text": a veto of one text
        // of its own is one.)
        func oneText() -> Bool {
            (end..<min(s.count, end + 3)).contains { k in
                s.lower(k) == "it" || ["a", "an", "one", "the"].contains(s.lower(k)) && Lexicon.resolutionNouns.contains(s.lower(k + 1))
            }
        }
        if type == "resolution_failed" || type == "veto" && !oneText(), let n = countedFailedTexts(upTo: i) { return n }
        return 1
    }

    /// "three draft resolutions submitted by A, B and C ... were not adopted because of the
    /// negative votes of three permanent members": a counted subject of texts (two to five) that
    /// a failure verb at or before `i` tells failed; the failure and the vetoes that sank them
    /// count one per text.
    func countedFailedTexts(upTo i: Int) -> Int? {
        guard i < s.count, let v = (0...i).first(where: { k in
            s.lower(k - 1) == "were" && ["vetoed", "defeated", "rejected", "blocked"].contains(s.lower(k))
                || s.lower(k - 1) == "were" && s.lower(k) == "not" && ["adopted", "approved", "passed"].contains(s.lower(k + 1))
                || ["failed", "fell"].contains(s.lower(k))
        }) else { return nil }
        for k in 0..<min(v, 12) {
            guard let n = WordClass.countValues[s.lower(k)] ?? (s[k].isNumber ? Int(s[k].text) : nil), (2...5).contains(n),
                  ((k + 1)..<min(v, k + 4)).contains(where: { ["resolutions", "drafts", "texts"].contains(s.lower($0)) }),
                  !(k..<v).contains(where: { [";", ":"].contains(s.lower($0)) }) else { continue }
            return n
        }
        return nil
    }

    /// Verbs of leaving a place: "slipped out of the team hotel in Panama City" was in Panama
    /// already, so "in" after them names where the place is, not where the defector went.
    static let leavingVerbs: WordSet = ["leave", "slip", "sneak", "disappear", "walk", "quit", "abandon", "desert", "resign"]

    func fillFromTo(_ c: inout EventCandidate, end: Int, inIsDestination: Bool = true) {
        var k = end
        while k < s.count, k < end + 8 {
            let w = s.lower(k)
            if w == "from" || w == "to" || (w == "in" && inIsDestination) {
                if let m = mentions.first(where: { $0.start == k + 1 || ($0.start == k + 2 && s.lower(k + 1) == "the") }), m.actor >= 0,
                   m.kind == .known || m.groupKind != nil {
                    if w == "from" { c.from.append(m.actor) } else { c.to.append(m.actor) }
                }
            }
            if w == "." || w == ";" { break }
            k += 1
        }
    }

    // MARK: - Status and dates

    func status(for i: Int, agents: [Mention]) -> EventStatus {
        let clauseStart = clauseBoundary(before: i)
        var best: EventStatus?
        func consider(_ st: String) {
            let status: EventStatus
            switch st {
            case "rumored": status = .rumored
            case "claimed": status = .claimed
            case "denied": status = .denied
            case "negated": status = .negated
            case "hypothetical": status = .hypothetical
            case "called_for": status = .calledFor
            default: return
            }
            // Denial and negation outrank hedges; hedges outrank the rest.
            if best == nil || EventFinder.statusRank(status) < EventFinder.statusRank(best!) { best = status }
        }
        // Every cue match in its scope counts, in any order (the strongest status wins), so the
        // sentence is read once and only cues whose first word is there are tried.
        func scope(_ cue: Lexicon.Cue) -> Range<Int> {
            cue.sentenceScope ? 0..<s.count : (cue.earlierScope ? 0..<i : clauseStart..<i)
        }
        for n in lexicon.emptyCues {
            let cue = lexicon.cues[n]
            for k in scope(cue) where s.matches(cue.phrase, at: k) {
                if !cue.sentenceScope && k + cue.phrase.count > i { continue }
                consider(cue.status)
            }
        }
        for k in 0..<s.count where s.has(k, .cueStart) {
            guard let candidates = lexicon.cuesByFirstWord[s.lower(k)] else { continue }
            for n in candidates {
                let cue = lexicon.cues[n]
                guard scope(cue).contains(k), let cueEnd = cueEnd(cue.phrase, at: k) else { continue }
                if !cue.sentenceScope && cueEnd > i { continue }
                // "In May he crossed into Tunisia": the month, not the modal.
                if cue.phrase.spells("may"), k > 0 && s[k].isCapitalized || k + 1 < s.count && s[k + 1].isNumber
                    || EventFinder.mayMonthBefore.contains(s.lower(k - 1)) { continue }
                // "Niyazov has dismissed his ambassador": dismissing a person denies nothing; one
                // dismisses reports, claims, suggestions ("dismissed the reports as lies").
                if cue.phrase.count == 1, EventFinder.dismissCues.contains(cue.phrase[0]),
                   !((k + 1)..<min(s.count, k + 5)).contains(where: { EventFinder.dismissableNouns.contains(s.lower($0)) || s.lower($0) == "as" }) { continue }
                // "was dismissed on Monday", "was denied asylum": a passive denial verb denies nothing told.
                if cue.status == "denied", WordClass.beForms.contains(s.lower(k - 1)) || s.lower(k - 1) == "been" { continue }
                // "quit his post ..., reportedly over his opposition to the war": the hedge is on the reason.
                if cue.status == "rumored", k > i, ["over", "because", "due", "amid", "for"].contains(s.lower(cueEnd)) { continue }
                // "rather than board the plane home": not boarding is the defection.
                if cue.status == "negated", cueEnd == i, ["board", "boarding", "get", "getting"].contains(s.lower(i)) { continue }
                // "said he would not take the job and was breaking with the government": a
                // negation in the first conjunct does not reach a verb group of its own after "and".
                if cue.status == "negated" || cue.status == "hypothetical", k < verbGroupStart(i) - 1, verbGroupStart(i) < i,
                   coordinatedVerb(before: verbGroupStart(i)) != nil { continue }
                // "saying he no longer recognises Maduro and pledging allegiance to Guaido": nor
                // does it reach a gerund coordinated after "and".
                if cue.status == "negated" || cue.status == "hypothetical", k < i - 1, s.lower(i - 1) == "and", s.lower(i).hasSuffix("ing") { continue }
                consider(cue.status)
            }
        }
        // "Were Washington to table a fresh text next week, ...", "Should Russia veto it, ...": a
        // condition told by inversion, up to its comma.
        if best == nil, s.lower(0, isEither: "were", or: "should"), s[0].isCapitalized,
           let comma = (1..<s.count).first(where: { s.lower($0) == "," }), i < comma,
           s.lower(0) == "should" || (1..<i).contains(where: { s.lower($0) == "to" }) {
            best = .hypothetical
        }
        // "If France, say, voted against a text ..., the text would fail": a sentence that opens
        // on a condition tells no act, in the condition or after it.
        if best == nil, let first = (0..<min(3, s.count)).first(where: { !EventFinder.openingConjunctions.contains(s.lower($0)) }),
           s.lower(first, isEither: "if", or: "unless") {
            best = .hypothetical
        }
        return best ?? .asserted
    }

    /// The order of the statuses a trigger's cues may give, strongest first (`status(for:)`):
    /// denial and negation outrank hedges; hedges outrank the rest.
    @inline(__always) static func statusRank(_ st: EventStatus) -> Int {
        switch st {
        case .denied: 0
        case .negated: 1
        case .claimed: 2
        case .rumored: 3
        case .calledFor: 4
        case .hypothetical: 5
        case .asserted: 6
        }
    }

    /// Words before "may" that make it the month (`status(for:)`: "In May he crossed").
    static let mayMonthBefore: WordSet = ["in", "early", "late", "mid", "since", "until", "by", "of", "last", "next", "this", "that"]
    /// Forms of "dismiss" as a one-word denial cue.
    static let dismissCues: WordSet = ["dismissed", "dismisses", "dismiss", "dismissing"]
    /// Words a sentence may open on before its condition ("And if ...", `status(for:)`).
    static let openingConjunctions: WordSet = ["and", "but", "even", "or"]

    /// Where cue `phrase` ends when it is spelled at `k`, nil when it is not. Between the words
    /// of a longer cue an adverb, an auxiliary or a time may stand ("media also reported",
    /// "newspapers have reported", "claimed on Friday that"), up to three words in all.
    func cueEnd(_ phrase: [String], at k: Int) -> Int? {
        if s.matches(phrase, at: k) { return k + phrase.count }
        guard phrase.count >= 2, s.lower(k) == phrase[0] else { return nil }
        var j = k + 1, inserted = 0
        for p in phrase.dropFirst() {
            while s.lower(j) != p, inserted < 3, j < s.count, !s[j].isPunct,
                  EventFinder.cueInsertions.contains(s.lower(j)) || WordClass.isAdverb(s.lower(j)) || s.has(j, .dateWord)
                    || ["on", "last", "this"].contains(s.lower(j)) && s.has(j + 1, .dateWord)
                    // "reports in Bangkok yesterday that": a place after "in" or "from".
                    || s.lower(j, isEither: "in", or: "from") && j + 1 < s.count && s[j + 1].isCapitalized
                    || j > k + 1 && s[j].isCapitalized && s.lower(j - 1, isEither: "in", or: "from") {
                j += 1; inserted += 1
            }
            guard s.lower(j) == p else { return nil }
            j += 1
        }
        return j
    }

    /// Words that may stand inside a cue phrase (`cueEnd`).
    static let cueInsertions: WordSet = ["also", "too", "earlier", "later", "have", "has", "had", "again", "first", "then"]

    /// A cue that turns the event into another type ("threatened to veto" → threat).
    func retype(for i: Int) -> String? {
        let start = clauseBoundary(before: i)
        guard start < i else { return nil }
        // The first retyping cue in lexicon order that matches anywhere in the clause.
        var first = Int.max
        for n in lexicon.emptyCues where lexicon.cues[n].status.hasPrefix("retype:") { first = min(first, n) }
        for k in start..<i where s.has(k, .cueStart) {
            guard let candidates = lexicon.cuesByFirstWord[s.lower(k)] else { continue }
            for n in candidates where n < first {
                let cue = lexicon.cues[n]
                if cue.status.hasPrefix("retype:") && s.matches(cue.phrase, at: k) && k + cue.phrase.count <= i { first = n }
            }
        }
        guard first < lexicon.cues.count else { return nil }
        return String(lexicon.cues[first].status.dropFirst("retype:".count))
    }

    static let clauseWords: WordSet = ["that", "which", "who", "because", "after", "since", "when", "while", "but"]
    static let segmentMarks: WordSet = [";", ":", "\u{2014}", "(", ")", ".", "?", "!", "\""]
    static let segmentWords: WordSet = ["that", "which", "who", "because", "since", "after", "before", "when", "while", "although", "if", "but", "following", "until"]

    func clauseBoundary(before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            let w = s.lower(j)
            if w == "," || w == ";" || w == ":" || w == "\u{2014}" || w == "." { return j + 1 }
            if EventFinder.clauseWords.contains(w) { return j + 1 }
            // "are not subject to a veto and the text passed": "and" before a new subject (not
            // between two names, "Russia and China") opens a clause the negation does not reach.
            if w == "and", j >= 1, j + 1 < i, ["the", "its", "their"].contains(s.lower(j + 1)) || opensClause(after: j + 1),
               !mentions.contains(where: { $0.end == j }) { return j + 1 }
            // "said he would not go back to Minsk and asked for protection": a past verb right
            // after "and" is a step of its own, out of the negation's reach.
            if w == "and", j + 1 == i, EventFinder.isPastForm(s.lower(i)) { return j + 1 }
            j -= 1
        }
        return 0
    }

    /// The date of the time expression in the trigger's clause; "previously" marks undated past.
    /// "landed at Maimana, where the mutineers have their headquarters, and declared that he had
    /// joined them": a pronoun right after the trigger stands for a group told before, whose
    /// head the trigger takes as its object.
    func pronounObject(at end: Int, in objects: Set<String>) -> Int? {
        guard ["them", "him", "her"].contains(s.lower(end)),
              let m = mentions.first(where: { $0.start == end && $0.kind == .pronoun && $0.actor >= 0 }),
              let a = actors[safe: m.actor], !a.heads.isDisjoint(with: objects) else { return nil }
        return end
    }

    /// The words of relative clauses set off by commas within `range` (", who until then ran
    /// the party's foreign relations,"), from the relative pronoun to the closing comma.
    func parentheticalRelatives(in range: Range<Int>) -> Set<Int> {
        var out: Set<Int> = []
        for k in range where ["who", "which"].contains(s.lower(k)) && s.lower(k - 1) == "," {
            guard let close = (k + 1..<range.upperBound).first(where: { s.lower($0) == "," }),
                  !(k + 1..<close).contains(where: { [";", ":", "."].contains(s.lower($0)) }) else { continue }
            out.formUnion(k...close)
        }
        return out
    }

    /// Times after word `k` that belong to a participle describing a noun, not to the verb
    /// before them: "vetoed a draft deploring the occupation of the territories taken in
    /// 1967", "left the party founded in 1999". The participle follows a noun (not an
    /// auxiliary, a pronoun or "and"), and "in", "on", "since" or "during" follows it.
    func reducedRelativeTimes(after k: Int) -> [Range<Int>] {
        times.filter { t in
            let p = t.words.lowerBound - 2
            guard p > k, p >= 1, s.lower(p + 1, isEither: "in", or: "on") || s.lower(p + 1, isEither: "since", or: "during"),
                  EventFinder.isPastForm(s.lower(p)) || s.has(p, .irregularParticiple), !WordClass.auxiliaries.contains(s.lower(p)) else { return false }
            let before = s[p - 1]
            return !before.isPunct && !before.isNumber && !before.isCapitalized && !before.isPossessive
                && !WordClass.auxiliaries.contains(before.lower)
                && !EventFinder.reducedRelativeStops.contains(before.lower) && !EventFinder.isPastForm(before.lower)
        }.map(\.words)
    }

    /// Words after which a past form is a verb of its own clause, not a participle describing
    /// the noun before it (`reducedRelativeTimes`).
    static let reducedRelativeStops: WordSet = ["and", "or", "but", "then", "who", "which", "that", "he", "she", "they", "it", "we", "i", "you",
                                                "also", "later", "not", "never", "first", "finally", "formally", "only", "just", "again", "once", "eventually", "soon"]

    func date(for words: Range<Int>) -> (EventDate?, Bool) {
        var lo = segmentStart(words.lowerBound)
        // "In October, it was Russia and China that vetoed ...": a cleft's "that" opens no clause.
        if let it = cleftStart(before: lo) { lo = segmentStart(it) }
        let hi = segmentEnd(words.upperBound)
        // "the most senior diplomat to switch sides since 1997": the span's start is the last
        // such act, not this one.
        let ranked = s.lower(words.lowerBound - 1) == "to"
        // "The Soviet resolution defeated on Thursday had been laid before the Council on Aug. 8":
        // a time in a participle clause after the subject's noun is the participle's, not the
        // main verb's.
        let participles = times.filter { t in
            let p = t.words.lowerBound - 2
            return t.words.upperBound <= words.lowerBound && p >= 1 && p != words.lowerBound && ["on", "in"].contains(s.lower(p + 1))
                && EventFinder.isPastForm(s.lower(p)) && s.has(p - 1, .resolutionNoun)
        }.map(\.words) + reducedRelativeTimes(after: words.upperBound)
        var best = finestDate { $0.words.lowerBound >= lo && $0.words.upperBound <= hi && !(ranked && s.lower($0.words.lowerBound - 1) == "since") && !participles.contains($0.words) }
        // "Russia had already vetoed a draft condemning that attack, on April 12, within days of
        // it": a time set off by commas right after the clause is the clause's.
        // "quit Umno, the party he led for 22 years, on Feb 29, 2016": so is one after an
        // apposition to the object (a time inside the apposition is the apposition's).
        if best == nil, case let comma = describingAppositionClose(after: hi) ?? hi, s.lower(comma) == ",",
           let t = times.first(where: { t in
               (t.words.lowerBound == comma + 1 || t.words.lowerBound == comma + 2 && ["on", "in"].contains(s.lower(comma + 1)))
                   && (t.words.upperBound >= s.count || [",", ".", ";"].contains(s.lower(t.words.upperBound)))
           }),
           !(t.words.upperBound < s.count && s.lower(t.words.upperBound) == "," && opensClause(after: t.words.upperBound + 1)) {
            best = t.date
        }
        // "X made it eight on Tuesday evening, announcing her resignation": a participle clause
        // after a comma happens at the time of the clause before it.
        if best == nil, lo >= 2, s.lower(lo - 1) == ",", s.lower(lo).hasSuffix("ing"), s.lower(lo).utf8.count > 5, words.lowerBound - lo <= 4 {
            let before = segmentStart(lo - 2)
            best = finestDate { $0.words.lowerBound >= before && $0.words.upperBound <= lo - 1 }
        }
        // "the Council also, on 9 May 1988, condemned ...": a time set off by commas right
        // before the verb's stretch.
        if best == nil, lo >= 3, s.lower(lo - 1) == ",", let t = timeSetOff(endingAt: lo - 1) {
            best = t.date
        }
        // "the first test of a General Assembly resolution adopted by consensus last month": a
        // participle right after the noun it describes is dated by the time that follows it
        // within a few words, not by the finest date of the clause.
        if words.lowerBound >= 1, s.has(words.lowerBound - 1, .resolutionNoun), s.lower(words.lowerBound).hasSuffix("ed"),
           let t = times.first(where: { $0.words.lowerBound >= words.upperBound && $0.words.lowerBound <= words.upperBound + 4 && $0.words.upperBound <= hi }) {
            best = t.date
        }
        // "since 1997, when Jang Sung-gil, then ambassador to Egypt, fled": a "when" clause after
        // a date happens at it.
        // ("in 1981, when A, B, C and D, the Gang of Four, walked out": an "and" that joins names
        // is inside the clause's subject.)
        // ("last week, when General X, who until then ran the party's foreign relations, went
        // over": a relative clause set off by commas inside the clause is skipped.)
        if best == nil, let w = (max(1, words.lowerBound - 25)..<words.lowerBound).last(where: { s.lower($0) == "when" && s.lower($0 - 1) == "," }),
           case let skipped = parentheticalRelatives(in: w..<words.lowerBound),
           !(w..<words.lowerBound).contains(where: { k in
               !skipped.contains(k) && ([";", ":", "but", "which", "who"].contains(s.lower(k))
                   || s.lower(k) == "and" && !(mentions.contains { $0.end == k } && mentions.contains { $0.start == k + 1 }))
           }),
           let t = times.first(where: { $0.words.upperBound == w - 1 }) {
            best = t.date
        }
        // "Last week, a brigadier general who ran a supply depot near Daraa slipped across the
        // border": a verb three or more words after a relative "who" is the main clause's, which
        // the opening adverbial governs.
        var openLo = lo
        if lo >= 2, s.lower(lo - 1, isEither: "who", or: "which"), words.lowerBound - lo >= 3,
           mentions.contains(where: { $0.end == lo - 1 }) {
            openLo = segmentStart(lo - 1)
        }
        // A sentence-opening adverbial ("On Thursday, ...", "In February, ...") governs the main
        // clause: triggers in comma-separated stretches, not in subordinate clauses.
        // "Earlier, on Feb. 2, ...": of several opening adverbials the finest date.
        // "On Friday, a revised text ... met the same fate: it was vetoed by ...": a clause after
        // a colon goes on from the main clause, at its time.
        // (After a "FILE -" photo note, when the page cleaner has not cut it off.)
        let c0 = s.lower(0) == "file" && ["-", "\u{2013}", "\u{2014}"].contains(s.lower(1)) ? 2 : 0
        let opensCaption = s.lower(c0) == "in" && ["this", "a", "an", "the"].contains(s.lower(c0 + 1))
            && ["image", "photo", "picture", "video", "footage", "still", "photograph", "file"].contains(s.lower(c0 + 2))
        let opensWithDistance = (WordClass.countValues[s.lower(0)] != nil || s.lower(0, isEither: "a", or: "an") || s.count > 0 && s[0].isNumber) && EventFinder.distanceUnits.contains(s.lower(1))
            && ["after", "before", "later", "earlier"].contains(s.lower(2))
        if best == nil, openLo == 0 || s.lower(openLo - 1, isEither: ",", or: ":"),
           // "In a video posted online on Tuesday, X announced ...", "In the final days of the
           // siege of Kunduz late last month, a commander switched sides": a longer opening
           // phrase (up to ten words before its time) counts when it starts with a preposition.
           // "Three decades later, in 1983, ...": adverbials of time words only before it.
           let d = finestDate(where: { ($0.words.lowerBound <= 3 || ($0.words.lowerBound <= 10 && WordClass.prepositions.contains(s.lower(0)))
                   // "In this image taken from a video posted online on June 9, 2011, X announces":
                   // a photo caption's opening tells when what it shows happened.
                   || ($0.words.lowerBound <= 16 && opensCaption)
                   || ($0.words.lowerBound <= 8 && (0..<$0.words.lowerBound).allSatisfy { k in s[k].isPunct || s[k].isNumber || s.has(k, .temporalWord) })
                   // "Two days after the veto, on Feb. 27, ...": a distance from an act, then its date.
                   || ($0.words.lowerBound <= 10 && opensWithDistance && $0.words.lowerBound >= 2 && s.lower($0.words.lowerBound - 2) == "," && ["on", "in"].contains(s.lower($0.words.lowerBound - 1)))
                   // "In the last days of the competition, in July 1976, X left": a date set off
                   // after an opening prepositional phrase with no verb.
                   || ($0.words.lowerBound <= 12 && opensWithPhraseThenDate($0.words.lowerBound))) && (s.lower(adverbialEnd($0.words)) == "," || ($0.words.lowerBound == 0 || $0.words.lowerBound == 1 && ["on", "in", "at", "by", "from", "since"].contains(s.lower(0)) || opensWithTimePhrase($0.words.lowerBound)) && (opensClause(after: adverbialEnd($0.words)) || opensNounPhrase(at: adverbialEnd($0.words)))) && !(0..<$0.words.lowerBound).contains { k in mentions.contains { m in
                   // "At the Tokyo Olympics in 2021, ...": a place after a preposition is part of the adverbial.
                   m.actor >= 0 && m.span.contains(k) && !(m.kind == .known && WordClass.prepositions.contains(s.lower(m.start - 1)) || m.kind == .known && s.lower(m.start - 1) == "the" && WordClass.prepositions.contains(s.lower(m.start - 2)))
               } } }) {
            best = d
        }
        // "When a draft condemning the raids came to a vote that month, Washington, London and
        // Paris vetoed it": an opening "when" clause tells the main clause's time.
        if best == nil, s.lower(0) == "when", let comma = (1..<max(1, words.lowerBound)).first(where: { s.lower($0) == "," }),
           !(0..<words.lowerBound).contains(where: { [";", ":"].contains(s.lower($0)) }) {
            best = finestDate { $0.words.upperBound <= comma }
        }
        // "In this image ... posted on June 9, 2011, X announces that he has left the army": what
        // a present report says has just happened is at the report's time.
        if best == nil, lo >= 2, s.lower(lo - 1) == "that", s.has(lo - 2, .reportingVerb), s.lower(lo - 2).hasSuffix("s"),
           tense(at: words.lowerBound) == .perfect, let d = date(for: (lo - 2)..<(lo - 1)).0 {
            best = d
        }
        // "In April two diplomats announced that they no longer served Pakistan": what people
        // announce of themselves (a pronoun opens the clause) is dated by the announcement, also
        // when a place comes between ("announced at a news conference held after midnight that").
        if best == nil, lo >= 2, s.lower(lo - 1) == "that", mentions.contains(where: { $0.start == lo && $0.kind == .pronoun }),
           let v = (max(0, lo - 10)..<(lo - 1)).last(where: { EventFinder.announcingVerbs.contains(s.lower($0)) }),
           !((v + 1)..<(lo - 1)).contains(where: { s[$0].isPunct }) {
            best = finestDate { $0.words.upperBound <= lo - 1 }
        }
        // "Alliance commanders said on Sunday that about 200 fighters had gone over to them": what
        // others report as done happened on or before the day of the report.
        // (An announcement on the defector's behalf, "His spokesman announced on May 12 that X had
        // deserted", makes it public that day: the announcement dates it, elsewhere.)
        if best == nil, EventFinder.perfectTenses.contains(tense(at: words.lowerBound)), let (v, that) = reportedComplement(before: words.lowerBound),
           !EventFinder.announcingVerbs.contains(s.lower(v)),
           let d = finestDate(where: { $0.words.upperBound <= that && $0.words.lowerBound > v }), let end = d.end, d.precision == .day {
            best = .before(end, basis: d.basis)
        }
        // "Both drafts failed on Thursday, as Russia and China vetoed a U.S. text": a clause of
        // simultaneity after a comma happens at the main clause's time.
        if best == nil {
            var mainEnd: Int?
            if s.lower(lo) == "as", lo >= 1, s.lower(lo - 1) == "," { mainEnd = lo - 1 }
            // "The draft failed on Tuesday after Russia voted against it", "when China voted
            // no": the vote that decided a council act is at its time.
            if lo >= 2, s.lower(lo - 1, isEither: "after", or: "when"), councilVerb(words.lowerBound) { mainEnd = lo - 1 }
            // "The Council today failed to adopt the draft ..., as well as ..., after the United
            // States cast a veto": the main clause may lie several stretches back.
            var walksBack = false
            if lo >= 2, s.lower(lo - 1, isEither: "after", or: "when"), s.lower(lo - 2) == ",", councilVerb(words.lowerBound) { mainEnd = lo - 2; walksBack = true }
            if lo >= 1, s.lower(lo, isEither: "after", or: "when"), s.lower(lo - 1) == ",", councilVerb(words.lowerBound) { mainEnd = lo - 1; walksBack = true }
            // "drove a jeep toward the border on Nov. 13, 2017, then ran across the line": the
            // next step of the same subject, at the time of the one before.
            if s.lower(lo) == "then" || s.lower(lo) == "and" && s.lower(lo + 1) == "then", lo >= 1, s.lower(lo - 1) == "," { mainEnd = lo - 1 }
            // "he jumped from his wife's car one evening in September 1985, leaving a dummy in
            // the seat, and slipped away": a past verb right after ", and", with no subject of its
            // own, is the same subject's next step.
            if s.lower(lo) == "and", words.lowerBound == lo + 1, lo >= 1, s.lower(lo - 1) == ",",
               [.past, .pluperfect].contains(tense(at: words.lowerBound)) { mainEnd = lo - 1 }
            if lo >= 2, s.lower(lo - 1, isEither: "while", or: "when"), s.lower(lo - 2) == "," { mainEnd = lo - 2 }
            // "won 13 votes on Thursday, but the measure was struck down": a "but" clause with no
            // time of its own goes on from the first.
            if lo >= 2, s.lower(lo - 1) == "but", s.lower(lo - 2) == ",", [.past, .perfect, .pluperfect].contains(tense(at: words.lowerBound)) { mainEnd = lo - 2 }
            if let e = mainEnd {
                var from = segmentStart(e)
                // A participle clause between (", leaving a dummy in the seat,") has no time of its own.
                while from >= 2, s.lower(from).hasSuffix("ing"), s.lower(from - 1) == ",",
                      finestDate(where: { $0.words.lowerBound >= from && $0.words.upperBound <= e }) == nil {
                    from = segmentStart(from - 1)
                }
                best = finestDate { $0.words.lowerBound >= from && $0.words.upperBound <= e }
                var hops = 0
                while best == nil, walksBack, from >= 2, hops < 4 {
                    let to = from - 1
                    from = segmentStart(to)
                    best = finestDate { $0.words.lowerBound >= from && $0.words.upperBound <= to }
                    hops += 1
                }
            }
        }
        // A participle clause (", vetoing ...", "with Russia vetoing ...") shares the main clause's time.
        if best == nil, words.lowerBound < s.count, s.lower(words.lowerBound).hasSuffix("ing"),
           let t = times.last(where: { $0.words.upperBound <= words.lowerBound }) {
            best = t.date
        }
        let undated = best == nil && (lo..<hi).contains { WordClass.undatedPastAdverbs.contains(s.lower($0)) && s.lower($0 + 1) != "this" }
        return (best, undated)
    }

    /// Whether the sentence opens with a prepositional phrase without a verb, then ", in" or
    /// ", on" right before the time at `k`: "In the last days of the competition, in July 1976,".
    func opensWithPhraseThenDate(_ k: Int) -> Bool {
        guard k >= 4, s.has(0, .preposition), s.lower(k - 2) == ",", ["in", "on"].contains(s.lower(k - 1)) else { return false }
        return (1..<(k - 2)).allSatisfy { j in
            !s[j].isPunct && !s.has(j, [.auxiliary, .pronoun]) && lexicon.triggerForms[s.lower(j)] == nil && !EventFinder.isPastForm(s.lower(j))
        }
    }

    /// The reporting verb and the "that" opening the complement clause the word at `i` is in
    /// ("commanders said on Sunday that about 200 fighters, in Logar, had gone over"): the verb
    /// a past form at most five words before "that" with no punctuation between, and no clause
    /// boundary between "that" and `i`.
    func reportedComplement(before i: Int) -> (verb: Int, that: Int)? {
        guard let that = (max(0, i - 25)..<i).last(where: { s.lower($0) == "that" }), that >= 1,
              !((that + 1)..<i).contains(where: { k in [";", ":", "\u{2014}", "but", "which", "who", "when", "because"].contains(s.lower(k)) }),
              let v = (max(0, that - 6)..<that).last(where: { s.has($0, .reportingVerb) && EventFinder.isPastForm(s.lower($0)) }),
              !((v + 1)..<that).contains(where: { s[$0].isPunct }) else { return nil }
        return (v, that)
    }

    /// Verbs by which people make an act of their own public ("announced that they had left").
    static let announcingVerbs: WordSet = ["announced", "announces", "declared", "declares", "proclaimed", "proclaims"]

    /// Words of a phrase that places a time within a date ("In the first days of", "On the night
    /// of", "in the closing weeks of").
    static let timePhraseWords: WordSet = ["in", "on", "at", "during", "the", "first", "last", "early", "late", "final", "closing", "opening", "dying", "few",
                                           "days", "day", "weeks", "week", "hours", "hour", "night", "morning", "evening", "afternoon", "of", "middle", "end", "beginning", "start"]

    /// Whether the sentence opens with a phrase of time words ending in "of" right before the
    /// time at `k`: "In the first days of February 1964 he left the delegation".
    func opensWithTimePhrase(_ k: Int) -> Bool {
        k >= 3 && k <= 7 && s.lower(k - 1) == "of" && (0..<k).allSatisfy { EventFinder.timePhraseWords.contains(s.lower($0)) }
    }

    /// Where a time adverbial ends: "In December of the same year", "in March of that year" go
    /// on past the month to the year that places it, and "During the 2018 crackdown," and "In
    /// the 1999 campaign," end after the noun or two the year modifies, when the sentence opens
    /// with a preposition.
    func adverbialEnd(_ words: Range<Int>) -> Int {
        if s.lower(words.upperBound) == "of", let year = times.first(where: { $0.words.lowerBound == words.upperBound + 1 }) { return year.words.upperBound }
        if words.lowerBound <= 3, s.has(0, .preposition), s.lower(words.lowerBound - 1) == "the",
           let comma = (words.upperBound + 1...words.upperBound + 2).first(where: { $0 < s.count && s.lower($0) == "," }),
           (words.upperBound..<comma).allSatisfy({ !s[$0].isPunct && !s[$0].isCapitalized && !s.has($0, [.auxiliary, .preposition, .determiner, .pronoun]) && lexicon.triggerForms[s.lower($0)] == nil }) {
            return comma
        }
        return words.upperBound
    }

    /// Whether the trigger at `i` is a council act (a veto, a vote against, a failure).
    func councilVerb(_ i: Int) -> Bool {
        lexicon.trigger(at: i, in: s, types: ["veto", "resolution_failed", "resolution_adopted"]) != nil
    }

    /// "it was Russia and China that ...", "it is Moscow that ...": the index of "it" when the
    /// word before `lo` is a cleft's "that" or "who".
    func cleftStart(before lo: Int) -> Int? {
        guard lo >= 4, ["that", "who"].contains(s.lower(lo - 1)) else { return nil }
        for k in stride(from: lo - 3, through: max(0, lo - 12), by: -1) where s.lower(k) == "it" && ["was", "is", "'s"].contains(s.lower(k + 1)) {
            let between = (k + 2)..<(lo - 1)
            guard !between.isEmpty, !between.contains(where: { s[$0].isPunct && s.lower($0) != "," && s.lower($0) != "'s" }),
                  mentions.contains(where: { $0.start == k + 2 || ($0.start == k + 3 && s.lower(k + 2) == "the") }) else { return nil }
            return k
        }
        return nil
    }

    /// The time expressions of the stretch that are coordinated with each other ("in October
    /// 2011 and in February and July 2012", "this year, in February and April"), when there are
    /// two or more distinct ones; a coarser date that holds a finer one of the list is dropped.
    func coordinatedDates(in r: Range<Int>) -> [EventDate] {
        let ts = times.filter { $0.words.lowerBound >= r.lowerBound && $0.words.upperBound <= r.upperBound }
            .sorted { $0.words.lowerBound < $1.words.lowerBound }
        guard ts.count > 1 else { return [] }
        let joints: Set<String> = ["and", ",", "in", "on", "or", "then", "again", "once"]
        var best: [EventDate] = []
        var group: [EventDate] = [ts[0].date]
        for n in 1..<ts.count {
            // Overlapping expressions (one inside another) are one date, not a list.
            guard ts[n - 1].words.upperBound <= ts[n].words.lowerBound else { if group.count > best.count { best = group }; group = [ts[n].date]; continue }
            let gap = ts[n - 1].words.upperBound..<ts[n].words.lowerBound
            // A bare comma is apposition ("Friday, December 18"): the same day twice.
            let words = gap.map { s.lower($0) }
            var joined = words.allSatisfy { joints.contains($0) }
                && (words.contains("and") || words.contains("or") || (words.contains(",") && (words.contains("in") || words.contains("on"))))
                && !(words.contains(",") && opensClause(after: ts[n].words.upperBound))
            // "Oct. 4, 2011, Feb. 4, 2012, and July 19, 2012": a bare comma lists dates when the
            // next joint closes the list with "and"/"or".
            if !joined, words == [","], n + 1 < ts.count, ts[n].words.upperBound <= ts[n + 1].words.lowerBound {
                let next = (ts[n].words.upperBound..<ts[n + 1].words.lowerBound).map { s.lower($0) }
                joined = next.allSatisfy { joints.contains($0) } && (next.contains("and") || next.contains("or"))
            }
            if joined { group.append(ts[n].date) } else { if group.count > best.count { best = group }; group = [ts[n].date] }
        }
        if group.count > best.count { best = group }
        // "in February and July 2012": a month without its year takes the year given after it.
        for n in best.indices where best[n].precision == .month && !best[n].basis.contains(where: \.isNumber) {
            // "in 2017, in August, September and December": or the year told before the list.
            let given = best[(n + 1)...].first(where: { $0.precision == .month && $0.basis.contains(where: \.isNumber) })
                ?? best[..<n].last(where: { [.year, .month].contains($0.precision) && $0.basis.contains(where: \.isNumber) })
            if let given, let y = given.start?.year, let m = best[n].start?.month, y != best[n].start?.year {
                best[n] = .month(year: y, month: m, basis: best[n].basis)
            }
        }
        // "between March and June", "from 2011 to 2012": a range, not several acts.
        if let first = ts.first, ["between", "from"].contains(s.lower(first.words.lowerBound - 1)) || ["between", "from"].contains(s.lower(first.words.lowerBound - 2)) { return [] }
        let dated = best.filter { $0.start != nil && $0.end != nil && $0.precision != .before }
        var out: [EventDate] = []
        for d in dated {
            let holdsFiner = dated.contains { e in e != d && e.rank > d.rank && e.start! >= d.start! && e.end! <= d.end! }
            if !holdsFiner && !out.contains(where: { $0.start == d.start && $0.end == d.end }) { out.append(d) }
        }
        return out.count > 1 ? out : []
    }

    /// "It was the first time since January 2007 that Russia and China had cast vetoes": the
    /// clause after "the first time since DATE that" tells of the last such act, at DATE.
    func firstTimeSince(before i: Int) -> EventDate? {
        let start = segmentStart(i)
        guard start >= 1, ["that", "when"].contains(s.lower(start - 1)),
              let t = times.last(where: { $0.words.upperBound == start - 1 }),
              s.lower(t.words.lowerBound - 1) == "since", s.lower(t.words.lowerBound - 2) == "time",
              ["first", "only"].contains(s.lower(t.words.lowerBound - 3)) else { return nil }
        return t.date
    }

    /// "X defected to the rebels, he said in a video on Wednesday": a defection is dated by its
    /// announcement when the defector is the one who says it.
    func selfAnnouncedDate(after end: Int, agents: [Int]) -> EventDate? {
        guard !agents.isEmpty else { return nil }
        // "X announced on Monday that he had resigned and joined the revolution": the defector's
        // own reporting clause governs the trigger's.
        let start = segmentStart(end - 1)
        if start >= 1, ["that", "he", "she"].contains(s.lower(start - 1)) || s.lower(start) == "he" || s.lower(start) == "she" {
            var k = start - 1
            while k >= 0, !(WordClass.reportingVerbs.contains(s.lower(k)) || ["announced", "confirmed", "declared"].contains(s.lower(k))) {
                if [".", ";", "\""].contains(s.lower(k)) { k = -1; break }
                k -= 1
            }
            if k >= 0, subject(before: verbGroupStart(k)).contains(where: { agents.contains($0.actor) }) || speaksFor(agents, before: verbGroupStart(k)) {
                if let d = finestDate(where: { $0.words.lowerBound > k && $0.words.upperBound <= start }) { return d }
                // "On Aug. 6, 2012, his spokesman announced that Hijab had defected": the
                // announcement's opening adverbial.
                if let d = finestDate(where: { $0.words.lowerBound <= 1 && s.lower($0.words.upperBound) == "," && $0.words.upperBound < verbGroupStart(k) }) { return d }
            }
        }
        for k in end..<s.count where WordClass.reportingVerbs.contains(s.lower(k)) || ["confirmed", "announcing", "saying"].contains(s.lower(k)) {
            // The speaker is named after the defection ("..., he said"), not its own subject again.
            let speaker = subject(before: verbGroupStart(k)).filter { $0.start >= end }.map(\.actor)
            guard speaker.contains(where: agents.contains) else { continue }
            return finestDate { $0.words.lowerBound > k && $0.words.upperBound <= segmentEnd(k + 1) }
        }
        return nil
    }

    /// What an announcement can make public about a defection: "announced her decision".
    static let moveNouns: WordSet = ["decision", "defection", "departure", "move", "exit", "break", "resignation"]

    /// Verbs whose object is the subject of a bare infinitive after it ("let X slip away").
    static let causativeVerbs: WordSet = ["let", "lets", "letting", "watch", "watched", "watching", "saw", "see", "seeing", "helped", "help", "helping", "made", "make", "makes", "making"]

    /// People who announce for someone: "his spokesman announced", "Hijab's office said".
    static let representatives: WordSet = ["spokesman", "spokeswoman", "spokesperson", "office", "aide", "aides", "lawyer", "lawyers", "representative", "family", "wife", "husband"]

    /// "Hijab's spokesman announced on Aug. 6 that ...": the subject before `k` is someone who
    /// speaks for one of `agents` (a representative noun after the agent's possessive).
    func speaksFor(_ agents: [Int], before k: Int) -> Bool {
        var h = k - 1
        while h >= 0, WordClass.isAdverb(s.lower(h)) { h -= 1 }
        guard h >= 1, EventFinder.representatives.contains(s.lower(h)) else { return false }
        let p = s[h - 1].isPossessive || s.lower(h - 1) == "'s" ? h - 1 : h
        return mentions.contains { m in
            agents.contains(m.actor) && (m.end == p || (m.end == h && m.kind == .pronoun && ["his", "her"].contains(m.head ?? "")))
        }
    }

    /// "Minutes later", "later that day", "moments afterward": the act shares the day of the one told before.
    func followsPreviousEvent(before i: Int) -> Bool {
        for k in 0..<i where EventFinder.laterWords.contains(s.lower(k)) {
            if ["minutes", "moments", "hours", "seconds", "shortly", "soon"].contains(s.lower(k - 1)) { return true }
            if s.lower(k + 1) == "that" && ["day", "evening", "afternoon", "morning", "night"].contains(s.lower(k + 2)) { return true }
        }
        return false
    }

    /// "a Chinese and Russian veto", "the U.S. veto": the countries whose adjectives (or
    /// abbreviations) stand right before the noun at `i`, or nil when none do.
    func countryAdjectives(before i: Int) -> [Mention]? {
        var out: [Mention] = []
        var k = i - 1
        while k >= 0, let m = mentions.last(where: { $0.end == k + 1 && $0.kind == .known && $0.entry?.kind == .country && $0.actor >= 0 }) {
            let written = m.text.lowercased()
            guard lexicon.demonyms.contains(written) || (written.contains(".") && written.count <= 5) else { break }
            out.insert(m, at: 0)
            k = m.start - 1
            guard k >= 1, ["and", ","].contains(s.lower(k)) else { break }
            k -= 1
        }
        return out.isEmpty ? nil : out
    }

    /// "two permanent members, China and the Russian Federation": the named mentions listed right
    /// after a plural description and its comma, or nil when none follow.
    func namedInApposition(after m: Mention) -> [Mention]? { namedInApposition(afterWord: m.end, allowsOne: m.count == 1) }

    /// The people or members named in apposition after the word before `end` (a comma, dash or
    /// colon, then a list joined by commas and "and"); two or more unless `allowsOne`.
    func namedInApposition(afterWord end: Int, allowsOne: Bool) -> [Mention]? {
        guard [",", "\u{2014}", "\u{2013}", "--", ":"].contains(s.lower(end)), let first = mentions.first(where: { $0.start == end + 1 || ($0.start == end + 2 && s.lower(end + 1) == "the") }),
              first.actor >= 0, first.kind == .known || first.kind == .person else { return nil }
        var out = [first]
        var k = first.end
        while k < s.count, [",", "and"].contains(s.lower(k)) {
            // "Y Chhean, who holds Pailin, and Sok Pheap": a relative clause after a name.
            if s.lower(k) == ",", ["who", "whose"].contains(s.lower(k + 1)),
               let close = ((k + 2)..<min(s.count, k + 16)).first(where: { s.lower($0) == "," }), s.lower(close + 1) == "and" {
                k = close
            }
            var j = k + 1
            if s.lower(j) == "and" { j += 1 }
            if s.lower(j) == "the" { j += 1 }
            guard let next = mentions.first(where: { ($0.start == j || $0.start == j - 1 && s.lower(j - 1) == "the") && $0.actor >= 0 && ($0.kind == .known || $0.kind == .person) }) else { break }
            out.append(next)
            k = next.end
        }
        return out.count >= 2 || allowsOne ? out : nil
    }

    /// The agents of a gerund trigger at `i`, or nil when it has none and makes no event.
    func gerundAgents(at i: Int, trigger t: Lexicon.Trigger) -> [Mention]? {
        // "a soldier defecting": the noun before; "..., killing a resolution": the main subject;
        // a bare gerund ("no honor in killing") has no agent and makes no event.
        if let m = mentions.last(where: { $0.end == i }) { return coordinated(ending: m) }
        if s.lower(i - 1) == "," { return subject(before: i - 1) }
        // "China joined Russia in vetoing the draft": both act, with a time between or not
        // ("joined Russia on Tuesday in vetoing").
        if s.lower(i - 1) == "in" {
            var e = i - 1
            if let t = times.last(where: { $0.words.upperBound == e }) { e = t.words.lowerBound - (s.lower(t.words.lowerBound - 1) == "on" ? 1 : 0) }
            if let m = mentions.last(where: { $0.end == e && $0.actor >= 0 }), ["joined", "joins", "join", "joining"].contains(s.lower(m.start - 1)) {
                return subject(before: verbGroupStart(m.start - 1)) + coordinated(ending: m)
            }
        }
        // "posted a video announcing ...", "released a video from his office saying ...": the
        // author of the message, the subject of the verb before it.
        if let noun = (max(0, i - 8)..<i).last(where: { EventFinder.messageNouns.contains(s.lower($0)) }),
           !(noun..<i).contains(where: { s[$0].isPunct }),
           let v = (max(0, noun - 4)..<noun).last(where: { k in
               let w = s.lower(k)
               return (w.hasSuffix("ed") || w.hasSuffix("es") || WordClass.irregularPast.contains(w)) && !mentions.contains { $0.span.contains(k) }
           }) {
            return subject(before: verbGroupStart(v))
        }
        // "arrived in Turkey on Thursday after defecting": the governing clause's subject;
        // "Washington shielded Israel by vetoing the draft": the subject of the verb, not its object.
        if ["after", "upon", "since", "before", "by"].contains(s.lower(i - 1)) {
            if let v = (max(0, i - 10)..<(i - 1)).last(where: { k in
                let w = s.lower(k)
                return (w.hasSuffix("ed") || WordClass.irregularPast.contains(w)) && !mentions.contains { $0.span.contains(k) }
            }), !(v..<i).contains(where: { s[$0].isPunct }) {
                return subject(before: verbGroupStart(v))
            }
            return subject(before: i - 1)
        }
        // "a competing Russian draft falling far short": the draft is the subject; the body votes.
        if t.agent == "resolution", Lexicon.resolutionNouns.contains(s.lower(i - 1)) { return [] }
        // "saying he no longer recognises Maduro and pledging allegiance to Guaido": a gerund
        // coordinated with an earlier one of the same clause shares its subject.
        if s.lower(i - 1) == "and",
           let g = (max(0, i - 16)..<(i - 1)).last(where: { k in s.lower(k).hasSuffix("ing") && s.lower(k).count > 5 && !mentions.contains { $0.span.contains(k) } }),
           !(g..<i).contains(where: { [";", ":", "."].contains(s.lower($0)) }) {
            return gerundAgents(at: g, trigger: t)
        }
        return nil
    }

    /// ", a group defection that ...", ", another veto that ...": the comma before a noun phrase
    /// (the trigger at `i` its head) that sums up the clause before it.
    func clauseSummaryComma(before i: Int) -> Int? {
        var j = i - 1
        var steps = 0
        while j >= 1, steps < 4 {
            let w = s.lower(j)
            if ["a", "an", "another"].contains(w) { return s.lower(j - 1) == "," && j - 1 > 2 ? j - 1 : nil }
            if s[j].isPunct || WordClass.determiners.contains(w) || lexicon.triggerForms[w] != nil { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// The subject of the sentence's main clause, up to `k`: the first mention that is not the
    /// object of a preposition, a possessor or inside an opening time adverbial ("Four months
    /// ago, 12 waitresses and their manager ... arrived"), with the mentions coordinated after it.
    func mainSubject(before k: Int) -> [Mention] {
        var start = 0
        if let t = times.first(where: { $0.words.lowerBound <= 1 }), s.lower(t.words.upperBound) == "," { start = t.words.upperBound + 1 }
        for m in mentions where m.start >= start && m.end <= k && m.actor >= 0 {
            var before = s.lower(m.start - 1)
            if ["the", "a", "an"].contains(before) { before = s.lower(m.start - 2) }
            if WordClass.prepositions.contains(before) || s[min(m.end, s.count - 1)].isPossessive { continue }
            if m.kind == .pronoun && ["his", "her", "its", "their", "our", "my"].contains(m.head ?? "") { continue }
            if (0..<m.start).contains(where: { WordClass.clauseOpeners.contains(s.lower($0)) }) { return [] }
            var list = [m]
            var cur = m
            while ["and", ","].contains(s.lower(cur.end)), let next = mentions.first(where: { $0.start == cur.end + 1 && $0.end <= k && $0.actor >= 0 }) {
                list.append(next)
                cur = next
            }
            return list
        }
        return []
    }

    /// "became the most senior officer to break with X", "is the first general to defect",
    /// "the highest-ranking official ever to defect": when the word governing the infinitive
    /// heads a superlative or ordinal noun phrase after a copula, the copula's position.
    func predicateCopula(_ governor: Int) -> Int? {
        guard var j = superlativeStart(governor), j >= 1 else { return nil }
        // "He is one of the highest-ranking officials ever to defect": a member of the set.
        if j >= 3, s.lower(j - 1) == "of", s.lower(j - 2) == "one" { j -= 2 }
        let cop = j - 1
        return ["becoming", "became", "become", "becomes", "was", "is", "be", "been", "as", "remains", "remained", "remain"].contains(s.lower(cop)) ? cop : nil
    }

    /// Where a superlative or ordinal noun phrase governing an infinitive starts (its "the"):
    /// "the highest-ranking official ever to defect", "the first general to switch sides".
    func superlativeStart(_ governor: Int) -> Int? {
        var g = governor
        if ["ever", "yet"].contains(s.lower(g)) { g -= 1 }
        var j = g
        var superlative = false
        while j >= 0, g - j < 7 {
            let w = s.lower(j)
            if WordClass.ordinals.contains(w) || ["only", "most", "highest-ranking", "senior-most", "top"].contains(w) || (w.hasSuffix("est") && w.count > 5) || w.hasSuffix("-ranking") { superlative = true }
            if w == "the" { break }
            if s[j].isPunct { return nil }
            j -= 1
        }
        guard superlative, j >= 0, s.lower(j) == "the" else { return nil }
        return j
    }

    func isSegmentBoundary(_ k: Int) -> Bool {
        let w = s.lower(k)
        // "adopted resolution 2166 (2014) on 21 July 2014": brackets round one number are part
        // of a name, not an aside.
        if w == "(", k + 2 < s.count, s[k + 1].isNumber, s.lower(k + 2) == ")" { return false }
        if w == ")", k >= 2, s[k - 1].isNumber, s.lower(k - 2) == "(" { return false }
        if EventFinder.segmentMarks.contains(w) { return true }
        // "on Oct. 4, 2011, Feb. 4, 2012, and July 19, 2012": a comma inside a date or between
        // two listed dates separates no clauses.
        if w == "," { return !isDateComma(k) }
        // "March 9 - The Netherlands said ...": the dash after a timeline entry's date.
        if w == "-" || w == "\u{2013}" { return times.contains { $0.words.lowerBound == 0 && $0.words.upperBound == k } }
        if w == "that", isDemonstrative(k) { return false }
        // "since Saturday", "after March 1": a preposition before a date opens no clause.
        return EventFinder.segmentWords.contains(w) && !isAdverbialSince(k)
            && !(times.contains { $0.words.contains(k) || $0.words.lowerBound == k + 1 })
            && !opensPrepositionalPhrase(k)
            // "slipped away from the hotel before dawn on Monday": before a part of the day.
            && !(EventFinder.dayPartWords.contains(s.lower(k + 1)) && s.lower(k, isEither: "before", or: "after"))
    }

    /// Parts of the day after which "before" or "after" is a preposition ("before dawn").
    static let dayPartWords: WordSet = ["dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall", "midnight", "noon", "midday"]

    /// Whether "that" at `k` points at a noun ("condemning that attack, on April 12", "in that
    /// case", "that year") rather than opening a clause ("said that troops had left"): after a
    /// preposition, before a time noun, or before one lower-case word that ends the phrase.
    func isDemonstrative(_ k: Int) -> Bool {
        guard k + 1 < s.count, !s[k + 1].isPunct, !s[k + 1].isCapitalized else { return false }
        let next = s.lower(k + 1)
        if WordClass.determiners.contains(next) || s.has(k + 1, .pronoun) || WordClass.auxiliaries.contains(next) { return false }
        if k >= 1, s.has(k - 1, .preposition) { return true }
        if s.has(k + 1, .temporalWord) { return true }
        // "said that officials in Damascus had left": after a reporting verb, a clause.
        if k >= 1, s.has(k - 1, .reportingVerb) || WordClass.reportingVerbs.contains(s.lower(k - 1)) { return false }
        return k + 2 >= s.count || [",", ".", ";"].contains(s.lower(k + 2)) || s.has(k + 2, .preposition) && s.lower(k + 2) != "to"
    }

    /// "after a tournament in Amsterdam in the summer of 1976": "after" or "before" a noun
    /// phrase with no verb of its own is a preposition, not a clause ("after the council voted"
    /// is a clause). "since" and "until" phrases bound a span and stay apart.
    func opensPrepositionalPhrase(_ k: Int) -> Bool {
        guard ["after", "before"].contains(s.lower(k)), k + 1 < s.count,
              WordClass.determiners.contains(s.lower(k + 1)) || s[k + 1].isNumber else { return false }
        var j = k + 1
        while j < s.count, j <= k + 7, !s[j].isPunct {
            let w = s.lower(j)
            if WordClass.auxiliaries.contains(w) || WordClass.irregularPast.contains(w) || w.hasSuffix("ed") && w.count > 3
                || lexicon.triggerForms[w] != nil && !mentions.contains(where: { $0.span.contains(j) }) { return false }
            j += 1
        }
        return true
    }

    /// A comma inside a time expression ("Oct. 4, 2011") or between two of them, optionally
    /// before "and"/"or" ("Oct. 4, 2011, and Feb. 4, 2012").
    func isDateComma(_ k: Int) -> Bool {
        let ts = times
        if ts.isEmpty { return false }
        if ts.contains(where: { $0.words.lowerBound < k && k < $0.words.upperBound }) { return true }
        guard ts.contains(where: { $0.words.upperBound == k }) else { return false }
        let next = ["and", "or"].contains(s.lower(k + 1)) ? k + 2 : k + 1
        return ts.contains { t in
            (t.words.lowerBound == next || (t.words.lowerBound == next + 1 && ["on", "in"].contains(s.lower(next))))
                && !opensClause(after: t.words.upperBound)
        }
    }

    /// "On Friday a text drafted by the United States ... was struck down": a determiner right
    /// after an opening time starts the subject.
    func opensNounPhrase(at k: Int) -> Bool {
        ["a", "an", "the", "its", "their", "his", "her", "this", "these", "both"].contains(s.lower(k))
    }

    /// "..., and earlier this month Gen. Yanez disowned him": a subject right after a date
    /// makes the date the opening of a new clause, not the next item of a list of dates.
    func opensClause(after k: Int) -> Bool {
        mentions.contains { $0.start == k && $0.actor >= 0 && $0.kind != .pronoun || $0.start == k && $0.kind == .pronoun && ["he", "she", "they", "it", "we", "i"].contains($0.head ?? "") }
    }

    /// `isSegmentBoundary(k)`, worked out once per word: `segmentStart` and `segmentEnd` walk
    /// over the same words for every trigger and date of the sentence.
    func segmentBoundary(_ k: Int) -> Bool {
        segmentBoundaries.value(k, count: s.count) { isSegmentBoundary(k) }
    }

    func segmentStart(_ i: Int) -> Int {
        var j = i - 1
        while j >= 0 { if segmentBoundary(j) { return j + 1 }; j -= 1 }
        return 0
    }

    func segmentEnd(_ i: Int) -> Int {
        var j = i
        while j < s.count {
            if segmentBoundary(j) {
                // "flew one of Moscow's warplanes, the MiG-25 interceptor, to Japan on Monday":
                // an appositive noun phrase between commas does not end the clause.
                if s.lower(j) == ",", let close = appositiveClose(after: j) { j = close + 1; continue }
                return j
            }
            j += 1
        }
        return s.count
    }

    /// The comma closing an apposition that describes the noun before the comma at `comma`
    /// ("Umno, the party he led for 22 years, on ..."): a noun phrase opened by a determiner, up
    /// to the next comma within 13 words. Looser than `appositiveClose`, which a clause's end
    /// skips: this one may hold a relative clause and a time of its own. Nil when none is set off.
    func describingAppositionClose(after comma: Int) -> Int? {
        guard s.lower(comma) == ",", ["the", "a", "an", "his", "her", "its", "their"].contains(s.lower(comma + 1)),
              let close = (comma + 2..<min(s.count, comma + 14)).first(where: { [",", ".", ";", ":"].contains(s.lower($0)) }),
              s.lower(close) == "," else { return nil }
        return close
    }

    /// The comma closing a noun-phrase appositive that opens after the comma at `j` ("the MiG-25
    /// interceptor,"): it opens with a determiner, has no verb, clause word or trigger, and is short.
    func appositiveClose(after j: Int) -> Int? {
        // ", the MiG-25 interceptor,", ", southwest of London,", ", near the border,"
        let first = s.lower(j + 1)
        let direction = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"].contains(first) && s.lower(j + 2) == "of"
        // "at Hakodate, Japan, in September": a country naming where the place before it is.
        if let m = mentions.first(where: { $0.start == j + 1 && $0.entry?.kind == .country }), s.lower(m.end) == "," { return m.end }
        // ", on St. Lawrence Island,", ", in the Chukotka region,": a place set off by commas.
        let place = ["on", "in", "at", "off", "along", "inside"].contains(first) && (s[j + 2].isCapitalized || s.lower(j + 2) == "the")
        guard ["the", "a", "an", "near", "outside"].contains(first) || direction || place else { return nil }
        var k = j + 2
        while k < s.count, k < j + 10 {
            let w = s.lower(k)
            if w == "," { return k > j + 2 ? k : nil }
            if s[k].isPunct || WordClass.auxiliaries.contains(w) || WordClass.reportingVerbs.contains(w) || WordClass.clauseOpeners.contains(w)
                || lexicon.triggerForms[w] != nil || w.hasSuffix("ed") || times.contains(where: { $0.words.contains(k) }) { return nil }
            k += 1
        }
        return nil
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
