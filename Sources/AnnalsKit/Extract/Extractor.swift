import Foundation
/// Turns an article into actors, roles, events and relations. A pure function of the
/// article and the lexicon: no database, no clock, no shared state, so ingest can run it
/// on every core.
///
/// ```swift
/// let article = Article(published: CalendarDay(2012, 7, 19),
///                       text: "Russia and China on Thursday vetoed a U.N. Security Council resolution.")
/// let x = Extractor().extract(article)
/// x.events.filter { $0.type == "veto" }.count   // 2: one veto per member
/// x.events.first?.date.text                      // "2012-07-19"
/// ```
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    /// Set ANNALS_DEBUG=1 to print the candidates and mentions of each sentence (development aid).
    static let debug = ProcessInfo.processInfo.environment["ANNALS_DEBUG"] != nil

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    public func extract(_ article: Article) -> Extraction {
        var x = Extraction()
        let utf8 = Array(article.text.utf8)
        x.sentences = SentenceSplitter.split(article.text)
        // Words and mentions per sentence.
        var inQuote = false
        var words: [SentenceWords] = []
        words.reserveCapacity(x.sentences.count)
        for (n, sentence) in x.sentences.enumerated() {
            // A paragraph break closes any quote left open.
            if Extractor.opensParagraph(n, x.sentences, utf8) { inQuote = false }
            words.append(SentenceWords(index: n, sentence: sentence, article: article.text, utf8: utf8, flags: lexicon.wordFlags, quoteDepth: &inQuote))
        }
        var coref = Coreference()
        coref.givenNames = lexicon.givenNames
        coref.givenNameGenders = lexicon.givenNameGenders
        coref.familyNamesFirst = lexicon.familyNamesFirst
        coref.personHeads = lexicon.personHeads
        var mentions = coref.resolve(words.map { MentionFinder(lexicon: lexicon, s: $0).find() }, words: words)
        // Identity the text states ("identified himself as ..."), then descriptions that fit one named person.
        for link in Identification.links(words, mentions) where link.described >= 0 && link.named >= 0 && coref.canonical(link.described) != coref.canonical(link.named) {
            let named = coref.canonical(link.named)
            coref.merge(coref.canonical(link.described), into: named)
            if link.claimed { coref.actors[named].hedge = coref.actors[named].hedge ?? .claimed }
        }
        let predicative = Set(zip(words, mentions).flatMap { sw, ms in
            ms.filter { m in m.kind == .unnamed && m.actor >= 0 && (WordClass.beForms.contains(sw.lower(m.start - 1)) || Extractor.predicateVerbs.contains(sw.lower(m.start - 1))) }
                .map { coref.canonical($0.actor) }
        })
        coref.linkDescriptions(predicative: predicative)
        coref.bridge(mentions)
        let headers = Extractor.headerLines(words, x.sentences, utf8)
        let headerSet = Set(headers)
        coref.linkSectionHeads(mentions, headers: headers) { Extractor.opensParagraph($0, x.sentences, utf8) }
        coref.linkIntroductions(mentions, words: words, titles: lexicon.titles) { Extractor.opensParagraph($0, x.sentences, utf8) }
        coref.linkGenericDescriptions(mentions, titles: lexicon.titles)
        coref.linkKnownAs(mentions, words: words)
        coref.canonicalize(&mentions)
        // Time expressions, by sentence, as word spans.
        // Dates only matter where an event may be: tag the sentences that hold a trigger word,
        // and only when the event finder asks (most sentences never get that far).
        let tagger = TemporalTagger(anchor: article.published)
        // A sentence may be asked for its dates more than once with the same reference (by the
        // story-year rules, the event finder, date continuations): it is tagged once per
        // reference (`SentenceTagging`).
        // A story filed under a dateline a day or more before the paper came out counts its
        // "today" and "yesterday" from the dateline's day.
        let filedOn = Extractor.datelineDays(x.sentences, utf8: utf8, tagger: tagger, published: article.published)
        let tagging = SentenceTagging(tagger: tagger, sentences: x.sentences, filedOn: filedOn)
        let sentenceDay = { (n: Int) -> CalendarDay? in filedOn[n] ?? article.published }
        let lastDates = LazyValues<TemporalValue>(count: x.sentences.count)
        let sentences = x.sentences
        // Read only when a sentence asks (most never do).
        var lookbackRead: Int??
        func lookback() -> Int? {
            if let known = lookbackRead { return known }
            let year = Extractor.lookbackYear(words.prefix(Extractor.lookbackReach), title: article.title, published: article.published)
            lookbackRead = .some(year)
            return year
        }
        // The last date sentence `k` places, its own anaphoric phrases counted from the sentences
        // before ("On Oct. 18 ... A week later ... The same day ... A day earlier").
        func lastDate(_ k: Int) -> TemporalValue? {
            lastDates.value(k) { tagging.tagDated(k, reference: reference(before: k, chain: true)).last }
        }
        // Each sentence's dates read on their own (no reference), for `storyYear`: those that
        // tell a time of the story, leaving out distances from a date told before, years that
        // name things or bound spans, and months or days without a year.
        let toldDates = LazyValues<[TimeExpression]>(count: x.sentences.count)
        func told(_ k: Int) -> [TimeExpression] {
            toldDates.value(k) {
                tagging.tagDated(k, reference: nil).found.filter { t in
                    t.type == .date && t.date?.start != nil && !Extractor.countsFromToldDate(t.text)
                        && Extractor.tellsStoryTime(t, in: sentences[k].text) && !Extractor.isYearless(t.text)
                }
            } ?? []
        }
        // Whether sentence `k` tells a time near publication (a weekday, "last week", a date this
        // year or last).
        // A day and month that only a weekday placed ("Friday 19 July") counts when it lies
        // within weeks of publication: months back, the weekday may fit the story's year as well.
        func nearPublication(_ k: Int) -> Bool {
            guard let anchor = article.published else { return false }
            return told(k).contains { t in
                let d = t.date!.start!
                guard d.year >= anchor.year - 1 else { return false }
                return Extractor.namesYear(t.text) || !Extractor.mayNeedYear(t.text) || anchor.dayNumber - d.dayNumber <= Extractor.weekdayDateReach
            }
        }
        // "In the autumn of 1956 ... \n\n On 13 October, the Council ...": in a history piece a
        // paragraph goes on in the year the story was last told in: the latest date before it
        // that names its year (or counts years back: "Sixty years ago today"), when that lies two
        // or more years before publication (see `TemporalScanner.narrativeYear`) and nothing told
        // in the `storyYearReach` sentences before brings the story near publication.
        func storyYear(before n: Int) -> TemporalValue? {
            var year: Int?
            for k in stride(from: n - 1, through: max(0, n - Extractor.storyYearReach), by: -1) {
                if nearPublication(k) { return nil }
                if year == nil, let t = told(k).last(where: { Extractor.namesYear($0.text) }) { year = t.date!.start!.year }
            }
            return year.map { .year($0) }
        }
        // "the following day", "that July": from the last date an earlier sentence placed; a
        // story told in a past year ("came in 1976. ... on Sept. 6") goes on in that year
        // (`storyYear`), unless the sentence itself tells a time near publication.
        // A sentence that only passes the date on (`chain`) takes it whatever it holds; one tagged
        // for its own dates needs it only when it names a month or season without a year.
        func reference(before n: Int, chain: Bool = false) -> TemporalValue? {
            guard Extractor.hasAnaphoricTime(sentences[n].text) else {
                guard n >= 1, chain || Extractor.mayNeedYear(sentences[n].text) else { return nil }
                // "- 3 April: Resolution 502 adopted" under "FACT BOX: THE 1982 COUNCIL RECORD": a
                // list entry goes on in the year its heading names, however near publication.
                if Extractor.isBulleted(words[n]), let year = Extractor.headingYear(before: n, words: words, sentences: sentences, tagger: tagger) {
                    return year
                }
                // "1998 / March 31 - the Security Council bans ...": a timeline's entries go on in
                // the year of the section heading above them.
                if let year = Extractor.yearHeading(before: n, words: words, sentences: sentences, utf8: utf8) { return year }
                // A paragraph under a heading line goes on from the date the heading gives
                // ("March 18 / Gunmen open fire on worshippers leaving Friday prayers").
                let underHeading = headerSet.contains(n - 1)
                let placed = (Extractor.opensParagraph(n, sentences, utf8) && !underHeading ? storyYear(before: n) : lastDate(n - 1) ?? storyYear(before: n))
                    ?? lookback().map { .year($0) }
                // "Forty years on ... the council adopted Resolution 505 on 26 May": in a piece
                // that looks back a number of years, a month and day near publication's fall in
                // the year it looks back to.
                if let y = placed?.year, let anchor = article.published, y >= anchor.year - 1, let lookback = lookback() { return .year(lookback) }
                // Only a past year needs the check (read last: it tags the sentence on its own).
                guard let placed, let anchor = article.published, let y = placed.year, y <= anchor.year - 2 else { return placed }
                if y == lookback() { return placed }
                return nearPublication(n) ? nil : placed
            }
            for k in stride(from: n - 1, through: max(0, n - 4), by: -1) {
                if let v = lastDate(k) { return v }
            }
            return nil
        }
        // One table and one closure for the article's sentences (a closure per sentence put a
        // context of a few hundred bytes on the heap for each).
        let timeTable = SentenceTimes.Table(count: words.count) { n in
            let sw = words[n]
            guard sw.words.contains(where: { !$0.flags.isDisjoint(with: [.triggerStart, .hyphen, .followVerb, .partyMember, .leadVerb]) }) else { return [] }
            // No digit and no date word: the tagger would find nothing dated, under any reference.
            guard Extractor.mayHoldDate(sw, utf8) else { return [] }
            var found: [(words: Range<Int>, date: EventDate)] = []
            let base = sw.range.lowerBound
            let tagged = tagging.tagDated(n, reference: reference(before: n)).found
            // "In April, two diplomats announced at a news conference held after midnight":
            // a clock time with no day of its own is on the day the sentence tells, not the
            // publication day, so a date beside it governs.
            let dated = tagged.contains { $0.type == .date && $0.date != nil }
            for t in tagged {
                guard let d = t.date, t.type == .date || t.type == .time && !(dated && Extractor.isBareClockTime(t.text)) else { continue }
                let r = (t.range.lowerBound + base)..<(t.range.upperBound + base)
                // The first and last words the expression overlaps (no array of them built).
                if let a = sw.words.indices.first(where: { sw[$0].range.overlaps(r) }),
                   let b = sw.words.indices.last(where: { sw[$0].range.overlaps(r) }) {
                    found.append((a..<(b + 1), d))
                }
            }
            return EventFinder.datingTimes(found, in: sw)
        }
        let times = words.indices.map { SentenceTimes(table: timeTable, index: $0) }
        // Quote speakers, then events.
        let speakers = Speakers.find(words, mentions, coref.actors)
        let defectionStory = words.contains { sw in sw.words.indices.contains { Extractor.tellsDefection(sw, at: $0) } }
        var candidates: [EventCandidate] = []
        for (n, sw) in words.enumerated() {
            let finder = EventFinder(lexicon: lexicon, s: sw, mentions: mentions[n], timeSource: times[n],
                                     actors: coref.actors, speaker: speakers[n], published: sentenceDay(n),
                                     pluralAntecedent: n >= 1 && mentions[n].contains { $0.kind == .pronoun && $0.isPlural }
                                        ? Extractor.lastNamedList(words[n - 1], mentions[n - 1], actors: coref.actors) : [],
                                     countedAntecedent: mentions[n].contains { $0.kind == .unnamed && $0.isPlural && ($0.count ?? 0) >= 2 }
                                        ? Extractor.recentNamedList(before: n, words: words, mentions: mentions, actors: coref.actors) : [],
                                     defectionStory: defectionStory,
                                     draftJustTold: (max(0, n - 3)...n).contains { k in words[k].words.contains { $0.flags.contains(.resolutionNoun) } })
            var found = finder.find()
            let follows = sw.words.contains { $0.flags.contains(.followVerb) }
            let relative = sw.words.contains { $0.flags.contains(.relativePronoun) }
            if follows || relative {
                // The latest act of one of `kinds` before word `k`: in this sentence, else in the
                // two before. (Scoped here: a copy of `candidates` still alive when it grows below
                // would make each append copy the whole array.)
                let before = candidates
                // (A local function, not a closure value: its captures need no context on the heap.)
                func latest(_ k: Int, _ kinds: Set<String>, _ told: [EventCandidate]) -> EventCandidate? {
                    told.last(where: { $0.words.upperBound <= k && kinds.contains($0.type) })
                        ?? before.last(where: { $0.sentence >= n - 2 && kinds.contains($0.type) })
                }
                if follows {
                    let told = found
                    found += finder.followedSuit(latest: { latest($0, $1, told) })
                }
                if relative {
                    let told = found
                    found += finder.companions(latest: { latest($0, $1, told) })
                }
            }
            candidates += found
            if Extractor.debug {
                print("s\(n): \(sw.words.prefix(14).map(\.text).joined(separator: " "))")
                for c in found { print("cand s\(n) \(c.type) agents=\(c.agents) tense=\(c.tense) date=\(c.explicitDate?.text ?? "-") status=\(c.status)") }
                for m in mentions[n] { print("  m \(m.start)..<\(m.end) \(m.kind) actor=\(m.actor) «\(m.text)»") }
            }
        }
        Extractor.dateLedeVotes(&candidates, times: times, published: article.published)
        Extractor.dateVetoesByTheirFailure(&candidates)
        Extractor.dateSameMeeting(&candidates, words: words)
        Extractor.dateContinuations(&candidates, words: words, mentions: mentions, sentences: sentences, utf8: utf8, published: article.published) { k in
            tagging.tagDated(k, reference: reference(before: k)).found
                .first { $0.type == .date && $0.date.map { [.day, .week, .month, .year].contains($0.precision) } == true }?.date
        }
        Extractor.dateTimelineEntries(&candidates, words: words, sentences: x.sentences, utf8: utf8, tagger: tagger)
        Extractor.dateByDateHeads(&candidates, headers: headers, words: words, sentences: x.sentences, tagger: tagger)
        Extractor.dateBySectionHeads(&candidates, headers: headers, mentions: mentions, sentences: x.sentences, utf8: utf8, tagger: tagger)
        Extractor.dateByQuestionHeads(&candidates, words: words, sentences: x.sentences, utf8: utf8, tagger: tagger)
        Extractor.dateProposalsByTheirVote(&candidates, words: words)
        candidates.removeAll { $0.needsDate && $0.explicitDate == nil }
        Extractor.nameCountedGroups(&candidates, words: words, mentions: mentions, actors: coref.actors)
        Extractor.addCompanionGroups(&candidates, words: words, mentions: mentions, actors: coref.actors)
        candidates += ListBoxes.candidates(words, mentions, sentences: x.sentences, utf8: utf8, tagger: tagger, lexicon: lexicon)
        Extractor.vetoesInTallies(&candidates, words: words, mentions: mentions, actors: coref.actors, lexicon: lexicon)
        Extractor.dropVetoedTallies(&candidates)
        Extractor.dropSponsorsToldBefore(&candidates, mentions: mentions, actors: coref.actors)
        Extractor.retypeAlsoResigned(&candidates, words: words, actors: coref.actors)
        Denials.apply(to: &candidates, words)
        Unconfirmed.apply(to: &candidates, words)
        let merged = EventMerger(lexicon: lexicon, article: article, actors: coref.actors, mentions: mentions,
                                 headline: Extractor.headline(x.sentences, title: article.title))
            .merge(candidates, coref: coref)
        var assembler = Assembler(lexicon: lexicon, article: article, words: words, mentions: mentions, coref: merged.coref ?? coref)
        assembler.filedOn = filedOn
        // "Fifty years ago today, the Assembly voted": in a piece that looks back, what it tells
        // undated happened before the day it looks back to, not before publication.
        if let y = lookback(), let pub = article.published {
            assembler.storyDay = CalendarDay(y, pub.month, pub.month == 2 ? min(pub.day, 28) : pub.day)
        }
        return assembler.assemble(into: x, events: merged.events)
    }
}

extension Extractor {
    /// Words after which a description says what the subject is ("became a defector", "served
    /// as an envoy"), as after a form of "be".
    static let predicateVerbs: WordSet = ["as", "became", "become", "becomes", "remains", "remained", "seemed", "seems"]

    /// Openings of time phrases that count from a date told before ("the following day",
    /// "that July", "later that year"), and the marks of a clock time, which is on the day told
    /// before ("At around 3 p.m.").
    static let anaphoricTimeOpeners: [[UInt8]] = ["the following ", "the next ", "the previous ", "the preceding ", "the same ", "the day after ", "the day before ", "p.m.", "a.m.", "that "]
        .map { Array($0.utf8) }
    /// Ends of a counted distance in time from the date told before ("two years earlier").
    static let countedDistanceEnds: [[UInt8]] = ["earlier", "later", "before that", "after that"].map { Array($0.utf8) }
    static let countedDistanceUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
    /// Words that, after "that", make a time phrase ("that day", "that July").
    static let thatTimeWords: Set<String> = ["day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                                             "spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april",
                                             "may", "june", "july", "august", "september", "october", "november", "december"]

    /// Words one of which is in every expression a narrative year can place (a month, a season,
    /// a quarter or half without a year): a sentence with none needs no reference, and is not
    /// worth tagging the sentences before it for.
    static let yearlessWords: [String] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                                          "spring", "summer", "autumn", "fall", "winter", "Spring", "Summer", "Autumn", "Fall", "Winter",
                                          "quarter", "half"]

    static let yearlessPhrases = UTF8Bytes.Phrases(yearlessWords)

    /// Whether word `k` of `s` speaks of defection: "defect", "defector", "asylum", "deserted",
    /// or members who "went missing" (as athletes who leave a delegation abroad are told).
    /// An article with one such word is a defection story (`EventFinder.defectionStory`).
    static func tellsDefection(_ s: SentenceWords, at k: Int) -> Bool {
        let w = s.lower(k)
        // Every word tested below has five bytes or more and starts with one of
        // `defectionFirstBytes`; a shorter word, or one that starts with another ASCII byte, is
        // none of them (an ASCII scalar starts its own character, and no other spelling of these
        // words is canonically equivalent). Most words stop here.
        if w.utf8.count < 5 { return false }
        if let first = w.utf8.first, first < 0x80, !defectionFirstBytes.contains(first) { return false }
        if w.hasPrefixQuick("defect") || w == "asylum" || w.hasPrefixQuick("desert") && w != "desert" && w != "deserts" { return true }
        // "crossed the floor", "switched parties", "changed sides": a story of people who
        // changed allegiance, told without the word. (Not "stayed behind": a dancer who stayed
        // behind in Vienna after a tour may only have stayed on.)
        if w == "floor", k >= 2, ["crossed", "cross", "crosses", "crossing"].contains(s.lower(k - 2)) { return true }
        if ["sides", "parties", "allegiance"].contains(w), k >= 1, ["switched", "switch", "switches", "switching", "changed", "change", "changes", "changing"].contains(s.lower(k - 1)) { return true }
        return w == "missing" && k > 0 && ["went", "gone", "go", "goes", "going"].contains(s.lower(k - 1))
    }

    /// The first bytes of the words `tellsDefection` reads at `k`: "defect...", "desert...",
    /// "asylum", "floor", "sides", "parties", "allegiance", "missing".
    static let defectionFirstBytes = ByteSet(Array("dafspm".utf8))

    /// How many days before publication a weekday-placed date ("Friday 19 July") still tells a
    /// time near publication.
    static let weekdayDateReach = 45

    static func mayNeedYear(_ text: String) -> Bool {
        yearlessPhrases.anyIn(text) ?? yearlessWords.contains { text.contains($0) }
    }

    /// Whether `text` holds a time phrase that counts from an earlier date; checked on bytes,
    /// since most sentences hold none.
    static func hasAnaphoricTime(_ text: String) -> Bool {
        let bytes = UTF8Bytes.lowercased(text)
        guard bytes.count > 8 else { return false }
        // One pass over the word starts (the start or after a space): every phrase starts a word.
        return bytes.withUnsafeBufferPointer { b in
            for i in b.indices where i == 0 || b[i - 1] == 0x20 {
                // "Two years earlier", "three days later", "six days before that": a distance from
                // the date told before. Only after one of those endings is the unit before it read.
                if i >= 1 {
                    for end in countedDistanceEnds where b[i] == end[0] && i + end.count <= b.count && b[i..<(i + end.count)].elementsEqual(end) {
                        var j = i - 1
                        while j > 0, b[j - 1] != 0x20 { j -= 1 }
                        if countedDistanceUnits.contains(String(decoding: b[j..<(i - 1)], as: UTF8.self)) { return true }
                    }
                }
                for (n, opener) in anaphoricTimeOpeners.enumerated()
                where b[i] == opener[0] && i + opener.count <= b.count && b[i..<(i + opener.count)].elementsEqual(opener) {
                    if n < anaphoricTimeOpeners.count - 1 { return true }
                    // "that" + a time word.
                    var j = i + opener.count
                    while j < b.count, (0x61...0x7A).contains(b[j]) { j += 1 }
                    if thatTimeWords.contains(String(decoding: b[(i + opener.count)..<j], as: UTF8.self)) { return true }
                }
            }
            return false
        }
    }

    /// "Two members of Cuba's team slipped out of the hotel ... Outfielder X, 24, and pitcher Y,
    /// 27, were missing": a counted group that defected is the named people the next sentences
    /// open with, or its own sentence names in apposition, when there are exactly as many of
    /// them, joined by "and". Leaders named right after ("The group was led by X and Y")
    /// defected with it.
    static func nameCountedGroups(_ candidates: inout [EventCandidate], words: [SentenceWords], mentions: [[Mention]], actors: [Coreference.Actor]) {
        for n in candidates.indices where candidates[n].type == "defection" && candidates[n].agents.count == 1 {
            let g = candidates[n].agents[0]
            guard g < actors.count, !actors[g].isNamed, actors[g].isPlural else { continue }
            let sn = candidates[n].sentence
            // "Fourteen Bengali members ... resigned. The group was led by X and Y": the leaders
            // named right after defected with it.
            if sn + 1 < words.count, case let s = words[sn + 1], s.count > 6,
               let by = (2..<min(s.count - 1, 7)).first(where: { s.lower($0) == "by" && ["led", "headed"].contains(s.lower($0 - 1)) }),
               ["group", "delegation", "diplomats", "defectors", "they", "men"].contains(where: { w in (0..<by).contains { s.lower($0) == w } }) {
                let leaders = mentions[sn + 1].filter { $0.start > by && $0.kind == .person && $0.actor >= 0 && actors[$0.actor].isNamed }.map(\.actor).uniqued()
                if (1...3).contains(leaders.count), !candidates.contains(where: { $0.type == "defection" && $0.status == .asserted && !Set($0.agents).isDisjoint(with: leaders) }) {
                    candidates[n].agents += leaders
                    continue
                }
            }
            guard let count = candidates[n].agentCounts[g] ?? actors[g].count, (2...5).contains(count) else { continue }
            // "two members of the High Commission, a second secretary, X, and an assistant press
            // attache, Y, announced": the group's own sentence names them in apposition.
            if let gm = mentions[sn].first(where: { $0.actor == g }) {
                let s = words[sn]
                // (Up to the group's verb: the first auxiliary, reporting verb or past form.)
                let stop = (gm.end..<s.count).first { k in WordClass.auxiliaries.contains(s.lower(k)) || s.has(k, .reportingVerb)
                    || EventFinder.isPastForm(s.lower(k)) && !mentions[sn].contains { $0.span.contains(k) } } ?? s.count
                let people = mentions[sn].filter { $0.start > gm.end && $0.end <= stop && $0.kind == .person && $0.actor >= 0 && actors[$0.actor].isNamed }
                let ids = people.map(\.actor).uniqued()
                if ids.count == count, s.lower(gm.end) == "," || s.lower(gm.end) == "in" || s.lower(gm.end) == "at",
                   let last = people.last, s.lower(last.end) == ",", (people[people.count - 2].end..<last.start).contains(where: { s.lower($0) == "and" }) {
                    candidates[n].agents = ids
                    candidates[n].agentCounts[g] = nil
                    continue
                }
            }
            for k in (sn + 1)...(sn + 2) where k < words.count {
                let people = mentions[k].filter { $0.kind == .person && $0.actor >= 0 && actors[$0.actor].isNamed }
                let ids = people.map(\.actor).uniqued()
                guard ids.count == count, let first = people.first, first.start <= 3,
                      let last = people.last, (people[people.count - 2].end..<last.start).contains(where: { words[k].lower($0) == "and" }),
                      !candidates.contains(where: { $0.type == "defection" && !Set($0.agents).isDisjoint(with: ids) }) else { continue }
                candidates[n].agents = ids
                for id in ids { candidates[n].agentCounts[id] = nil }
                break
            }
        }
    }

    /// "The defections came a day after X quit ... Libya's ambassador to India, Y, has also
    /// resigned": a resignation told with "also" right after defections is one more of them.
    /// "Libya's ambassador to India, Y, has resigned" in a story of defections: a named diplomat who
    /// resigns while others defect defects too (diplomats seldom resign in public otherwise).
    static func retypeAlsoResigned(_ candidates: inout [EventCandidate], words: [SentenceWords], actors: [Coreference.Actor]) {
        guard let d = candidates.first(where: { $0.type == "defection" })?.trigger else { return }
        let defections = candidates.filter { $0.type == "defection" && $0.status == .asserted }.map(\.sentence)
        let diplomat = { (id: Int) in
            actors[id].kind == .person && actors[id].isNamed && actors[id].roles.contains { r in EventMerger.envoyHeads.contains(r.head.lowercased()) || r.head.lowercased() == "diplomat" }
        }
        for n in candidates.indices where candidates[n].type == "resignation" && candidates[n].status == .asserted {
            let s = words[candidates[n].sentence], i = candidates[n].words.lowerBound
            let also = i >= 1 && (s.lower(i - 1) == "also" || i >= 2 && s.lower(i - 2) == "also" && ["has", "had", "have"].contains(s.lower(i - 1)))
            let envoy = defections.count >= 2 && !candidates[n].agents.isEmpty && candidates[n].agents.allSatisfy(diplomat)
            // "The Gambia's Vice-President, Isatou Njie-Saidy, resigned on Wednesday", in a story
            // that tells a defection (asserted or not): a member of the government who quits it
            // while others break away leaves the regime (GUIDELINES: "left a government ... or
            // regime"). Not the leader quitting, not "his departure" (which looks back at an act
            // told before), and not a person already told defecting.
            // (Nor a leaving to come: "once President Reagan leaves office on Jan. 20".)
            let toCome = [.future, .infinitive, .gerund].contains(candidates[n].tense)
                || candidates[n].tense == .present && (max(0, i - 8)..<i).contains { ["once", "when", "until", "till", "if", "unless", "before", "after"].contains(s.lower($0)) }
            let crisis = candidates.contains { $0.type == "defection" && $0.sentence != candidates[n].sentence } && candidates[n].trigger.phrase != ["departure"]
                && !toCome && !resignsAsLeader(s, after: candidates[n].words.upperBound)
                // ("Eden resigned in January 1957, citing his health": a private reason is no break.)
                && !(candidates[n].words.upperBound..<s.count).contains { k in
                    Extractor.privateReasons.contains(s.lower(k)) || s.lower(k) == "reasons" && ["family", "personal"].contains(s.lower(k - 1))
                }
                && !candidates[n].agents.isEmpty && candidates[n].agents.allSatisfy { id in
                    actors[id].kind == .person && !actors[id].roles.contains(where: leadsGovernment)
                        && !candidates.contains { $0.type == "defection" && $0.agents.contains(id) }
                }
            guard also && defections.contains(where: { (candidates[n].sentence - 2)...candidates[n].sentence ~= $0 }) || envoy || crisis else { continue }
            candidates[n].type = "defection"
            candidates[n].trigger.cameo = d.cameo
            candidates[n].trigger.plover = d.plover
        }
    }

    /// Reasons for resigning that leave no side ("citing his health", "to retire"; also "for
    /// family reasons", "personal reasons", read where they are used).
    static let privateReasons: WordSet = ["health", "ill-health", "illness", "retirement", "retire"]

    /// Heads of titles whose holder leads a government or an international mission: their
    /// resignation ends the regime or the mission, it does not leave it.
    static let leaderHeads: WordSet = ["president", "premier", "king", "queen", "chancellor", "emperor", "monarch", "dictator", "envoy", "mediator", "secretary-general"]

    /// "the president", "Prime Minister X", not "the vice-president".
    static func leadsGovernment(_ role: RoleInfo) -> Bool {
        let title = role.title.lowercased()
        return title.contains("prime minister") || leaderHeads.contains(role.head.lowercased()) && !title.contains("vice")
    }

    /// "Kofi Annan has resigned as envoy": the title right after the resignation is a leader's.
    static func resignsAsLeader(_ s: SentenceWords, after end: Int) -> Bool {
        guard s.lower(end) == "as" else { return false }
        return (end + 1..<min(s.count, end + 4)).contains { leaderHeads.contains(s.lower($0)) } || s.lower(end + 1) == "prime" || s.lower(end + 2) == "prime"
    }

    /// A tally read as an adoption ("The text won 13 votes") is no adoption when a veto or a
    /// failure is told in its sentence or the two after, or when the sentence also tells the
    /// adoption in words.
    static func dropVetoedTallies(_ candidates: inout [EventCandidate]) {
        let council: Set<String> = ["veto", "resolution_failed"]
        let all = candidates
        candidates.removeAll { c in
            c.isTally && all.contains { o in
                (council.contains(o.type) && (c.sentence...(c.sentence + 2)).contains(o.sentence))
                    || (o.type == "resolution_adopted" && !o.isTally && o.sentence == c.sentence)
            }
        }
    }

    /// Words before a place that make it a setting, not the actor a sentence is about.
    static let settingPrepositions: Set<String> = ["in", "at", "from", "to", "near", "on", "into", "across", "over", "outside", "inside"]

    /// "About 90 minutes later, on Sept. 6, 1976, he brought his MiG-25 down at Hakodate.
    /// Climbing out of the cockpit, he ... asked Japanese officials for asylum": an undated act
    /// in the simple past, by the actor the sentence before is about (its first actor, not a
    /// setting), continues that sentence's story and happened at its date (the first date it
    /// tells, not after publication), when both sentences are in one paragraph (a caption's date
    /// is the photo's).
    static func dateContinuations(_ candidates: inout [EventCandidate], words: [SentenceWords], mentions: [[Mention]],
                                  sentences: [Sentence], utf8: [UInt8], published: CalendarDay?,
                                  sentenceDate: (Int) -> EventDate?) {
        var dates: [Int: EventDate?] = [:]
        // Sentence `p`'s first date, when it is not after publication (each tagged once).
        func dateOf(_ p: Int) -> EventDate? {
            if dates[p] == nil { dates[p] = sentenceDate(p) }
            guard let d = dates[p] ?? nil, let start = d.start, published.map({ start <= $0 }) ?? true else { return nil }
            return d
        }
        for n in candidates.indices where candidates[n].explicitDate == nil && !candidates[n].undatedPast
            && (candidates[n].tense == .past || candidates[n].tense == .nominal && councilActTypes.contains(candidates[n].type))
            && !candidates[n].anaphoric && !candidates[n].followsPrevious && candidates[n].sentence >= 1 {
            let sn = candidates[n].sentence, p = sn - 1
            guard !opensParagraph(sn, sentences, utf8) else { continue }
            // "On Monday, Oct. 16, another Russian draft was put to a vote. It won only four
            // votes": "It" opening the sentence is the draft the sentence before is about.
            let w = candidates[n].words.lowerBound
            if candidates[n].type.hasPrefix("resolution_"), w >= 1, w <= 2, words[sn].lower(0) == "it",
               (0..<min(words[p].count, 10)).contains(where: { Lexicon.resolutionNouns.contains(words[p].lower($0)) }) {
                if let d = dateOf(p) { candidates[n].explicitDate = d }
                continue
            }
            // "The day after the invasion began, the council voted on an American-Albanian draft
            // ... Russia vetoed it": a veto of "it" is cast at the vote the sentence before tells.
            // So is one after "the council rejected a US text on Friday": the failure's day.
            if candidates[n].type == "veto", words[sn].lower(candidates[n].words.upperBound) == "it",
               words[p].words.contains(where: { $0.flags.contains(.resolutionNoun) }) {
                if let failed = candidates.first(where: { $0.sentence == p && $0.type == "resolution_failed" && $0.explicitDate != nil }) {
                    candidates[n].explicitDate = failed.explicitDate
                    continue
                }
                if words[p].words.indices.contains(where: { ["voted", "voting"].contains(words[p].lower($0)) || words[p].lower($0) == "vote" && words[p].lower($0 - 2) == "to" }) {
                    if let d = dateOf(p) { candidates[n].explicitDate = d }
                    continue
                }
            }
            // "The last time a text came to a vote, on Jan. 12, 2007, it did not survive. China
            // and Russia vetoed an American draft": a veto told right after a dated vote on a
            // draft is cast at that vote.
            // (Only a vote the sentence before says failed: "The resolution passed on Monday.
            // Russia had vetoed two drafts" are other votes.)
            // (A veto of "it" is read above, by the failure the sentence before tells.)
            if candidates[n].type == "veto", candidates[n].count == 1, words[sn].lower(candidates[n].words.upperBound) != "it",
               words[p].words.contains(where: { $0.flags.contains(.resolutionNoun) }),
               words[p].words.indices.contains(where: { ["vote", "voted", "voting"].contains(words[p].lower($0)) }),
               words[p].words.indices.contains(where: { ["survive", "failed", "fail", "defeated", "rejected", "killed", "fell"].contains(words[p].lower($0)) }),
               let d = dateOf(p), d.precision == .day {
                candidates[n].explicitDate = d
                continue
            }
            // "The real business was done on Tuesday. The United States put to a vote a text ...
            // Twelve members voted for it. Bolivia voted no, and Russia cast a veto": a council act
            // told after sentences that all tell one vote happened on the day the paragraph's
            // first of them is set (up to three sentences back, within the paragraph).
            // A sentence that tells a council act of its own gives that act's date, not its first
            // one ("Three days before Monday's vote, the council rejected a text"), and is left to
            // the passes that date it while the act is undated.
            // (Not "Russia vetoed a draft on Friday. That text won 11 votes": a text vetoed in the
            // sentence before was not adopted.)
            if councilActTypes.contains(candidates[n].type),
               !(candidates[n].type == "resolution_adopted" && candidates.contains { $0.sentence == p && ["veto", "resolution_failed"].contains($0.type) }) {
                let found = voteNarrativeDate(before: sn, words: words, sentences: sentences, utf8: utf8) { k in
                    if let act = candidates.first(where: { $0.sentence == k && councilActTypes.contains($0.type) }) {
                        return act.explicitDate.map { .some($0) } ?? .none
                    }
                    return .some(dateOf(k))
                }
                if let d = found {
                    candidates[n].explicitDate = d
                    continue
                }
            }
            guard candidates[n].tense == .past else { continue }
            // The subject: the first actor that opens the sentence or its main clause (after a
            // fronted adverbial), not a setting ("In Tokyo") nor an object.
            guard !candidates[n].agents.isEmpty, let about = mentions[p].first(where: { m in
                m.actor >= 0 && !(m.kind == .known && settingPrepositions.contains(words[p].lower(m.start - 1)))
            }), about.start == 0 || words[p].lower(about.start - 1) == ","
                // "Five days later the General Assembly did ...".
                || (0..<about.start).allSatisfy({ k in words[p][k].isNumber || words[p].has(k, .temporalWord) }) else { continue }
            // "..., Britain and France did something new. They vetoed ...": or the list it opens.
            var subject = [about.actor], last = about
            for m in mentions[p] where m.start >= last.end && m.actor >= 0 {
                guard joinsList((last.end..<m.start).map { words[p].lower($0) }) else { break }
                subject.append(m.actor)
                last = m
            }
            guard Set(candidates[n].agents) == Set(subject) else { continue }
            if let d = dateOf(p) { candidates[n].explicitDate = d }
        }
    }

    /// "On Monday, three drafts were not adopted because of the negative votes of France, the
    /// United Kingdom and the United States": a veto told as a noun, undated, was cast at the
    /// failure its sentence dates.
    static func dateVetoesByTheirFailure(_ candidates: inout [EventCandidate]) {
        for n in candidates.indices where candidates[n].type == "veto" && candidates[n].tense == .nominal
            && candidates[n].explicitDate == nil && !candidates[n].undatedPast {
            let sn = candidates[n].sentence
            let failures = candidates.filter { $0.sentence == sn && $0.type == "resolution_failed" && $0.explicitDate != nil }
            if failures.count == 1 { candidates[n].explicitDate = failures[0].explicitDate }
        }
    }

    /// The acts a council's vote decides.
    static let councilActTypes: Set<String> = ["veto", "resolution_adopted", "resolution_failed"]

    /// Words that show a sentence tells a vote ("voted", "abstained", "put to a vote").
    static let voteWords: Set<String> = ["vote", "votes", "voted", "voting", "abstained", "abstain", "abstentions", "ballot"]

    /// The day sentence `sn`'s undated council act took place when the sentences before it in its
    /// paragraph all tell one vote (each has a vote word) back to one that gives a day: that
    /// day. "The real business was done on Tuesday. The United States put to a vote a text ...
    /// Twelve members voted for it. ... Russia cast a veto" is Tuesday's veto. `dateOf(k)` is
    /// nil when sentence `k`'s date is not known yet (its own act is still undated), `.some(nil)`
    /// when it has none.
    static func voteNarrativeDate(before sn: Int, words: [SentenceWords], sentences: [Sentence], utf8: [UInt8],
                                  dateOf: (Int) -> EventDate??) -> EventDate? {
        var p = sn - 1
        while p >= 0, sn - p <= 3, !opensParagraph(p + 1, sentences, utf8) {
            guard let known = dateOf(p) else { return nil }
            if let d = known { return d.precision == .day ? d : nil }
            guard (0..<words[p].count).contains(where: { voteWords.contains(words[p].lower($0)) }) else { return nil }
            p -= 1
        }
        return nil
    }

    /// "Russia has vetoed a resolution ... The draft received 13 votes on Wednesday": a council
    /// act told undated in the perfect in the lede happened at the meeting the next two
    /// sentences date (a day in the week before publication).
    static func dateLedeVotes(_ candidates: inout [EventCandidate], times: [SentenceTimes], published: CalendarDay?) {
        guard let published else { return }
        let councilTypes: Set<String> = ["veto", "resolution_adopted", "resolution_failed"]
        for n in candidates.indices where councilTypes.contains(candidates[n].type) && candidates[n].explicitDate == nil
            && !candidates[n].undatedPast && candidates[n].tense == .perfect && candidates[n].sentence <= 2 {
            let sn = candidates[n].sentence
            for k in (sn + 1)...(sn + 2) where k < times.count {
                if let d = times[k].value.map(\.date).first(where: { d in
                    d.precision == .day && (d.start.map { $0 <= published && $0 >= published.adding(days: -7) } ?? false)
                }) {
                    candidates[n].explicitDate = d
                    break
                }
            }
        }
    }
}

extension Extractor {
    /// The sentence that repeats the article's title in the body (web pages print the headline
    /// above the story), if one does among the first forty.
    static func headline(_ sentences: [Sentence], title: String?) -> Int? {
        guard let title = title?.trimmingWhitespaces().lowercased(), !title.isEmpty else { return nil }
        let length = title.utf8.count
        // Lengths first: trimming and lower-casing every sentence cost a tenth of extraction.
        return sentences.prefix(40).firstIndex { s in
            abs(s.text.utf8.count - length) <= 4 && s.text.trimmingWhitespaces().lowercased() == title
        }
    }

    /// "HWANG JANG-YOP, FEBRUARY 1997": an undated act of the person a header line names, told in
    /// the paragraph under it, took place at the date the header gives after the name.
    static func dateBySectionHeads(_ candidates: inout [EventCandidate], headers: [Int], mentions: [[Mention]],
                                   sentences: [Sentence], utf8: [UInt8], tagger: TemporalTagger) {
        for h in headers {
            guard let head = mentions[h].first, head.start == 0, head.kind == .person, head.actor >= 0,
                  let d = headingDate(sentences[h], tagger: tagger) else { continue }
            var end = h + 1
            while end + 1 < sentences.count, !opensParagraph(end + 1, sentences, utf8) { end += 1 }
            for n in candidates.indices where (h + 1...end).contains(candidates[n].sentence) && candidates[n].explicitDate == nil
                && candidates[n].agents == [head.actor] && candidates[n].tense != .future && candidates[n].status == .asserted {
                candidates[n].explicitDate = d
            }
        }
    }

    /// "March 18 / Gunmen open fire ... Tourism Minister X quits the party": in a timeline whose
    /// entries are headed by a line that is only a date, that date governs the undated acts told
    /// under it, up to the next heading line. A single date line is a dateline, not a timeline,
    /// so the article must have two such headings.
    static func dateByDateHeads(_ candidates: inout [EventCandidate], headers: [Int], words: [SentenceWords],
                                sentences: [Sentence], tagger: TemporalTagger) {
        // "23 October 1956" ... "4 November": a heading without a year goes on in the year of the
        // heading before it.
        var last: TemporalValue?
        let dated: [(line: Int, date: EventDate)] = headers.compactMap { h in
            let (found, placed) = tagger.tagDated(sentences[h].text, reference: last)
            guard let t = found.first, t.type == .date, let d = t.date, d.precision != .before,
                  t.range.lowerBound == 0, t.range.upperBound >= words[h][words[h].count - 1].range.upperBound - words[h].range.lowerBound
            else { return nil }
            last = placed
            return (h, d)
        }
        guard dated.count >= 2 else { return }
        for (h, d) in dated {
            let end = headers.first { $0 > h } ?? sentences.count
            for n in candidates.indices where (h + 1..<end).contains(candidates[n].sentence) && candidates[n].explicitDate == nil
                && !candidates[n].undatedPast && candidates[n].tense != .future
                && (candidates[n].tense != .infinitive || candidates[n].status == .asserted) {
                candidates[n].explicitDate = d
            }
        }
    }

    /// The date a heading line gives (its last date expression), unless it only says "before".
    static func headingDate(_ sentence: Sentence, tagger: TemporalTagger) -> EventDate? {
        guard let d = tagger.tag(sentence.text).last(where: { $0.type == .date && $0.date != nil })?.date, d.precision != .before else { return nil }
        return d
    }

    /// "On Oct. 18 the United States voted against a draft that Brazil had written": a draft put
    /// to a dated vote was written by then, so an undated proposal of it in the same sentence is
    /// on or before the vote's day.
    /// So is one told within the next three sentences about "the text" ("The Council voted 15-0
    /// late on Saturday ... The text was put together by Britain and France").
    static func dateProposalsByTheirVote(_ candidates: inout [EventCandidate], words: [SentenceWords]) {
        let leadVote = candidates.first { councilActTypes.contains($0.type) && $0.status == .asserted }?.sentence ?? -1
        for n in candidates.indices where candidates[n].type == "resolution_proposed" && candidates[n].explicitDate == nil
            && candidates[n].status == .asserted {
            let sn = candidates[n].sentence
            let s = words[sn]
            // "Resolution 731 was adopted on 21 January 1992. Like today's resolution, it was
            // sponsored by ...": "it" just before the verb is the text the sentence before voted on.
            let w0 = candidates[n].words.lowerBound
            let definite = (0..<min(s.count, 4)).contains { k in ["the", "this", "that"].contains(s.lower(k)) && Lexicon.resolutionNouns.contains(s.lower(k + 1)) }
                || (max(0, w0 - 3)..<w0).contains { s.lower($0) == "it" }
            // "on 18 October Washington had vetoed a Brazilian draft ..., and a Russian draft had
            // failed on 16 October": of the votes in the sentence, the one nearest the draft.
            // "The text was drafted by France" after a lead and a sentence on the resolution: the
            // text is the lead's, when the lead's vote is at most three sentences before.
            // "Hours earlier, the Assembly adopted a resolution tabled by Ukraine": a vote dated by
            // the one told before it counts with that date.
            let votes: [(c: EventCandidate, date: EventDate)] = candidates.indices.compactMap { k in
                let v = candidates[k]
                guard councilActTypes.contains(v.type), v.sentence == sn || definite && (v.sentence == sn - 1 || v.sentence == leadVote && v.sentence < sn && v.sentence >= sn - 3), v.status == .asserted,
                      let d = v.explicitDate ?? (v.followsPrevious ? candidates.dayDate(before: k) : nil),
                      [.day, .week, .month].contains(d.precision) else { return nil }
                return (v, d)
            }
            let w = candidates[n].words.lowerBound
            func distance(_ v: EventCandidate) -> Int { v.sentence != sn ? 1_000 * (sn - v.sentence) : abs(v.words.lowerBound - w) }
            guard let d = votes.min(by: { distance($0.c) < distance($1.c) })?.date else { continue }
            candidates[n].explicitDate = .before(d.end, basis: d.basis)
        }
    }

    /// "What happened on Monday? / Resolution 2728 passed with 14 votes": in an explainer, a
    /// question on a line of its own dates the undated acts of the answer's first sentence.
    static func dateByQuestionHeads(_ candidates: inout [EventCandidate], words: [SentenceWords], sentences: [Sentence],
                                    utf8: [UInt8], tagger: TemporalTagger) {
        for h in words.indices where h + 1 < words.count && words[h].count >= 3 && words[h].count <= 15 && words[h].lower(words[h].count - 1) == "?"
            && opensParagraph(h, sentences, utf8) && opensParagraph(h + 1, sentences, utf8) {
            guard candidates.contains(where: { $0.sentence == h + 1 && $0.explicitDate == nil }),
                  let d = headingDate(sentences[h], tagger: tagger) else { continue }
            for n in candidates.indices where candidates[n].sentence == h + 1 && candidates[n].explicitDate == nil
                && candidates[n].tense != .future && candidates[n].status == .asserted {
                candidates[n].explicitDate = d
            }
        }
    }

    /// Lines that head a section: a paragraph of one short sentence (two to ten words) without a
    /// final full stop, question or exclamation mark, followed by another paragraph.
    static func headerLines(_ words: [SentenceWords], _ sentences: [Sentence], _ utf8: [UInt8]) -> [Int] {
        words.indices.filter { n in
            let s = words[n]
            // ("4. Jim Jeffords, 2001": a numbered heading's number is cut off as a sentence.)
            return n + 1 < words.count && s.count >= 2 && s.count <= 10 && ![".", "?", "!", ":"].contains(s.lower(s.count - 1))
                && (opensParagraph(n, sentences, utf8) || n >= 1 && isListNumber(words[n - 1]) && opensParagraph(n - 1, sentences, utf8))
                && opensParagraph(n + 1, sentences, utf8)
        }
    }

    /// Whether sentence `n` starts a paragraph: the first one, or one after a line break.
    static func opensParagraph(_ n: Int, _ sentences: [Sentence], _ utf8: [UInt8]) -> Bool {
        n == 0 || utf8[sentences[n - 1].range.upperBound..<sentences[n].range.lowerBound].contains(10)
    }

    /// Dashes and colons that end a timeline entry's date ("Feb. 2 - ", "July 19: ", "May 1990 -- ").
    static let entryDateEnds: Set<String> = ["-", "--", "\u{2013}", "\u{2014}", ":"]

    /// "Feb. 2 - Maj. Gen. Francisco Yanez ... becomes the most senior officer to break ranks.
    /// He claims ...": a paragraph that opens with a date set off by a dash or colon is a
    /// timeline entry, and its date governs the undated acts of the whole paragraph (told in the
    /// historical present or the past).
    /// The date a timeline entry opens with and the index of the dash or colon that ends it:
    /// "Feb. 2 - ...", "— Oct. 4, 2011: ..." (a bullet may come first). The date is the
    /// line's first expression and runs up to the dash; nil for any other line.
    /// `year`: the year a heading above the list names ("FACT BOX: THE 1982 COUNCIL RECORD"),
    /// for entries that give none ("- 3 April: Resolution 502 adopted").
    static func timelineEntryDate(_ s: SentenceWords, text: String, tagger: TemporalTagger, year: TemporalValue? = nil) -> (date: EventDate, end: Int)? {
        let bullet = isBulleted(s) ? 1 : 0
        // Cheap test first: a dash or colon among the first six words.
        // One word before the dash only when it is a year ("1994 - Russia blocks a draft").
        guard let dash = (bullet..<min(s.count, 7 + bullet)).first(where: { $0 > bullet && entryDateEnds.contains(s[$0].text) }),
              dash >= 2 + bullet || s[bullet].text.utf8.count == 4 && s[bullet].isNumber,
              let t = firstExpression(text, tagger: tagger, year: year), let d = t.date, t.type == .date, d.precision != .before,
              t.range.lowerBound == s[bullet].range.lowerBound - s.range.lowerBound else { return nil }
        let endByte = t.range.upperBound + s.range.lowerBound
        // The expression must run up to the dash.
        guard let last = s.words.indices.last(where: { s[$0].range.upperBound <= endByte }), last + 1 == dash else { return nil }
        return (d, dash)
    }

    /// The first time expression of a list line `text`, a year the list's heading names
    /// placing dates that give none.
    static func firstExpression(_ text: String, tagger: TemporalTagger, year: TemporalValue?) -> TimeExpression? {
        (year.map { tagger.tagDated(text, reference: $0).found } ?? tagger.tag(text)).first
    }

    /// "- 21 April 1948. The Council adopts resolution 47": a line that is a date alone, ended by
    /// a full stop, opens a chronology entry whose sentences follow it in the paragraph. The date
    /// must be the line's only words (a bullet may come first); nil for any other line.
    static func dateLine(_ s: SentenceWords, text: String, tagger: TemporalTagger, year: TemporalValue? = nil) -> EventDate? {
        let bullet = isBulleted(s) ? 1 : 0
        guard s.count >= bullet + 2, s.count <= bullet + 6, s[s.count - 1].text == ".",
              let t = firstExpression(text, tagger: tagger, year: year), let d = t.date, t.type == .date,
              [.day, .month].contains(d.precision),
              t.range.lowerBound == s[bullet].range.lowerBound - s.range.lowerBound,
              t.range.upperBound + s.range.lowerBound >= s[s.count - 2].range.upperBound else { return nil }
        return d
    }

    /// "1.", "2)", "(3)": the number of an entry in a numbered list, alone.
    static func isListNumber(_ s: SentenceWords) -> Bool {
        let texts = s.words.indices.map { s[$0].text }
        return (1...3).contains(texts.count) && texts.contains { $0.allSatisfy(\.isNumber) && $0.count <= 2 }
            && texts.allSatisfy { $0.allSatisfy(\.isNumber) || [".", ")", "("].contains($0) }
    }

    /// The year named by the short line that heads the bulleted list holding line `p` ("KEY
    /// DATES, 1982", "FACT BOX: THE 1982 COUNCIL RECORD").
    static func headingYear(before p: Int, words: [SentenceWords], sentences: [Sentence], tagger: TemporalTagger) -> TemporalValue? {
        var h = p - 1
        while h >= 0, p - h <= listYearReach, isBulleted(words[h]) { h -= 1 }
        guard h >= 0, p - h <= listYearReach, words[h].count <= 12,
              let y = tagger.tag(sentences[h].text).first(where: { $0.type == .date && $0.value.utf8.count == 4 }),
              let year = Int(y.value) else { return nil }
        return .year(year)
    }
    static let listYearReach = 30

    /// The year of the nearest line before `p`, within `listYearReach` sentences, that is a year
    /// alone in its paragraph ("1998", "2000 to 2007"): a timeline's section heading, whose
    /// entries ("March 31 - the Security Council bans ...") fall in that year.
    static func yearHeading(before p: Int, words: [SentenceWords], sentences: [Sentence], utf8: [UInt8]) -> TemporalValue? {
        for h in stride(from: p - 1, through: max(0, p - listYearReach), by: -1) {
            let s = words[h]
            guard (1...3).contains(s.count), opensParagraph(h, sentences, utf8), opensParagraph(h + 1, sentences, utf8),
                  s.words.allSatisfy({ $0.isNumber || ["to", "-", "\u{2013}", "and"].contains($0.lower) }),
                  let year = Int(s[0].text), (1800...2200).contains(year) else { continue }
            return .year(year)
        }
        return nil
    }

    /// "Forty years on", "Sixty years ago today", "the 50th anniversary": the year a piece looks
    /// back to, told in its title or its first `lookbackReach` sentences.
    static func lookbackYear(_ words: ArraySlice<SentenceWords>, title: String?, published: CalendarDay?) -> Int? {
        guard let anchor = published else { return nil }
        // `lookbackYears` answers only at "years" or "anniversary": a text without either word
        // (no other spelling of them is canonically equivalent) is not split into words.
        let lowerTitle = (title ?? "").lowercased()
        let titleWords = lookbackKeys.anyIn(lowerTitle) ?? true
            ? lowerTitle.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init) : []
        if let n = lookbackYears(titleWords), (2...200).contains(n) { return anchor.year - n }
        for s in words where s.words.contains(where: { $0.lower == "years" || $0.lower == "anniversary" }) {
            if let n = lookbackYears(s.words.indices.map { s.lower($0) }), (2...200).contains(n) { return anchor.year - n }
        }
        return nil
    }
    static let lookbackKeys = UTF8Bytes.Phrases(["years", "anniversary"])
    static let lookbackReach = 8

    /// The number of years in "forty years on", "60 years ago today", "the 50th anniversary".
    static func lookbackYears(_ w: [String]) -> Int? {
        for k in w.indices.dropFirst() {
            if w[k] == "years", k + 1 < w.count, w[k + 1] == "on" || w[k + 1] == "ago" && k + 2 < w.count && w[k + 2] == "today" {
                if let n = WordClass.countValues[w[k - 1]] ?? Int(w[k - 1]) { return n }
            }
            if w[k] == "anniversary", case let d = w[k - 1].prefix(while: \.isNumber), !d.isEmpty,
               ["st", "nd", "rd", "th"].contains(String(w[k - 1].dropFirst(d.count))) {
                return Int(d)
            }
        }
        return nil
    }

    /// "- 3 April: ...", "• 1956 - ...": a line opened by a bullet.
    static func isBulleted(_ s: SentenceWords) -> Bool {
        s.count > 2 && bullets.contains(s[0].text)
    }
    static let bullets: Set<String> = ["-", "\u{2013}", "\u{2014}", "\u{2022}", "*"]

    static func dateTimelineEntries(_ candidates: inout [EventCandidate], words: [SentenceWords], sentences: [Sentence],
                                    utf8: [UInt8], tagger: TemporalTagger) {
        var entryDates: [Int: EventDate?] = [:]
        func entryDate(_ p: Int) -> EventDate? {
            if let d = entryDates[p] { return d }
            let year = isBulleted(words[p]) ? headingYear(before: p, words: words, sentences: sentences, tagger: tagger)
                : yearHeading(before: p, words: words, sentences: sentences, utf8: utf8)
            let found = timelineEntryDate(words[p], text: sentences[p].text, tagger: tagger, year: year)?.date
                ?? dateLine(words[p], text: sentences[p].text, tagger: tagger, year: year)
            entryDates[p] = found
            return found
        }
        // An infinitive counts when it was told as done ("Ten players refuse to board their
        // flight home").
        for n in candidates.indices where candidates[n].explicitDate == nil && !candidates[n].undatedPast
            && candidates[n].tense != .future && (candidates[n].tense != .infinitive || candidates[n].status == .asserted) {
            var p = candidates[n].sentence
            while !opensParagraph(p, sentences, utf8) { p -= 1 }
            // "1. Oct. 4, 2011 — Russia and China veto ...": a numbered entry's number is cut off
            // as a sentence of its own; the entry starts after it.
            if p < candidates[n].sentence, isListNumber(words[p]) { p += 1 }
            if let d = entryDate(p) { candidates[n].explicitDate = d }
        }
    }
}

/// The temporal tagging of an article's sentences, each sentence tagged once per reference it
/// is asked with: tagging is a pure function of the sentence, the anchor and the reference,
/// so a result kept gives what tagging again would (about a fifth of the calls on the
/// synthetic corpus ask again).
final class SentenceTagging {
    let tagger: TemporalTagger
    let sentences: [Sentence]
    /// The day a dateline gives each sentence, when it is not the publication day
    /// (`Extractor.datelineDays`); empty when no dateline changes one.
    let filedOn: FilingDays
    private var results: [[(reference: TemporalValue?, found: [TimeExpression], last: TemporalValue?)]]

    init(tagger: TemporalTagger, sentences: [Sentence], filedOn: FilingDays = FilingDays()) {
        self.tagger = tagger
        self.sentences = sentences
        self.filedOn = filedOn
        results = Array(repeating: [], count: sentences.count)
    }

    /// `TemporalTagger.tagDated(_:reference:)` of sentence `k`, anchored at its dateline's
    /// day when it has one.
    func tagDated(_ k: Int, reference: TemporalValue?) -> (found: [TimeExpression], last: TemporalValue?) {
        if let kept = results[k].first(where: { $0.reference == reference }) { return (kept.found, kept.last) }
        let result = (filedOn[k].map { TemporalTagger(anchor: $0) } ?? tagger).tagDated(sentences[k].text, reference: reference)
        results[k].append((reference, result.found, result.last))
        return result
    }
}

/// Values computed on first use, one per index (the last date each sentence places).
final class LazyValues<Value> {
    private var done: [Bool]
    private var values: [Value?]

    init(count: Int) {
        done = Array(repeating: false, count: count)
        values = Array(repeating: nil, count: count)
    }

    func value(_ i: Int, _ compute: () -> Value?) -> Value? {
        if !done[i] { values[i] = compute(); done[i] = true }
        return values[i]
    }
}

extension Extractor {
    /// Whether a TIME expression names only a time of day ("midnight", "noon", "3 p.m.",
    /// "shortly after 10 o'clock"), with no day of its own.
    static func isBareClockTime(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy { w in
            clockWords.contains(String(w)) || w.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
        }
    }

    static let clockWords: Set<String> = ["midnight", "noon", "midday", "dawn", "dusk", "a.m.", "p.m.", "a.m", "p.m", "am", "pm",
                                          "o'clock", "after", "before", "around", "about", "shortly", "just", "at", "gmt", "utc"]
}

/// The time expressions of one sentence as word spans, tagged on first use: tagging is a
/// pure function of the sentence and the anchor, so computing it late changes nothing.
struct SentenceTimes {
    /// The article's sentences' times, each computed when first read.
    let table: Table
    let index: Int

    var value: [(words: Range<Int>, date: EventDate)] { table.value(index) }

    /// Every sentence's times behind one closure that takes the sentence's index: an article
    /// allocates one table and one closure context, where an object and a closure context per
    /// sentence were allocated (and freed together, more of one size than malloc's per-thread
    /// cache holds).
    final class Table {
        private var cached: [[(words: Range<Int>, date: EventDate)]?]
        private let compute: (Int) -> [(words: Range<Int>, date: EventDate)]

        init(count: Int, _ compute: @escaping (Int) -> [(words: Range<Int>, date: EventDate)]) {
            cached = Array(repeating: nil, count: count)
            self.compute = compute
        }

        func value(_ n: Int) -> [(words: Range<Int>, date: EventDate)] {
            if let known = cached[n] { return known }
            let v = compute(n)
            cached[n] = v
            return v
        }
    }
}
